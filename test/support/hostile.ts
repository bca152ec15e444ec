/**
 * Generators (fast-check) of what staff paste into vanthu: hostile strings (controls, lone
 * surrogates, decomposed letters, markup of every kind, invisible and direction marks, very long
 * words), and a writer of YAML that carries any string exactly (double-quoted, JSON escapes).
 * Runs are reproducible: FC_SEED (and FC_PATH, both printed by fast-check on a failure) replay one.
 */
import fc from "fast-check";
import { clean, escapeMarkdown } from "./normalise";

/** Pieces that have broken document generators: template, XML and Markdown syntax, invisible and illegal characters. */
export const NASTY = [
  "{{x}}",
  "{{{x}}}",
  "{{> dau}}",
  "{{#each this}}x{{/each}}",
  "{{!-- c --}}",
  "}}",
  "{{",
  "\\{{x}}",
  "]]>",
  "<![CDATA[x]]>",
  "<w:p>",
  "</w:t></w:r><w:r><w:t>",
  "<w:br/>",
  "<markdown>",
  "</markdown>",
  '<p style="x">',
  "</p>",
  "<document>",
  "<?xml version='1.0'?>",
  "<!DOCTYPE x [<!ENTITY a 'b'>]>",
  "<!--",
  "-->",
  "&amp;",
  "&lt;",
  "&#0;",
  "&#x1;",
  "&#xD800;",
  "&a;",
  "&",
  "<",
  ">",
  '"',
  "'",
  "`",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "\\",
  "\\n",
  "${x}",
  "%s",
  "__proto__",
  "constructor",
  "*",
  "**",
  "_",
  "#",
  "## ",
  "[^1]",
  "[^x]:",
  "[ngắt trang]",
  "|",
  "<br>",
  "<BR/>",
  "---",
  "- ",
  "1. ",
  "a) ",
  "```",
  "```bang",
  "\t",
  "\u00a0",
  "\u202f",
  "\u2007",
  "\u3000",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u061c",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u000e",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0080",
  "\u009f",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ufffe",
  "\uffff",
  "\ufffd",
  "\ud83d",
  "\ude00",
  "\r",
  "\r\n",
  "\n",
  " ",
  "  ",
  "e\u0301",
  "Tie\u0302\u0301ng Vie\u0323t",
  "Tiếng Việt".normalize("NFD"),
  "Đảng".normalize("NFD"),
  "<\u0338",
  "=\u0338",
  "a\u0300\u0301\u0302\u0303",
  "ß",
  "ŉ",
  "İ",
  "ı",
  "ﬁ",
  "ǅ",
  "ΐ",
  "Ⅻ",
  "ⓐ",
  "😀",
  "👨‍👩‍👧",
  "🇻🇳",
  "𝔘𝔫𝔦",
  "𠀀",
  "Lưu",
  "V/v",
  "T/M",
  "Số",
  "Kính gửi:",
  "../../etc/passwd",
  "C:\\Windows\\x",
  "%00",
  "NUL",
];

/** Short random strings: any code point (binary), control-heavy Latin-1, printable graphemes. */
const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.string({ unit: "binary-ascii", maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
  fc.stringMatching(/^[a-zà-ỹđ ]{1,12}$/),
);

/** A hostile string: a mix of nasty pieces and random text, now and then a very long word. */
export const hostile = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .array(
        fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NASTY) }, { weight: 1, arbitrary: randomText }),
        { maxLength: 8 },
      )
      .map((a) => a.join("")),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("x", "đ", "ộ", "&", "<", "\u00a0", "😀"), fc.integer({ min: 200, max: 2500 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** The same, as one line (for Markdown text): every line ending a space. */
export const hostileLine = hostile.map((s) => s.replace(/[\r\n]/g, " "));

/**
 * A line of text as Markdown source that prints it as typed: ASCII punctuation escaped. Escaping
 * is done on the NFC text (a "\\" before "<" would otherwise keep "<" + U+0338 from composing
 * into "≮"), then the source is decomposed again and given control characters, which loading
 * must undo.
 */
export const markdownSource = (s: string) => `\u0007${escapeMarkdown(clean(s)).normalize("NFD")}\u0001`;

/** A YAML document for `data` in block style, every string double-quoted with JSON escapes (exact for any string). */
export function toYamlText(data: unknown, indent = ""): string {
  if (typeof data === "string") return JSON.stringify(data);
  if (typeof data === "number" || typeof data === "boolean") return String(data);
  if (Array.isArray(data)) return data.map((v) => `\n${indent}- ${block(v, `${indent}  `)}`).join("");
  if (data && typeof data === "object") {
    return Object.entries(data)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `\n${indent}${k}: ${block(v, `${indent}  `)}`)
      .join("");
  }
  return "null";
}
const block = (v: unknown, indent: string): string => {
  if (Array.isArray(v) || (v && typeof v === "object")) return toYamlText(v, indent);
  return toYamlText(v);
};
export const yamlOf = (data: unknown) => toYamlText(data).replace(/^\n/, "") + "\n";

/**
 * fast-check settings: FC_PATH replays a reported failure (with its FC_SEED, see
 * fast-check-seed.ts); FC_RUNS_SCALE scales every property.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FC_RUNS_SCALE ?? 1);
  return {
    numRuns: Math.max(1, Math.round(numRuns * scale)),
    ...(process.env.FC_PATH && { path: process.env.FC_PATH }),
  };
}
