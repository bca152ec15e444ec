/**
 * `vanthu check` of one file on disk: read at most the reader's size limit (a regular file only:
 * never a pipe or a device), then judge it. The same in the main thread and in a worker.
 */
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
  return check(read.bytes, resources, { file, ...options });
}
