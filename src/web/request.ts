/**
 * Reading a request's document: the body is the document as JSON (what the form holds); it
 * becomes the YAML text `vanthu render` would read, so that the engine validates and renders
 * exactly what a download of the YAML contains. Problems are diagnostics, as in the CLI.
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import { MAX_DEPTH, yamlSyntaxMessage } from "../yaml-messages";
import { isKind } from "../schema/kinds";
import { toYaml } from "./to-yaml";
import type { KindForm } from "./spec";

/** The name diagnostics of form data carry in their `file`. */
export const FORM_FILE = "bieu-mau.yaml";

export interface FormDocument {
  data?: unknown;
  yaml?: string;
  diagnostics: Diagnostic[];
}

export function parseDocument(body: string, forms: Record<string, KindForm>): FormDocument {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return {
      diagnostics: [
        diagnostic(
          "YAML_SYNTAX",
          'nội dung gửi lên không phải JSON hợp lệ; trang biểu mẫu gửi một bảng các trường dạng JSON, ví dụ {"loai": "cong-van"}',
          { file: FORM_FILE, stage: "load" },
        ),
      ],
    };
  }
  // Turning data into YAML recurses: too deep a nesting is refused first, as the CLI refuses it in YAML.
  if (tooDeep(data))
    return {
      diagnostics: [
        diagnostic("YAML_SYNTAX", yamlSyntaxMessage("RESOURCE_EXHAUSTION")!, {
          file: FORM_FILE,
          stage: "load",
        }),
      ],
    };
  const loai = data && typeof data === "object" ? (data as Record<string, unknown>).loai : undefined;
  return { data, yaml: toYaml(data, isKind(loai) ? forms[loai]?.fields : undefined), diagnostics: [] };
}

/** Whether `data` nests objects or lists deeper than MAX_DEPTH, found without recursion. */
function tooDeep(data: unknown): boolean {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH) return true;
    for (const v of Object.values(value)) stack.push([v, depth + 1]);
  }
  return false;
}

/** The size-limit answer (HTTP 413). */
export const tooLarge = (maxBytes: number): Diagnostic =>
  diagnostic(
    "FILE_UNREADABLE",
    `dữ liệu gửi lên quá lớn (hơn ${Math.round(maxBytes / 1024 / 1024)} MB); hãy chia văn bản hoặc bớt nội dung`,
    { file: FORM_FILE, stage: "load" },
  );

/**
 * Whether the diagnostics say the request is not a document the page could have sent (HTTP
 * 400 everywhere): not JSON, not a table of fields, no known kind or profile.
 */
export function isBadRequest(diagnostics: readonly Diagnostic[]): boolean {
  const REQUEST = new Set(["YAML_SYNTAX", "UNKNOWN_KIND", "UNKNOWN_PROFILE", "KIND_NOT_IN_PROFILE"]);
  return diagnostics.some(
    (d) =>
      d.severity === "error" &&
      (REQUEST.has(d.code) || (!d.path && (d.code === "INVALID_TYPE" || d.code === "MISSING_FIELD"))),
  );
}
