/**
 * The mutation test of `vanthu check`: take rendered samples (which check with no finding), change
 * ONE property in the XML, and expect exactly one finding, with the right code, on the right YAML
 * path. The mutations are generated, not hand-picked: for the first line of every part the
 * profile styles (its role), every property the profile states for that style (size, bold,
 * italic, underline, IN HOA, alignment, first-line indent, space before, line spacing, the rule
 * under it and its length) and its font are changed past what the style accepts; then the page
 * (a margin, the paper size, the different first page, the PAGE field) and the fixed forms (the
 * colon after "Số", the number's and the date's zero, the Lưu line, the authority form).
 */
import { check } from "../../src/check/check";
import { FIRST_LINE_RULE, freeStyles, partPath } from "../../src/check/format-rules";
import { resolveStyle } from "../../src/profile/resolve-style";
import { readDocx } from "../../src/ooxml/read-docx";
import type { Profile } from "../../src/profile/schema";
import { mayRunPastOnePage } from "../../src/check/page-rules";
import { hyphens, parseDateLine } from "../../src/recognise/number-line";
import { recognise } from "../../src/recognise/recognise";
import type { Line } from "../../src/recognise/types";
import { engine, rendered, ROOT, TODAY } from "../support/samples";
import * as x from "./xml-edit";

/** Each part's lines are changed in the first sample that has it; the long 010 (tables, phụ lục) comes last. */
const SAMPLES = [
  "013-nghi-quyet-dan-van-nong-thon-moi-du",
  "002-cong-van-1866-cv-tu",
  "nha-nuoc/cong-van-12-ubnd-vx",
  "nha-nuoc/quyet-dinh-15-qd-ubnd",
  "010-bao-cao-co-bang-phu-luc",
];
const covered = new Set<string>();
const DOC = "word/document.xml";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const twips = (mm: number) => String(Math.round((mm * 1440) / 25.4));

interface Mutation {
  name: string;
  edit: (parts: x.Parts) => x.Parts;
  code: string;
  path: string;
}

/** Edit paragraph `line.source` of document.xml. */
const onParagraph = (line: Line, edit: (p: string) => string) => (parts: x.Parts) =>
  x.withPart(parts, DOC, x.editParagraph(x.text(parts, DOC), line.source!, edit));

function lineMutations(profile: Profile, line: Line): Mutation[] {
  const style = resolveStyle(profile, line.role);
  const free = freeStyles(profile).has(line.role);
  const path = partPath(line.field);
  const out: Mutation[] = [];
  const add = (what: string, code: string, edit: (p: string) => string) =>
    out.push({
      name: `${line.role} (đoạn ${line.source}): ${what}`,
      edit: onParagraph(line, edit),
      code,
      path,
    });

  add("font Arial", "FORMAT_FONT", (p) =>
    x.setRunProperty(
      p,
      "rFonts",
      '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>',
    ),
  );
  if (style.size !== undefined) {
    const size = (style.accept?.size?.[1] ?? style.size) + 2;
    add(`size ${size}`, "FORMAT_SIZE", (p) => x.setRunProperty(p, "sz", `<w:sz w:val="${size * 2}"/>`));
  }
  const marks = [
    ["bold", "b", style.bold],
    ["italic", "i", style.italic],
  ] as const;
  for (const [name, tag, stated] of marks) {
    if (free && stated === undefined && line.inTable) continue; // the author's emphasis in a table cell
    const want = stated ?? false;
    add(`${name} ${want ? "off" : "on"}`, "FORMAT_EMPHASIS", (p) =>
      x.setRunProperty(p, tag, `<w:${tag} w:val="${want ? "0" : "1"}"/>`),
    );
  }
  if (!style.rule_below && !(free && style.underline === undefined && line.inTable)) {
    const want = style.underline ?? false;
    add(`underline ${want ? "off" : "on"}`, "FORMAT_EMPHASIS", (p) =>
      x.setRunProperty(p, "u", `<w:u w:val="${want ? "none" : "single"}"/>`),
    );
  }
  if (style.caps) add("lower case", "FORMAT_CAPS", x.lowerText);
  if (style.align && !line.piece) {
    const other = style.align === "center" ? "left" : "center";
    add(`align ${other}`, "FORMAT_ALIGN", (p) => x.setParagraphProperty(p, "jc", { "w:val": other }));
  }
  const indent = style.indent ?? {};
  // Indents of less than FIRST_LINE_RULE mm are fine adjustments the checker does not judge.
  if (indent.hanging !== undefined && indent.hanging >= FIRST_LINE_RULE)
    add("hanging + 8 mm", "FORMAT_INDENT", (p) =>
      x.setParagraphProperty(p, "ind", { "w:hanging": twips(indent.hanging! + 8) }),
    );
  else if (indent.hanging === undefined && indent.first_line !== undefined) {
    const first = (style.accept?.first_line?.[1] ?? indent.first_line) + 8;
    add(`first line ${first} mm`, "FORMAT_INDENT", (p) =>
      x.setParagraphProperty(p, "ind", { "w:firstLine": twips(first) }),
    );
  }
  const before = style.spacing?.before;
  if (before !== undefined) {
    const [lo, hi] = style.accept?.before ?? [before, before];
    const value = lo > 0 ? 0 : hi + 10;
    add(`space before ${value} pt`, "FORMAT_SPACING", (p) =>
      x.setParagraphProperty(p, "spacing", { "w:before": String(value * 20) }),
    );
  }
  const spacing = style.spacing ?? {};
  if (spacing.line_exact !== undefined || spacing.line !== undefined) {
    const to =
      spacing.line_exact !== undefined
        ? { "w:line": "360", "w:lineRule": "auto" }
        : { "w:line": "440", "w:lineRule": "exact" };
    add(`line spacing ${to["w:lineRule"]}`, "FORMAT_SPACING", (p) =>
      x.setParagraphProperty(p, "spacing", to),
    );
  }
  if (style.rule_below && line.rule === "border" && line.ruleLength) {
    // The rule (an empty bordered paragraph's bottom border, `ratio` × the text as vanthu draws
    // it) made half as long as the least the profile accepts, its indents widened evenly.
    const least = style.rule_below.length?.min ?? style.rule_below.ratio * 0.85;
    const text = line.ruleLength / style.rule_below.ratio;
    const shorter = ((line.ruleLength - text * least * 0.5) / 2) * (1440 / 25.4);
    const widen = (p: string) => {
      const ind = /<w:ind\b([^>]*)\/>/.exec(p)?.[1] ?? "";
      const at = (a: string) => Number(new RegExp(`w:${a}="(-?\\d+)"`).exec(ind)?.[1] ?? 0);
      return x.setParagraphProperty(p, "ind", {
        "w:left": String(Math.round(at("left") + shorter)),
        "w:right": String(Math.round(at("right") + shorter)),
      });
    };
    out.push({
      name: `${line.role} (đoạn ${line.source}): rule ${Math.round(least * 50)}% of the text`,
      edit: (parts) => x.withPart(parts, DOC, x.editParagraph(x.text(parts, DOC), line.source! + 1, widen)),
      code: "FORMAT_RULE",
      path,
    });
  }
  if (style.rule_below && line.rule === "border")
    out.push({
      name: `${line.role} (đoạn ${line.source}): no rule below`,
      edit: (parts) =>
        x.withPart(
          parts,
          DOC,
          x.editParagraph(x.text(parts, DOC), line.source! + 1, (p) => x.removeParagraphProperty(p, "pBdr")),
        ),
      code: "FORMAT_RULE",
      path,
    });
  return out;
}

function documentMutations(profile: Profile, lines: Line[]): Mutation[] {
  const long = mayRunPastOnePage(lines.filter((l) => l.section === 0));
  const out: Mutation[] = [];
  // 5 mm past what is accepted: a rule drawn as a border shortens with the text width, and 10 mm
  // would take NĐ 30's 2/5 rule under a trích yếu below its 1/3 (a second, true, finding).
  const left = (profile.page.accept?.left?.[1] ?? profile.page.margins.left) + 5;
  out.push({
    name: `page: left margin ${left} mm`,
    edit: (parts) =>
      x.withPart(parts, DOC, x.setAttribute(x.text(parts, DOC), "pgMar", "w:left", twips(left))),
    code: "PAGE_SETUP",
    path: "trang",
  });
  out.push({
    name: "page: US Letter",
    edit: (parts) =>
      x.withPart(
        parts,
        DOC,
        x.setAttribute(x.setAttribute(x.text(parts, DOC), "pgSz", "w:w", "12240"), "pgSz", "w:h", "15840"),
      ),
    code: "PAGE_SETUP",
    path: "trang",
  });
  out.push({
    name: "page: a number on the first page (no titlePg)",
    edit: (parts) => x.withPart(parts, DOC, x.text(parts, DOC).replace(/<w:titlePg\/>/g, "")),
    code: "PAGE_NUMBER",
    path: "trang",
  });
  out.push({
    name: "page: no PAGE field",
    edit: (parts) => {
      let out = parts;
      for (const name of Object.keys(parts).filter((n) => /^word\/header\d*\.xml$/.test(n)))
        out = x.withPart(
          out,
          name,
          x
            .text(out, name)
            .replace(
              /<w:fldSimple[\s\S]*?<\/w:fldSimple>|<w:r>(?:(?!<\/w:r>)[\s\S])*?(?:w:fldChar|w:instrText)[\s\S]*?<\/w:r>/g,
              "",
            ),
        );
      return out;
    },
    // A document that fits on one page needs no page number: then nothing is to be found.
    code: long ? "PAGE_NUMBER" : "",
    path: "trang",
  });
  const so = lines.find((l) => l.role === "so")!;
  const colon = /^số\s*:/iu.test(profile.number.line);
  out.push({
    name: colon ? "so: no colon" : "so: a colon",
    edit: onParagraph(so, (p) => x.replaceText(p, colon ? /^Số:\s*/ : /^Số\s*/, colon ? "Số " : "Số: ")),
    code: "NUMBER_FORM",
    path: "so",
  });
  const number = /^Số:?\s*(\d+)/.exec(hyphens(so.text))?.[1];
  if (number && number.startsWith("0"))
    out.push({
      name: `so: ${number} without its zero`,
      edit: onParagraph(so, (p) => x.replaceText(p, new RegExp(number), String(Number(number)))),
      code: "NUMBER_FORM",
      path: "so",
    });
  const ngay = lines.find((l) => l.role === "ngay")!;
  const date = parseDateLine(profile, ngay.text)!;
  const [day, month] = [Number(date.ngay), Number(date.thang)];
  // The day's zero, else the month's, else (both two digits) the date written with slashes.
  const [from, to, what] =
    day < 10
      ? [
          new RegExp(`ngày ${date.ngay} `),
          `ngày ${date.ngay.length === 2 ? day : `0${day}`} `,
          "the day's zero",
        ]
      : month < 10
        ? [
            new RegExp(`tháng ${date.thang} `),
            `tháng ${date.thang.length === 2 ? month : `0${month}`} `,
            "the month's zero",
          ]
        : [/ tháng /, "/", "slashes"];
  out.push({
    name: `ngay: ${what}`,
    edit: onParagraph(ngay, (p) => x.replaceText(p, from, to)),
    code: "DATE_FORM",
    path: "ngay",
  });
  const items = lines.filter((l) => l.role === "noi-nhan" && /^noi_nhan\.\d+$/.test(l.field));
  const luu = items.at(-1)!;
  out.push({
    name: "noi_nhan: the last line is not Lưu",
    edit: onParagraph(luu, (p) => x.replaceText(p, new RegExp(escape(profile.recipients.luu_prefix)), "Gửi")),
    code: "NOI_NHAN_LUU",
    path: luu.field,
  });
  const quyenHan = lines.find((l) => l.role === "quyen-han");
  const other = [...engine.resources.profiles.values()].find((q) => q.id !== profile.id)!.signature!.forms;
  const forms = Object.entries(profile.signature!.forms) as [keyof typeof other, string][];
  const written = quyenHan && forms.find(([, f]) => quyenHan.text.includes(f));
  if (quyenHan && written && other[written[0]])
    out.push({
      name: `nguoi_ky: ${written[1]} written ${other[written[0]]}`,
      edit: onParagraph(quyenHan, (p) =>
        x.replaceText(p, new RegExp(escape(written[1])), other[written[0]]!),
      ),
      code: "AUTHORITY_FORM",
      path: quyenHan.field,
    });
  return out;
}

describe.each(SAMPLES)("%s changed one property at a time", (name) => {
  const file = `${ROOT}/data/${name}.yaml`;
  let bytes: Uint8Array;
  let mutations: Mutation[] = [];
  let profile: Profile;

  beforeAll(async () => {
    bytes = (await rendered(file)).bytes;
    const tree = readDocx(bytes, { file: name }).tree!;
    const r = recognise(tree, engine.resources.profiles);
    profile = engine.resources.profiles.get(r.profile)!;
    const lines = r.documents[0].lines;
    const first = new Map<string, Line>();
    for (const l of lines)
      if (
        l.source !== undefined &&
        Object.hasOwn(profile.styles, l.role) &&
        !first.has(l.role) &&
        !covered.has(`${profile.id}:${l.role}`)
      )
        first.set(l.role, l);
    for (const role of first.keys()) covered.add(`${profile.id}:${role}`);
    mutations = [
      ...[...first.values()].flatMap((l) => lineMutations(profile, l)),
      ...documentMutations(profile, lines),
    ];
    // The mutations edit the paragraphs the recogniser numbered: the numbering is the XML's.
    const xml = x.text(x.unzip(bytes), DOC);
    const squeeze = (t: string) => hyphens(t).replace(/\s/g, "");
    for (const l of first.values()) expect(squeeze(x.paragraphText(xml, l.source!))).toBe(squeeze(l.text));
  });

  it("has generated mutations for every styled part and the page", () => {
    expect(mutations.length).toBeGreaterThan(8);
  });

  it("reports each mutation exactly once, with its code, on its path", () => {
    const wrong: string[] = [];
    for (const m of mutations) {
      const mutated = x.zip(m.edit(x.unzip(bytes)));
      const found = check(mutated, engine.resources, { file: name, today: TODAY }).diagnostics;
      const got = found.map((d) => `${d.code} ${d.path}`);
      if (m.code ? got.length !== 1 || got[0] !== `${m.code} ${m.path}` : got.length)
        wrong.push(
          `${m.name}: want ${m.code} ${m.path}, got ${JSON.stringify(found.map((d) => `${d.code} ${d.path}: ${d.message}`))}`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
