/**
 * `check(bytes, resources, options)`: a .docx judged against the profile that renders documents —
 * read (src/ooxml), recognised (src/recognise), then every rule: parts that cannot be found, page
 * set-up and page numbers, the format of every line, the fixed lines' forms, and the document
 * rules. Findings are diagnostics of stage "check"; any file, however broken, gets findings or
 * one clear error, never an exception.
 */
import { internalError, type Diagnostic } from "../diagnostic";
import { readDocx } from "../ooxml/read-docx";
import { recognise } from "../recognise/recognise";
import type { Recognised } from "../recognise/types";
import type { Profile } from "../profile/schema";
import { reportInto } from "../report";
import type { Resources } from "../resources";
import { documentFindings } from "./document-findings";
import { gather } from "./finding";
import { formFindings } from "./form-rules";
import { formatFindings } from "./format-rules";
import { missingFindings } from "./missing";
import { pageFindings } from "./page-rules";

export interface CheckOptions {
  /** The name findings carry (the path as the user typed it). */
  file: string;
  /** Judge by this profile (`--the-thuc`) instead of the one the document shows. */
  profile?: string;
  /** "Today", for the date rule. Default: now. */
  today?: Date;
}

export interface CheckResult {
  file: string;
  /** The profile judged by (absent when the file could not be read). */
  the_thuc?: string;
  /** The main document's kind, when it could be told. */
  loai?: string;
  diagnostics: Diagnostic[];
}

export function check(
  bytes: Uint8Array,
  resources: Pick<Resources, "profiles">,
  options: CheckOptions,
): CheckResult {
  const { recognised: _, ...result } = checkParts(bytes, resources, options);
  return result;
}

/** `check`, with the document as recognised (the web form shows the findings beside its paragraphs). */
export function checkParts(
  bytes: Uint8Array,
  resources: Pick<Resources, "profiles">,
  options: CheckOptions,
): CheckResult & { recognised?: Recognised } {
  const { file } = options;
  try {
    const read = readDocx(bytes, { file });
    if (!read.tree) return { file, diagnostics: read.diagnostics };
    const r = recognise(read.tree, resources.profiles, { profile: options.profile });
    const profile = resources.profiles.get(r.profile)!;
    const diagnostics = [
      ...read.diagnostics,
      ...judge(r, profile, { file, today: options.today ?? new Date() }),
    ];
    return { file, the_thuc: r.profile, ...(r.kind && { loai: r.kind }), diagnostics, recognised: r };
  } catch (e) {
    return { file, diagnostics: [internalError(e, file, "check")] };
  }
}

/** Every rule on a recognised document, findings in the order of the paragraphs. */
export function judge(r: Recognised, profile: Profile, options: { file: string; today: Date }): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = reportInto(found, options.file, "check");
  const lines = r.documents.flatMap((d) => d.lines);
  missingFindings(report, profile, r);
  pageFindings(report, profile, r.tree, lines);
  formatFindings(report, profile, lines);
  for (const d of r.documents) formFindings(report, profile, d.lines, d.kind);
  for (const d of r.documents) documentFindings(report, profile, d, options.today);
  return gather(found).sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
}
