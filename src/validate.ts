/**
 * Stage 2: plain data → typed document input (zod). Every issue becomes a Diagnostic at the
 * YAML line and column of its field, with a Vietnamese message that says how to fix it.
 */
import type * as z from "zod";
import type { Code, Diagnostic } from "./diagnostic";
import type { FieldPath, Locate } from "./field-path";
import { reportInto, type Report } from "./report";
import { fieldLabel, FIELDS } from "./schema/fields";
import { isKind, KINDS, type DocumentInput } from "./schema/kinds";
import { kindProblem } from "./schema/kind-problem";
import { fieldAt, objectShape } from "./schema/shape";
import { typeName, typeOf, yamlNumber } from "./schema/type-names";
import { closest } from "./text/closest";

export interface Validated {
  input?: DocumentInput;
  diagnostics: Diagnostic[];
}

export function validate(data: unknown, file: string, locate: Locate): Validated {
  const diagnostics: Diagnostic[] = [];
  const report = reportInto(diagnostics, file, "validate");
  const at = (path: FieldPath) => ({ ...locate(path), path });
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    report("INVALID_TYPE", "tệp phải là một bảng các trường (loai: ..., co_quan: ..., ...)", locate([]));
    return { diagnostics };
  }
  // White space at a kind's ends is dropped, as at any other field's (`loai: " cong-van "`).
  const written = (data as Record<string, unknown>).loai;
  const loai = typeof written === "string" ? written.trim() : written;
  if (!isKind(loai)) {
    const kinds = Object.keys(KINDS);
    if (loai === undefined) {
      const message = `thiếu trường bắt buộc loai (${FIELDS.loai.label}); thêm dòng "loai: cong-van" hoặc một loại trong: ${kinds.join(", ")}`;
      report("MISSING_FIELD", message, at([]));
      return { diagnostics };
    }
    const { code, message } = kindProblem(loai, kinds);
    report(code, message, at(["loai"]));
    return { diagnostics };
  }
  // reportInput: zod 4 leaves `input` out of issues by default, and without it a value of the
  // wrong type would be reported as a missing field.
  const result = KINDS[loai].safeParse({ ...data, loai }, { reportInput: true });
  if (result.success) return { input: result.data, diagnostics: [] };
  reportIssues(result.error.issues, locate, report, KINDS[loai]);
  return { diagnostics };
}

/**
 * Diagnostics reported per document: enough to fix a file, few enough that a list of 600,000 bad items cannot
 * exhaust memory.
 */
export const MAX_DIAGNOSTICS = 100;

/**
 * zod issues reported at their fields (at most MAX_DIAGNOSTICS, then one saying there are more, with
 * no place); also used for profiles. `schema` lets unknown keys suggest a known one.
 */
export function reportIssues(
  issues: readonly z.core.$ZodIssue[],
  locate: Locate,
  report: Report,
  schema?: z.ZodType,
): void {
  const told: Told = { report, count: 0, last: undefined };
  if (!collect(issues, { locate, schema }, told))
    report(told.last!, `đã dừng sau ${MAX_DIAGNOSTICS} lỗi, còn lỗi khác; sửa các lỗi trên rồi kiểm tra lại`);
}

interface Where {
  locate: Locate;
  schema?: z.ZodType;
}

/** A report and what was reported through it: how many, the last code. */
interface Told {
  report: Report;
  count: number;
  last?: Code;
}

/**
 * Reports the problems of `issues`; false when it stopped at MAX_DIAGNOSTICS (before locating the rest: a
 * place costs a scan).
 */
function collect(issues: readonly z.core.$ZodIssue[], where: Where, out: Told): boolean {
  const { locate, schema } = where;
  const push = (
    code: Code,
    message: string,
    place: { line: number; column: number; file?: string },
    path: FieldPath,
  ) => {
    out.count++;
    out.last = code;
    out.report(code, message, { ...place, path });
  };
  for (const issue of withoutFollowUps(issues)) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const branch = issue.code === "invalid_union" ? matchingBranch(issue.errors) : undefined;
    if (branch) {
      if (
        !collect(
          branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] })),
          where,
          out,
        )
      )
        return false;
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        if (out.count >= MAX_DIAGNOSTICS) return false;
        const message =
          key === "<<"
            ? "khóa gộp YAML (<<: *tên) không được hỗ trợ; viết các trường ra đầy đủ, hoặc đặt phần dùng chung vào một tệp riêng và dùng ke_thua"
            : `không có trường "${key}"${hint(key, known)}; xóa dòng này hoặc sửa tên trường`;
        push("UNKNOWN_FIELD", message, locate([...path, key], "key"), [...path, key]);
      }
      continue;
    }
    if (out.count >= MAX_DIAGNOSTICS) return false;
    const [code, message] = describe(issue, path);
    // An unknown field reported by a nested schema (kem_theo) points at its key, as above.
    const place =
      code === "MISSING_FIELD"
        ? locate(path.slice(0, -1), "key")
        : code === "UNKNOWN_FIELD"
          ? locate(path, "key")
          : locate(path);
    push(code, message, place, path);
  }
  return true;
}

function describe(issue: z.core.$ZodIssue, path: FieldPath): [Code, string] {
  const last = path.filter((p) => typeof p === "string").at(-1);
  // A phụ lục's "so" is its numeral (I, II), not the document's number.
  const name = last === "so" && path.includes("phu_luc") && path.at(-1) === "so" ? "so_phu_luc" : last;
  const label = fieldLabel(name);
  const help = typeof name === "string" && FIELDS[name] ? `; ${FIELDS[name].help}` : "";
  const params = (issue as { params?: { code?: Code } }).params;
  if (params?.code) return [params.code, issue.message];
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return ["MISSING_FIELD", `thiếu trường bắt buộc ${String(path.at(-1))} (${label})${help}`];
      if (issue.input === null)
        return [
          "INVALID_VALUE",
          `${label} đang để trống: điền giá trị, hoặc xóa dòng này nếu trường không bắt buộc${help}`,
        ];
      if (issue.expected === "int" && typeof issue.input === "number")
        return [
          "INVALID_VALUE",
          `${label} phải là một số nguyên, không phải ${yamlNumber(issue.input)}${help}`,
        ];
      if (
        issue.expected === "string" &&
        (typeof issue.input === "number" || typeof issue.input === "boolean")
      ) {
        const written = typeof issue.input === "number" ? yamlNumber(issue.input) : String(issue.input);
        return [
          "INVALID_TYPE",
          `${label} phải là chữ, không phải ${typeName(typeOf(issue.input))} ${written}; nếu muốn viết đúng như vậy, đặt trong dấu nháy: "${written}"${help}`,
        ];
      }
      if (typeof issue.input === "number" && !Number.isFinite(issue.input))
        return [
          "INVALID_VALUE",
          `${label} phải là một số hữu hạn, không phải ${yamlNumber(issue.input)} (${Number.isNaN(issue.input) ? "không phải số" : "vô hạn"}); viết một số như 14 hay 2.5${help}`,
        ];
      return [
        "INVALID_TYPE",
        `${label} phải là ${typeName(issue.expected)}, không phải ${typeName(typeOf(issue.input))}${help}`,
      ];
    case "too_small":
      if (!/^Too small/.test(issue.message)) return ["INVALID_VALUE", `${label}: ${issue.message}${help}`];
      if (issue.origin === "array")
        return ["INVALID_VALUE", `${label} cần ít nhất ${issue.minimum} dòng${help}`];
      if (issue.origin === "number")
        return [
          "INVALID_VALUE",
          `${label} phải ${issue.inclusive ? "từ" : "lớn hơn"} ${issue.minimum}${issue.inclusive ? " trở lên" : ""}, không phải ${String(issue.input)}${help}`,
        ];
      {
        // A field made when left out ("bỏ trống để tự tạo…"): one instruction, not "must not be empty" and
        // "leave it empty".
        const made = /^(.*?);\s*bỏ trống để (.+)$/.exec(
          typeof name === "string" ? (FIELDS[name]?.help ?? "") : "",
        );
        if (made)
          return [
            "INVALID_VALUE",
            `${label} đang để trống: xóa cả dòng này để ${made[2]}, hoặc ghi giá trị (${made[1]})`,
          ];
      }
      return ["INVALID_VALUE", `${label} không được để trống${help}`];
    case "too_big":
      if (!/^Too big/.test(issue.message)) return ["INVALID_VALUE", `${label}: ${issue.message}${help}`];
      if (issue.origin === "array")
        return ["INVALID_VALUE", `${label} có tối đa ${issue.maximum} dòng${help}`];
      return [
        "INVALID_VALUE",
        `${label} quá lớn${issue.origin === "number" ? ` (${String(issue.input)})` : ""}${help}`,
      ];
    case "invalid_union": {
      const expected = [
        ...new Set(
          issue.errors.flatMap((b) =>
            b
              .filter((i) => i.code === "invalid_type" && i.path.length === 0)
              .map((i) => typeName((i as { expected: string }).expected)),
          ),
        ),
      ];
      const given = issue.input === undefined ? "" : `, không phải ${typeName(typeOf(issue.input))}`;
      return [
        "INVALID_TYPE",
        expected.length
          ? `${label} phải là ${expected.join(" hoặc ")}${given}${help}`
          : `${label} không đúng dạng${help}`,
      ];
    }
    case "invalid_format":
      return ["INVALID_VALUE", `${issue.message}, không phải "${String(issue.input)}"`];
    case "invalid_value":
      return ["INVALID_VALUE", `${label} phải là một trong: ${issue.values.map(String).join(", ")}`];
    default:
      return ["INVALID_VALUE", `${label}: ${issue.message}${help}`];
  }
}

/**
 * zod goes on checking a value after its type is wrong ("[]" for a text: not text, and also
 * "fewer than 1 items"); only the type error says what to fix.
 */
function withoutFollowUps(issues: readonly z.core.$ZodIssue[]): readonly z.core.$ZodIssue[] {
  const key = (i: z.core.$ZodIssue) => i.path.map(String).join("\u0000");
  const isType = (i: z.core.$ZodIssue) => i.code === "invalid_type" || i.code === "invalid_union";
  const mistyped = new Set(issues.filter(isType).map(key));
  return issues.filter((i) => isType(i) || !mistyped.has(key(i)));
}

const hint = (word: string, known: readonly string[]) => {
  // A name pasted with invisible characters (NBSP used as indentation, a zero-width space).
  const bare = word.replace(/(?:[\s\u200b\u200c\u2060\ufeff]|\u200d)+/g, " ").trim();
  const best = closest(bare, known);
  const suggestion = best ? `có phải "${best}"?` : "";
  if (/[^\S ]|[\u200b\u200c\u2060\ufeff]|\u200d/.test(word)) {
    return ` (tên trường có khoảng trắng lạ, như dấu cách không ngắt (NBSP) dán từ Word hay trang web; gõ lại dòng này, thụt lề bằng dấu cách thường${suggestion ? `; ${suggestion}` : ""})`;
  }
  return suggestion ? ` (${suggestion})` : "";
};

/** The keys the object schema at `path` accepts. */
function knownKeys(schema: z.ZodType | undefined, path: FieldPath): string[] {
  return Object.keys(objectShape(fieldAt(schema, path)) ?? {});
}

/**
 * Of a union's branches (`nguoi_ky`: one signer or a list; `noi_nhan`: a line or a group), the
 * one whose type matched the value: the only branch with no type error at its own root. Its
 * issues say what is wrong inside ("thiếu trường ho_ten") rather than "không đúng dạng".
 */
function matchingBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  const typed = branches.filter(
    (b) => b.length > 0 && !b.some((i) => i.code === "invalid_type" && i.path.length === 0),
  );
  return typed.length === 1 ? typed[0] : undefined;
}
