/**
 * The bundled profiles as read at build time, by file name: the text each was read from and the
 * profile it gave, parsed and checked. Empty here; each bundle gets this module with the data
 * filled in (src/build/precompiled-profiles.ts), so a bundle's data always comes from the same
 * build as its code. Running from TypeScript or tsc's files, every profile is parsed.
 */
import type { Profile } from "./schema";

export const PRECOMPILED: Record<string, { source: string; profile: Profile }> = {};
