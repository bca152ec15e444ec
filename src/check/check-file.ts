/**
 * `vanthu check` of one file on disk: read at most the reader's size limit (a regular file only:
 * never a pipe or a device), then judge it. The same in the main thread and in a worker.
 */
import { basename } from "node:path";
import { diagnostic } from "../diagnostic";
import { READ_LIMITS } from "../ooxml/limits";
import { readBytes } from "../read-file";
import type { Resources } from "../resources";
import { check, type CheckResult } from "./check";

export function checkFile(
  file: string,
  resources: Pick<Resources, "profiles">,
  options: { profile?: string; today?: Date } = {},
): CheckResult {
  const read = readBytes(file, READ_LIMITS.fileBytes);
  if (!("bytes" in read))
    return {
      file,
      diagnostics: [
        diagnostic(read.tooLarge ? "DOCX_TOO_LARGE" : "FILE_UNREADABLE", read.error, { file, stage: "load" }),
      ],
    };
  const result = check(read.bytes, resources, { file, ...options });
  // Word's owner file of an open document, named on the command line: say what it is.
  if (/^~\$/.test(basename(file)) && result.diagnostics.some((d) => d.code === "DOCX_UNREADABLE"))
    return {
      file,
      diagnostics: [
        diagnostic(
          "DOCX_UNREADABLE",
          `đây là tệp khóa Word tạo ra trong lúc một văn bản (tên kết thúc bằng "${basename(file).slice(2)}") đang mở, không phải văn bản; kiểm tra chính tệp văn bản đó (thư mục và mẫu glob tự bỏ qua tệp bắt đầu bằng ~)`,
          { file, stage: "read" },
        ),
      ],
    };
  return result;
}
