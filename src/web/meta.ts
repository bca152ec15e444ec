/**
 * The catalogue the page is built from: the profiles and the kinds each lays out (from the
 * engine's resources: a kind needs a schema, a template and an entry in the profile), and
 * one form per kind from its zod schema.
 */
import type { Resources } from "../resources";
import { isKind, KINDS } from "../schema/kinds";
import { formFields } from "./form-spec";
import { PROFILE_HINTS } from "./profile-hints";
import type { KindForm, ProfileInfo } from "./spec";

export function profileInfos(resources: Resources): ProfileInfo[] {
  return [...resources.profiles.values()]
    .map((p) => ({
      id: p.id,
      name: p.name,
      hints: PROFILE_HINTS[p.id] ?? {},
      unused: unusedFields([p.number.ky_hieu, ...Object.values(p.kinds).map((k) => k.ky_hieu ?? "")]),
      kinds: Object.entries(p.kinds)
        .filter(([loai]) => isKind(loai) && resources.kinds.has(loai))
        .map(([loai, k]) => ({ loai, name: k.name })),
    }))
    .filter((p) => p.kinds.length > 0);
}

/** Form fields a profile never prints: `co_quan.don_vi` when no symbol pattern has `{don_vi}`. */
function unusedFields(patterns: string[]): string[] {
  return patterns.some((p) => p.includes("{don_vi}")) ? [] : ["co_quan.don_vi"];
}

export function kindForms(): Record<string, KindForm> {
  return Object.fromEntries(
    Object.entries(KINDS).map(([loai, schema]) => [loai, { loai, fields: formFields(schema.shape) }]),
  );
}

/** The profile a document without `the_thuc` gets: the schemas' default. */
export function defaultProfile(): string | undefined {
  for (const schema of Object.values(KINDS)) {
    const r = (
      schema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>
    ).the_thuc?.safeParse(undefined);
    if (r?.success && typeof r.data === "string") return r.data;
  }
  return undefined;
}

/** The name a profile gives a kind ("Công văn"), preferring the given profile. */
export function kindNamer(profiles: ProfileInfo[]) {
  return (loai: string, theThuc?: string): string | undefined => {
    const named = (p: ProfileInfo | undefined) => p?.kinds.find((k) => k.loai === loai)?.name;
    return named(profiles.find((p) => p.id === theThuc)) ?? profiles.map(named).find(Boolean);
  };
}
