/**
 * `.docx` bytes → the YAML of the document, in the contract of data/: read (src/ooxml), recognise
 * (src/recognise), fields and body Markdown (fields.ts, body.ts), text cleaned as the loader
 * cleans it (NFC, the characters XML forbids removed), required fields the document lacks left
 * empty with a comment and a warning that names each, then written with comments
 * (yaml-writer.ts). A file that cannot be read gives its one error and no YAML; anything else
 * gives YAML holding all of the document's text.
 */
import { diagnostic, internalError, type Diagnostic } from "../diagnostic";
import type { FieldPath } from "../field-path";
import { readDocx } from "../ooxml/read-docx";
import type { Profile } from "../profile/schema";
import { recognise } from "../recognise/recognise";
import type { Recognised } from "../recognise/types";
import { fieldLabel } from "../schema/fields";
import { cleanText } from "../text/hygiene";
import { isKind } from "../schema/kinds";
import { validate } from "../validate";
import { toDocumentData } from "./fields";
import { writeYaml, type YamlComment } from "./yaml-writer";

export interface ImportOptions {
  /** The name used in diagnostics and in the YAML's first comment. */
  file: string;
  /** The profile to lay the document out by (`--the-thuc`), instead of the one it shows. */
  profile?: string;
}

export interface ImportOutcome {
  /** The YAML text; absent only when the file could not be read. */
  yaml?: string;
  data?: Record<string, unknown>;
  /** What the recogniser found (for `chuan-hoa`, which checks the same reading). */
  recognised?: Recognised;
  /** The required fields the document lacks, left empty in the YAML (each also a PART_MISSING warning). */
  missing?: FieldPath[];
  diagnostics: Diagnostic[];
}

const stage = "import" as const;
const CODE_OF = {
  unplaced: "IMPORT_UNPLACED",
  format: "IMPORT_FORMAT_LOST",
  control: "CONTROL_CHARACTER",
} as const;

export function importDocx(
  bytes: Uint8Array,
  profiles: ReadonlyMap<string, Profile>,
  options: ImportOptions,
): ImportOutcome {
  const { file } = options;
  const read = readDocx(bytes, { file });
  if (!read.tree) return { diagnostics: read.diagnostics };
  try {
    const recognised = recognise(read.tree, profiles, { profile: options.profile });
    const profile = profiles.get(recognised.profile)!;
    const imported = toDocumentData(recognised, profile);
    const diagnostics = [...read.diagnostics];
    for (const n of imported.notes)
      diagnostics.push(
        diagnostic(CODE_OF[n.kind], n.message, {
          file,
          path: n.path,
          stage,
          severity: "warning",
          ...(n.source !== undefined && { paragraph: n.source }),
        }),
      );
    const data = cleanText(ordinaryHyphens(imported.data), [], (path, count) =>
      diagnostics.push(
        diagnostic(
          "CONTROL_CHARACTER",
          `đã xóa ${count} ký tự điều khiển không được phép trong văn bản (thường do dán từ Word/PDF)`,
          { file, path: path.join("."), stage, severity: "warning" },
        ),
      ),
    ) as Record<string, unknown>;
    const comments: YamlComment[] = [
      { path: [], text: headerComment(file, recognised, profile) },
      ...imported.comments,
    ];
    const missing = missingFields(data, file);
    for (const path of missing) {
      const label = fieldLabel(String(path.at(-1)));
      comments.push({ path, text: `thiếu: văn bản không có ${label}; điền vào đây` });
      diagnostics.push(
        diagnostic("PART_MISSING", `văn bản không có ${label}; tệp YAML để trống trường này, hãy điền vào`, {
          file,
          path: path.join("."),
          stage,
          severity: "warning",
        }),
      );
    }
    return { yaml: writeYaml(data, comments), data, recognised, missing, diagnostics };
  } catch (e) {
    return { diagnostics: [...read.diagnostics, internalError(e, file, stage, "khi nhập tệp .docx")] };
  }
}

/**
 * Word's non-breaking hyphen (w:noBreakHyphen, read as U+2011) as the hyphen a person types:
 * vanthu prints the hyphens of document symbols ("12-CT/TU") unbreakable itself.
 */
function ordinaryHyphens(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/\u2011/g, "-");
  if (Array.isArray(value)) return value.map(ordinaryHyphens);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ordinaryHyphens(v)]));
  return value;
}

function headerComment(file: string, rec: Recognised, profile: Profile): string {
  const how =
    rec.profileFrom === "document"
      ? "nhận ra từ văn bản"
      : rec.profileFrom === "option"
        ? "theo --the-thuc"
        : "mặc định";
  const kind = rec.kind ? (profile.kinds[rec.kind]?.name ?? rec.kind) : "chưa nhận ra loại văn bản";
  return [
    `Nhập từ ${file} bằng vanthu import: thể thức ${profile.id} (${how}), ${kind}.`,
    `Tạo lại văn bản đúng thể thức: vanthu render <tệp này>`,
  ].join("\n");
}

/**
 * The required fields the data lacks or leaves empty, as the schema of its kind says (nothing when the kind
 * is unknown but `loai`).
 */
const BASE_KIND = "bao-cao";

function missingFields(data: Record<string, unknown>, file: string): FieldPath[] {
  const out: FieldPath[] = [];
  const seen = new Set<string>();
  const walk = (d: Record<string, unknown>, prefix: FieldPath) => {
    const check = (x: Record<string, unknown>) =>
      validate(x, file, () => ({ line: 1, column: 1 })).diagnostics;
    // A document of no known kind is still judged by the fields every kind has (a báo cáo's).
    const diagnostics = isKind(d.loai) ? check(d) : [...check(d), ...check({ ...d, loai: BASE_KIND })];
    for (const x of diagnostics) {
      if (!x.path || !["MISSING_FIELD", "INVALID_VALUE", "UNKNOWN_KIND"].includes(x.code)) continue;
      const path = [...prefix, ...x.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
      const key = path.join(".");
      if (!seen.has(key) && !key.startsWith("kem_theo.")) {
        seen.add(key);
        out.push(path);
      }
    }
  };
  walk(data, []);
  (Array.isArray(data.kem_theo) ? data.kem_theo : []).forEach((k, i) =>
    walk({ the_thuc: data.the_thuc, ...(k as Record<string, unknown>) }, ["kem_theo", i]),
  );
  return out;
}
