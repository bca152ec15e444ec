/**
 * Deep merge for `ke_thua`: maps merge key by key (the more specific file wins), everything else
 * (lists, text, numbers) replaces what it inherits whole; and, for any field path, which of the
 * merged layers the merged value is written in.
 */
import type { FieldPath } from "../field-path";
import { setOwn } from "../text/hygiene";

type Map = Record<string, unknown>;
const isMap = (v: unknown): v is Map => typeof v === "object" && v !== null && !Array.isArray(v);

/** `unit` over `base`, neither changed. */
export function deepMerge(base: unknown, unit: unknown): unknown {
  if (!isMap(base) || !isMap(unit)) return unit;
  const out: Map = { ...base };
  // setOwn, not `out[k] =`: a key "__proto__" stays a field (reported as unknown), never a prototype.
  for (const [k, v] of Object.entries(unit))
    setOwn(out, k, Object.hasOwn(base, k) ? deepMerge(base[k], v) : v);
  return out;
}

const has = (data: unknown, path: FieldPath): boolean => {
  let v = data;
  for (const seg of path) {
    if (!isMap(v) || !Object.hasOwn(v, String(seg))) return false;
    v = v[String(seg)];
  }
  return true;
};
const get = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((v, seg) => (v as Map)[String(seg)], data);

/**
 * The index of the layer (most specific first) that the merged value at `path` comes from; for a
 * path that does not exist, the layer of its deepest existing parent.
 */
export function ownerOf(layers: readonly unknown[], path: FieldPath): number {
  let candidates = layers.map((_, i) => i);
  let owner = 0;
  for (let depth = 0; ; depth++) {
    const prefix = path.slice(0, depth);
    const holding = candidates.filter((i) => has(layers[i], prefix));
    if (!holding.length) return owner;
    owner = holding[0];
    if (depth === path.length) return owner;
    // Below this prefix, only the maps down to the first value that is not a map take part:
    // that value replaced whatever the layers under it had.
    const next: number[] = [];
    for (const i of holding) {
      if (!isMap(get(layers[i], prefix))) {
        if (!next.length) return i;
        break;
      }
      next.push(i);
    }
    candidates = next;
  }
}
