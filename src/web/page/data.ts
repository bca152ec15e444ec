/** The document being edited: plain data shaped like the YAML, read and written by field path. */
export type Data = Record<string, unknown>;
export type Path = (string | number)[];

export const pathKey = (path: Path) => path.join(".");

export function getAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const seg of path) v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

/** Set the value at `path`, creating objects and lists on the way; `undefined` removes a key. */
export function setAt(data: Data, path: Path, value: unknown): void {
  let parent: Record<string | number, unknown> = data;
  path.slice(0, -1).forEach((seg, i) => {
    let next = parent[seg];
    if (!next || typeof next !== "object") parent[seg] = next = typeof path[i + 1] === "number" ? [] : {};
    parent = next as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
