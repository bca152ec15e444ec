/**
 * A profile style with its `based_on` chain folded in — the one place the chain is followed: the
 * .docx writers, the caps of the tree, the room indents leave and the format checks all read a
 * style through it.
 */
import type { Profile, Style } from "./schema";

/** `id`'s style with its bases' keys under its own (nested `indent` and `spacing` merged key by key). */
export function resolveStyle(profile: Profile, id: string, seen = new Set<string>()): Style {
  const own = profile.styles[id] ?? {};
  if (!own.based_on || seen.has(id)) return own;
  seen.add(id);
  const parent = resolveStyle(profile, own.based_on, seen);
  return {
    ...parent,
    ...own,
    indent: { ...parent.indent, ...own.indent },
    spacing: { ...parent.spacing, ...own.spacing },
  };
}
