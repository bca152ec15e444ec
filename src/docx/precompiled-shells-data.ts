/**
 * The package shells of the bundled profiles, packed by docx at build time: by profile file name,
 * kind and part name, each part's text. Empty here; each bundle gets this module with the data
 * filled in (src/build/precompiled-shells.ts), from its own build — so docx, which packed them,
 * is not loaded to start rendering. Running from TypeScript or tsc's files, docx packs them.
 */
export const SHELLS: Record<string, Record<string, Record<string, string>>> = {};
