/**
 * `recognise(tree, profiles)`: the parts of an official document in a read .docx, each line named
 * by its profile style and YAML field. The profile (Party or state) is told by the document's
 * tiêu đề, else by its number line and signature forms; the kind by its tên loại, else by a
 * công văn's marks or the kind's code in the ký hiệu. The file may hold several documents (the
 * main one, then each enclosed one from its own header) and phụ lục after each.
 */
import type { ReadRoot } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import { recogniseClosing } from "./closing";
import { hint, lineOf, pieces, type Context } from "./context";
import { flatten, type Candidate } from "./flatten";
import { recogniseBody, recogniseCanCu, recogniseKinhGui, recogniseTitle, skipEmpty } from "./flow";
import { recogniseHeader } from "./header";
import { parseNumberLine, readNumberLine } from "./number-line";
import { isAppendixLabel, isNumberLine, leadingForm, startsWithLabel, tieuDeIndex } from "./patterns";
import type { Line, Recognised, RecognisedDocument } from "./types";

export interface RecogniseOptions {
  /** The profile to judge by (`--the-thuc`), instead of the one the document shows. */
  profile?: string;
  /** The profile when the document shows none (default "dang", as in a YAML file without the_thuc). */
  fallback?: string;
}

export function recognise(
  tree: ReadRoot,
  profiles: ReadonlyMap<string, Profile>,
  options: RecogniseOptions = {},
): Recognised {
  const cands = flatten(tree);
  const detected = detectProfile(cands, profiles);
  const id =
    options.profile ??
    detected ??
    options.fallback ??
    (profiles.has("dang") ? "dang" : [...profiles.keys()][0]);
  if (!profiles.has(id))
    throw new TypeError(`vanthu: no profile "${id}" among ${[...profiles.keys()].join(", ")}`);
  // The parts are found by the labels the document itself shows (a Party document judged as a state
  // one still has its header found), then judged by the profile asked for.
  const profile = profiles.get(detected ?? id)!;
  const documents = documentStarts(cands, profile).map((start, d, all) =>
    recogniseDocument(
      { profile, cands, prefix: d ? `kem_theo.${d - 1}` : "" },
      start,
      all[d + 1] ?? cands.length,
    ),
  );
  return {
    profile: id,
    profileFrom: options.profile ? "option" : detected ? "document" : "default",
    kind: documents[0]?.kind,
    documents,
    tree,
  };
}

/** The profile whose tiêu đề the document prints; else the one its number line and signature forms follow. */
function detectProfile(cands: Candidate[], profiles: ReadonlyMap<string, Profile>): string | undefined {
  const head = cands.slice(0, 60);
  for (const [id, p] of profiles)
    if (head.some((c) => pieces(c).some((x) => tieuDeIndex(p, x.text) === 0))) return id;
  const scores = new Map<string, number>();
  for (const [id, p] of profiles) {
    let score = 0;
    const forms = Object.values(p.signature?.forms ?? {});
    for (const c of cands) {
      for (const x of pieces(c)) {
        const number = isNumberLine(x.text) ? readNumberLine(p, x.text) : undefined;
        if (number && !number.deviations.some((d) => d === "colon-extra" || d === "colon-missing")) score++;
        const form = leadingForm(x.text);
        if (form && forms.includes(form.toUpperCase())) score++;
      }
    }
    if (score) scores.set(id, score);
  }
  const best = [...scores].sort((a, b) => b[1] - a[1]);
  return best.length && (best.length === 1 || best[0][1] > best[1][1]) ? best[0][0] : undefined;
}

/** Where each document starts: the first at 0, each enclosed one at its own tiêu đề on a new page. */
function documentStarts(cands: Candidate[], profile: Profile): number[] {
  const starts = [0];
  let seenClosing = false;
  cands.forEach((c, i) => {
    if (startsWithLabel(c.text, profile.labels.noi_nhan)) seenClosing = true;
    if (!seenClosing || !pieces(c).some((x) => tieuDeIndex(profile, x.text) === 0)) return;
    let first = i;
    if (c.place) while (first > 0 && cands[first - 1].place?.table === c.place.table) first--;
    while (first > 0 && cands[first - 1].empty && !cands[first].afterBreak) first--;
    if (cands[first].afterBreak || first === 0) {
      starts.push(first);
      seenClosing = false;
    }
  });
  return starts.filter((s, k) => k === 0 || s > starts[k - 1]);
}

function recogniseDocument(ctx: Context, from: number, to: number): RecognisedDocument {
  const { cands, profile } = ctx;
  const appendixAt: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const c = cands[i];
    if (c.empty || c.place || !isAppendixLabel(profile, c.text)) continue;
    const marked = hint(ctx, c) === "phu-luc-so" || c.afterBreak || cands[i - 1]?.section !== c.section;
    if (marked || (c.p.look.align === "center" && !appendixAt.length && i > from + 5)) appendixAt.push(i);
  }
  const mainEnd = appendixAt[0] ?? to;
  const lines: Line[] = [];
  const header = recogniseHeader(ctx, from, mainEnd);
  if (header) lines.push(...header.lines);
  let pos = header?.end ?? from;
  const title = recogniseTitle(ctx, pos, mainEnd);
  lines.push(...title.lines);
  pos = title.end;
  const closing = recogniseClosing(ctx, pos, mainEnd);
  const kinhGui = recogniseKinhGui(ctx, pos, closing.start);
  lines.push(...kinhGui.lines);
  pos = kinhGui.end;
  const kind = title.kind ?? kindWithoutTitle(ctx, lines);
  const canCu = recogniseCanCu(ctx, pos, closing.start, kind);
  lines.push(...canCu.lines);
  pos = canCu.end;
  lines.push(...recogniseBody(ctx, pos, closing.start, "noi_dung"));
  lines.push(...closing.lines);
  appendixAt.forEach((start, k) => lines.push(...appendix(ctx, start, appendixAt[k + 1] ?? to, k)));
  const sections = [...new Set(cands.slice(from, to).map((c) => c.section))];
  return { prefix: ctx.prefix, kind, sections, lines, appendices: appendixAt.length };
}

/**
 * No tên loại: a công văn when it has its marks (trích yếu under the number, Kính gửi), else the
 * kind its ký hiệu names.
 */
function kindWithoutTitle(ctx: Context, lines: Line[]): string | undefined {
  const { profile } = ctx;
  const so = lines.find((l) => l.role === "so");
  const parts = so && parseNumberLine(profile, so.text, "cong-van");
  const byCode = so && parseNumberLine(profile, so.text);
  const coded = Object.entries(profile.kinds).filter(([, k]) => k.code && k.code === byCode?.loai);
  if (coded.length === 1 && !coded[0][1].title) return coded[0][0];
  const congVan =
    lines.some((l) => l.role === "trich-yeu-cong-van" || l.role === "kinh-gui") ||
    (!!parts && profile.kinds["cong-van"] !== undefined && !coded.length);
  if (congVan && profile.kinds["cong-van"]) return "cong-van";
  return coded.length === 1 ? coded[0][0] : undefined;
}

/** A phụ lục: "Phụ lục I", its name, "(Kèm theo …)", then its body. */
function appendix(ctx: Context, from: number, to: number, k: number): Line[] {
  const lines = [lineOf(ctx, from, "phu-luc-so", `phu_luc.${k}.so`)];
  let i = skipEmpty(ctx, from + 1, to);
  if (i < to && !/^\(/.test(ctx.cands[i].text.trim()) && !ctx.cands[i].place) {
    lines.push(lineOf(ctx, i, "phu-luc-ten", `phu_luc.${k}.tieu_de`));
    i = skipEmpty(ctx, i + 1, to);
  }
  if (i < to && /^\(\s*kèm theo/iu.test(ctx.cands[i].text.trim())) {
    lines.push(lineOf(ctx, i, "phu-luc-kem-theo", `phu_luc.${k}`));
    i = skipEmpty(ctx, i + 1, to);
  }
  return [...lines, ...recogniseBody(ctx, i, to, `phu_luc.${k}.noi_dung`)];
}
