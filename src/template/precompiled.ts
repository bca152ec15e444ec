/**
 * A template compiled at build time, when its text is still the text compiled then: Handlebars
 * runs the built spec instead of parsing and compiling the template at the first render of a
 * process. Any other text (a changed file, --templates) is compiled as usual.
 */
import type Handlebars from "handlebars";
import { TEMPLATES } from "./precompiled-data";

export function precompiledTemplate(
  hb: typeof Handlebars,
  t: { file: string; source: string },
): Handlebars.TemplateDelegate | undefined {
  const built = TEMPLATES[t.file.split(/[\\/]/).slice(-2).join("/")];
  return built && built.source === t.source ? hb.template(built.spec) : undefined;
}
