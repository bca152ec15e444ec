/**
 * A document's text made consistent where its profile says how (`consistency`): the tone mark
 * style, quotation marks, the body's last full stop. Every other character is the author's. Each
 * field whose typed characters change gets one TEXT_UNIFIED warning saying what changed and how
 * often; a "/." added after the body's last full stop is the profile's closing mark, added without
 * one, as the list punctuation of Nơi nhận is. Enclosed documents (`kem_theo`) are made consistent on their own.
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { FieldPath } from "../field-path";
import type { Profile } from "../profile/schema";
import type { DocumentInput } from "../schema/kinds";
import { unifyEnding, unifyQuotes, unifyTone } from "../text/consistency";

type At = (path: FieldPath) => { file: string; line?: number; column?: number; path: string };

/** Fields that are codes or are made consistent elsewhere. */
const SKIP = new Set(["loai", "the_thuc", "ke_thua", "kem_theo"]);
/** Fenced blocks (```bang, ```) keep their straight quotes: they may be YAML. */
const FENCE = /^\s*(```|~~~)/;

export function unifyDocument(
  input: DocumentInput,
  profile: Profile,
  at: At,
): { input: DocumentInput; diagnostics: Diagnostic[] } {
  const rules = profile.consistency;
  if (!rules) return { input, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];

  const text = (value: string, path: FieldPath): string => {
    const notes: string[] = [];
    let out = value;
    if (rules.tone) {
      const r = unifyTone(out, rules.tone);
      if (r.changed) notes.push(`dấu thanh kiểu "${rules.tone}" (${count(r.changed)})`);
      out = r.text;
    }
    if (rules.quotes) {
      let changed = 0;
      out = outsideFences(out, (part) => {
        const r = unifyQuotes(part, rules.quotes!);
        changed += r.changed;
        return r.text;
      });
      if (changed)
        notes.push(`dấu ngoặc kép ${rules.quotes === "“”" ? "cong “…”" : 'thẳng "…"'} (${count(changed)})`);
    }
    if (rules.ending && path.length === 1 && path[0] === "noi_dung") {
      const r = unifyEnding(out, rules.ending);
      // "/." after the last full stop is the profile's closing mark, added as list punctuation is;
      // taking away one the author typed is a change to their text.
      if (r.changed && rules.ending === ".") notes.push(`nội dung kết thúc bằng "." (bỏ "/.")`);
      out = r.text;
    }
    if (notes.length) {
      const message = `đã viết lại cho thống nhất theo thể thức "${profile.id}": ${notes.join("; ")}; sửa trong tệp để khỏi thấy cảnh báo này, hoặc đổi consistency trong thể thức`;
      diagnostics.push(
        diagnostic("TEXT_UNIFIED", message, { ...at(path), severity: "warning", stage: "template" }),
      );
    }
    return out;
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
  return { input: visit(input, []) as DocumentInput, diagnostics };
}

const count = (n: number) => `${n} chỗ`;

/** `fn` applied to the text outside fenced blocks, the fences kept as they are. */
function outsideFences(text: string, fn: (part: string) => string): string {
  if (!FENCE.test(text) && !text.includes("\n```") && !text.includes("\n~~~")) return fn(text);
  const lines = text.split("\n");
  const out: string[] = [];
  let run: string[] = [];
  let fenced = false;
  const flush = () => {
    if (run.length) out.push(fenced ? run.join("\n") : fn(run.join("\n")));
    run = [];
  };
  for (const line of lines) {
    if (FENCE.test(line)) {
      if (!fenced) flush();
      run.push(line);
      if (fenced) {
        out.push(run.join("\n"));
        run = [];
      }
      fenced = !fenced;
      continue;
    }
    run.push(line);
  }
  flush();
  return out.join("\n");
}
