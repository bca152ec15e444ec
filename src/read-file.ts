/**
 * Reading a text file at the edge: its text, or why it cannot be read, in Vietnamese. UTF-8 is
 * expected (a byte order mark is dropped); UTF-16 with a byte order mark (Notepad's "Unicode")
 * is read too. Anything else — bytes that are not UTF-8 (a legacy code page such as TCVN3 or
 * Windows-1258), a binary file (a .docx or .pdf renamed), a file too large for a document — is
 * an error that says so, never text silently turned into "�".
 */
import { readFileSync, statSync } from "node:fs";

/** Larger than any document (the longest sample is 60 KB; a 5 MB body renders); a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type ReadResult = { source: string } | { error: string; line?: number; tooLarge?: true };

export function readText(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { error: `tệp quá lớn (${(size / 1024 / 1024).toFixed(1)} MB; tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB cho một văn bản); hãy tách thành nhiều văn bản`, tooLarge: true };
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const error =
      code === "ENOENT" ? "không tìm thấy tệp" : code === "EACCES" || code === "EPERM" ? "không có quyền đọc tệp" : code === "EISDIR" ? "đây là thư mục, không phải tệp" : `không đọc được tệp (${code ?? String(e)})`;
    return { error };
  }
  return decodeText(bytes);
}

/** File bytes → text: UTF-8 (BOM dropped) or UTF-16 with a BOM; otherwise why not, with the line of the first bad byte. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, "utf-16be");
  // Text in UTF-16 without a BOM is half zero bytes; a stray NUL in UTF-8 text is removed later, with a warning.
  if (zeroShare(bytes) > 0.2) {
    return { error: "tệp không phải văn bản UTF-8 (nhiều byte 0: tệp nhị phân, hoặc văn bản UTF-16 không có BOM); lưu tệp YAML dạng văn bản UTF-8" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { source: text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { error: "tệp không phải văn bản UTF-8 (có thể là tệp nhị phân, hoặc chữ mã TCVN3/VNI hay Windows-1258); mở bằng trình soạn thảo và lưu lại với mã hóa UTF-8", line: lineAt(bytes, bad) };
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): ReadResult {
  try {
    return { source: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { error: "tệp UTF-16 bị hỏng (có byte không hợp lệ); lưu lại tệp với mã hóa UTF-8" };
  }
}

/** The share of zero bytes among the first 4 KB. */
function zeroShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n ? zeros / n : 0;
}

/** 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] >= 0xa0) || (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] >= 0x90)) return i;
    i += n + 1;
  }
  return b.length;
}
