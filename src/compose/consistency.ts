/**
 * A document's text made consistent where its profile says how (`consistency`): the tone mark
 * style, quotation marks, the body's last full stop. Every other character is the author's. Each
 * line of a field whose typed characters change gets one TEXT_UNIFIED warning, at that line, naming
 * each change ("hoá" → "hóa") and the rule that made it; a "/." added after the body's last full
 * stop is the profile's closing mark, added without one, as the list punctuation of Nơi nhận is.
 * Enclosed documents (`kem_theo`) are made consistent on their own.
 */
import { cite } from "../check/finding";
import type { FieldPath } from "../field-path";
import type { Profile } from "../profile/schema";
import { createRecent, type Recent } from "../recent";
import type { Report } from "../report";
import type { DocumentInput } from "../schema/kinds";
import { unifyEnding, unifyQuotes, unifyTone } from "../text/consistency";
import { fencedBlocks } from "../tree/fence";

/** Fields that are codes, typed values (the date), or made consistent elsewhere. */
const SKIP = new Set(["loai", "the_thuc", "ke_thua", "ngay", "kem_theo"]);

/** One rule's rewrite of a text, with what the warning calls it. */
interface Step {
  what: string;
  apply: (text: string) => string;
  /** A change the profile makes without a warning (the closing "/." it adds, as list punctuation). */
  silent?: boolean;
}

/**
 * The input made consistent; each TEXT_UNIFIED warning reported at its field and, in a text of
 * several lines, its 1-based line.
 */
export function unifyDocument(input: DocumentInput, profile: Profile, report: Report): DocumentInput {
  const rules = profile.consistency;
  if (!rules) return input;
  const steps = (path: FieldPath): Step[] => [
    ...(rules.tone
      ? [{ what: `dấu thanh kiểu "${rules.tone}"`, apply: (t: string) => unifyTone(t, rules.tone!).text }]
      : []),
    ...(rules.quotes
      ? [
          {
            what: `dấu ngoặc kép ${rules.quotes === "“”" ? "cong “…”" : 'thẳng "…"'}`,
            apply: (t: string) => outsideFences(t, (part) => unifyQuotes(part, rules.quotes!).text),
          },
        ]
      : []),
    ...(rules.ending && isBody(path)
      ? [
          {
            what:
              rules.ending === "." ? `nội dung kết thúc bằng "." (bỏ "/.")` : `nội dung kết thúc bằng "./."`,
            apply: (t: string) => unifyEnding(t, rules.ending!).text,
            // "/." after the last full stop is the profile's closing mark, added as list punctuation
            // is; taking away one the author typed is a change to their text.
            silent: rules.ending === "./.",
          },
        ]
      : []),
  ];

  /** A field's text made consistent, and its warnings by line (a batch repeats the same body). */
  const unify = (value: string, path: FieldPath): Unified => {
    // Changes by line of the field's text: the rules change letters and marks, never line breaks.
    const changes = new Map<number, Map<string, string[]>>();
    let out = value;
    for (const step of steps(path)) {
      const next = step.apply(out);
      if (next === out) continue;
      if (!step.silent) {
        const before = out.split("\n");
        next.split("\n").forEach((line, k) => {
          if (line === before[k]) return;
          const was = before[k].split(/(\s+)/);
          const words = line.split(/(\s+)/);
          const named = words.flatMap((w, i) => (w !== was[i] ? [`"${was[i] ?? ""}" → "${w}"`] : []));
          const byRule = changes.get(k) ?? new Map<string, string[]>();
          byRule.set(step.what, [...(byRule.get(step.what) ?? []), ...named]);
          changes.set(k, byRule);
        });
      }
      out = next;
    }
    const warnings = [...changes]
      .sort((a, b) => a[0] - b[0])
      .map(([k, byRule]) => {
        const named = [...byRule].map(([what, list]) => `${[...new Set(list)].join(", ")} (${what})`);
        const message = `đã viết lại cho thống nhất theo thể thức "${profile.id}"${cite(rules.source, rules.unverified)}: ${named.join("; ")}; sửa trong tệp để khỏi thấy cảnh báo này, hoặc đổi consistency trong thể thức`;
        return { line: k + 1, message };
      });
    return { text: out, warnings };
  };

  const text = (value: string, path: FieldPath): string => {
    const done = remembered(profile, value, isBody(path), () => unify(value, path));
    for (const { line, message } of done.warnings)
      report("TEXT_UNIFIED", message, {
        path,
        ...(value.includes("\n") && { line }),
        severity: "warning",
      });
    return done.text;
  };

  const visit = (value: unknown, path: FieldPath): unknown => {
    if (typeof value === "string") return text(value, path);
    if (Array.isArray(value)) return value.map((v, i) => visit(v, [...path, i]));
    if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          path.length === 0 && SKIP.has(k) ? v : visit(v, [...path, k]),
        ]),
      );
    return value;
  };
  return visit(input, []) as DocumentInput;
}

const isBody = (path: FieldPath) => path.length === 1 && path[0] === "noi_dung";

/** A text made consistent, and the message of each line that changed (1-based). */
interface Unified {
  text: string;
  warnings: { line: number; message: string }[];
}

/**
 * The texts each profile made consistent lately, by text and whether it is the body (the only
 * field whose ending is made consistent): a batch of units inheriting one shared body makes it
 * consistent once. A few entries only — the body, and a unit's short fields.
 */
type Made = Recent<string, Unified>;
const MADE = new WeakMap<Profile, { body: Made; field: Made }>();

function remembered(profile: Profile, value: string, body: boolean, make: () => Unified): Unified {
  let both = MADE.get(profile);
  if (!both) MADE.set(profile, (both = { body: createRecent(64), field: createRecent(64) }));
  return (body ? both.body : both.field)(value, make);
}

/** `fn` applied to the text outside fenced blocks (`tree/fence.ts`), kept as typed: a ```bang block is YAML. */
function outsideFences(text: string, fn: (part: string) => string): string {
  if (!text.includes("```") && !text.includes("~~~")) return fn(text);
  const lines = text.split("\n");
  const out: string[] = [];
  let from = 0;
  for (const block of fencedBlocks(lines)) {
    if (block.start > from) out.push(fn(lines.slice(from, block.start).join("\n")));
    out.push(lines.slice(block.start, block.end + 1).join("\n"));
    from = block.end + 1;
  }
  if (from < lines.length) out.push(fn(lines.slice(from).join("\n")));
  return out.join("\n");
}
