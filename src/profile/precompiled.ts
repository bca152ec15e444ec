/**
 * A profile file read at build time, when its text is still the text read then: taken as built
 * instead of parsed again (reading the two bundled profiles' YAML was about a quarter of the CPU
 * of a cold `vanthu render` of one document). Any other text is parsed as usual.
 */
import { basename } from "node:path";
import { PRECOMPILED } from "./precompiled-data";
import type { Profile } from "./schema";

/** Each profile taken as built, and the file name it was built from. */
const built = new WeakMap<Profile, string>();

export function precompiledProfile(file: string, source: string): Profile | undefined {
  const name = basename(file);
  const entry = PRECOMPILED[name];
  if (!entry || entry.source !== source) return undefined;
  const profile = structuredClone(entry.profile);
  built.set(profile, name);
  return profile;
}

/**
 * The file name a profile was built from, when it was taken as built (so what the build derived
 * from it, such as its package shells, is valid for it).
 */
export const precompiledName = (profile: Profile): string | undefined => built.get(profile);
