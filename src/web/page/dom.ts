/** A tiny element builder for the page: h("p", { className: "help" }, "text"). */
type Child = Node | string | null | undefined | false;
type Props<K extends keyof HTMLElementTagNameMap> = Partial<
  Omit<HTMLElementTagNameMap[K], "dataset" | "style">
> & {
  dataset?: Record<string, string>;
  attrs?: Record<string, string>;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const { dataset, attrs, ...rest } = props;
  Object.assign(el, rest);
  for (const [k, v] of Object.entries(dataset ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** A form control's id from a field path ("co_quan.ten" → "f-co_quan.ten"). */
export const controlId = (path: string) => `f-${path}`;
