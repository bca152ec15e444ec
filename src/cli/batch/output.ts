/**
 * The output folder of a batch, owned by the main thread: each name is claimed by one input only
 * (a second input that would write the same file is reported, not written — names compared as a
 * case-insensitive file system would), never outside the folder, and written atomically
 * (`../write.ts`).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../../diagnostic";
import { outputPath, writeAtomic } from "../write";

export interface Written {
  output?: string;
  diagnostics: Diagnostic[];
}

export function createOutput(outDir: string, write = writeAtomic) {
  const claimed = new Map<string, string>();
  const written = new Set<string>();
  const keyOf = (target: string) => target.normalize("NFC").toLowerCase();
  const fail = (file: string, code: "FILE_UNWRITABLE" | "DUPLICATE_OUTPUT", message: string) =>
    diagnostic(code, message, { file, stage: "write" });
  const targetOf = (name: string) =>
    name.split(/[\\/]/).at(-1) ? outputPath(outDir, name, ".docx") : undefined;

  /** Reserves `name` for `file` (again for the same file is fine); a diagnostic when it cannot. */
  function claim(file: string, name: string): Diagnostic | undefined {
    const target = targetOf(name);
    if (!target) {
      const blank = name.split(/[\\/]/).some((part) => part === "")
        ? " (một trường trong --ten-tep để trống ở tệp này?)"
        : "";
      return fail(
        file,
        "FILE_UNWRITABLE",
        `tên tệp ra "${name}.docx" rỗng hoặc nằm ngoài thư mục ${outDir}${blank}; không ghi`,
      );
    }
    const key = keyOf(target);
    const owner = claimed.get(key);
    if (owner !== undefined && owner !== file)
      return fail(
        file,
        "DUPLICATE_OUTPUT",
        `tệp ra ${join(outDir, `${name}.docx`)} trùng với tệp ra của ${owner}; không ghi đè — đặt tên khác (xem --ten-tep)`,
      );
    claimed.set(key, file);
    return undefined;
  }

  /** Claims `name` for `file` and writes the bytes there. */
  function save(file: string, name: string, bytes: Uint8Array): Written {
    const problem = claim(file, name);
    if (problem) return { diagnostics: [problem] };
    const target = targetOf(name)!;
    try {
      write(target, bytes);
      written.add(keyOf(target));
      return { output: join(outDir, `${name}.docx`), diagnostics: [] };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      return {
        diagnostics: [
          fail(
            file,
            "FILE_UNWRITABLE",
            `không ghi được ${target} (${code}); kiểm tra thư mục ra và quyền ghi`,
          ),
        ],
      };
    }
  }

  /**
   * The earlier .docx of a file that failed, when one is there: its name is the file's own (not
   * claimed by another input) and nothing was written to it in this run. Shown as a path in the
   * output folder, as outputs are.
   */
  function stale(file: string, name: string): string | undefined {
    const target = targetOf(name);
    if (!target) return undefined;
    const key = keyOf(target);
    const owner = claimed.get(key);
    if ((owner !== undefined && owner !== file) || written.has(key) || !existsSync(target)) return undefined;
    return join(outDir, `${name}.docx`);
  }

  return { claim, save, stale };
}
