/** The document being edited: plain data shaped like the YAML, read and written by field path. */
export type Data = Record<string, unknown>;
export type Path = (string | number)[];

export const pathKey = (path: Path) => path.join(".");

export function getAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const seg of path)
    v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[seg] : undefined;
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

/**
 * The path in `data` that a diagnostic's dotted path names. Keys may hold dots themselves (an
 * unknown "nguoi_ky.ho_ten" written at the top), so every way of reading it is tried; the one
 * with the fewest steps wins (a key with a dot is never one of the form's fields, so a field
 * the form does not know). Undefined when nothing in `data` matches, or two readings tie.
 */
export function resolvePath(data: unknown, dotted: string): Path | undefined {
  const found: Path[] = [];
  const walk = (value: unknown, segs: string[], path: Path) => {
    if (!segs.length) return void found.push(path);
    if (Array.isArray(value)) {
      if (/^\d+$/.test(segs[0]) && Number(segs[0]) < value.length)
        walk(value[Number(segs[0])], segs.slice(1), [...path, Number(segs[0])]);
      return;
    }
    if (!value || typeof value !== "object") return;
    for (let n = 1; n <= segs.length; n++) {
      const key = segs.slice(0, n).join(".");
      if (Object.hasOwn(value, key))
        walk((value as Record<string, unknown>)[key], segs.slice(n), [...path, key]);
    }
  };
  walk(data, dotted.split("."), []);
  const fewest = Math.min(...found.map((p) => p.length));
  const best = found.filter((p) => p.length === fewest);
  return best.length === 1 ? best[0] : undefined;
}

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
