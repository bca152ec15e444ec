/**
 * A profile file read at build time, when its text is still the text read then: taken as built
 * instead of parsed again (reading the two bundled profiles' YAML was about a quarter of the CPU
 * of a cold `vanthu render` of one document). Any other text is parsed as usual.
 */
import { basename } from "node:path";
import { PRECOMPILED } from "./precompiled-data";
import type { Profile } from "./schema";

export function precompiledProfile(file: string, source: string): Profile | undefined {
  const built = PRECOMPILED[basename(file)];
  return built && built.source === source ? structuredClone(built.profile) : undefined;
}
