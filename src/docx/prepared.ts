/**
 * What both .docx writers need from a profile, derived once per profile: its styles resolved
 * through `based_on`. (docx's own style objects are derived by `to-docx.ts`, only when docx packs.)
 */
import type { Profile, Style } from "../profile/schema";
import { resolveStyle } from "../profile/resolve-style";
import { twipFromMm } from "./units";

/** Everything derived from a profile alone, computed once per process. */
export interface PreparedProfile {
  profile: Profile;
  style(id: string): Style;
  textWidth: number;
}

export function prepareProfile(profile: Profile): PreparedProfile {
  const cache = new Map<string, Style>();
  const { page } = profile;
  return {
    profile,
    style: (id) => cache.get(id) ?? cache.set(id, resolveStyle(profile, id)).get(id)!,
    textWidth: twipFromMm(page.width) - twipFromMm(page.margins.left) - twipFromMm(page.margins.right),
  };
}
