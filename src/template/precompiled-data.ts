/**
 * The bundled templates compiled at build time, by "kinds/<name>.hbs" or "partials/<name>.hbs":
 * the text each was compiled from and Handlebars' template spec. Empty here; each bundle gets this
 * module with the data filled in (src/build/precompiled-templates.ts), from its own build.
 */
import type Handlebars from "handlebars";

export const TEMPLATES: Record<string, { source: string; spec: ReturnType<typeof Handlebars.precompile> }> =
  {};
