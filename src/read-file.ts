/**
 * Reading a text file at the edge: its text, or why it cannot be read, in Vietnamese. UTF-8 is
 * expected (a byte order mark is dropped); UTF-16 with a byte order mark (Notepad's "Unicode") is
 * read too. Anything else — bytes that are not UTF-8 (a legacy code page such as TCVN3 or
 * Windows-1258), UTF-32, a binary file (a .docx or .pdf renamed), a file too large for a
 * document, something that is not a regular file (a device such as /dev/zero, a named pipe) — is
 * an error that says so: never text silently turned into "�", never a read that hangs or fills
 * the memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";

/**
 * Larger than any document (the longest sample is 60 KB; a 5 MB body renders); a bigger file is refused, and
 * never read past this.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { source: string } | { error: string; line?: number; tooLarge?: true };
type Failure = { error: string; tooLarge?: true };

export function readText(file: string): ReadResult {
  const read = readBytes(file);
  return "bytes" in read ? decodeText(read.bytes) : read;
}

/**
 * `readText` for a file read again and again (the shared base a thousand units inherit): its
 * text is kept while the file's identity, size and change times (nanoseconds) stay the same, so
 * an unchanged file is not decoded again, and any write to it (which moves its change time) is
 * read afresh.
 */
export function createTextReader(): (file: string) => ReadResult {
  const kept = new Map<string, { stamp: string; read: ReadResult }>();
  return (file) => {
    const stamp = fileStamp(file);
    const hit = stamp && kept.get(file);
    if (hit && hit.stamp === stamp) return hit.read;
    const read = readText(file);
    if (stamp && "source" in read) kept.set(file, { stamp, read });
    else kept.delete(file);
    return read;
  };
}

/**
 * What changes whenever a regular file's content may have (its identity, size and change times
 * in nanoseconds): undefined for anything else, or when it cannot be asked. Readers that keep
 * what they read while it is unchanged compare it.
 */
export function fileStamp(file: string): string | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return s.isFile() ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * At most `max` + 1 bytes of a regular file (one more than allowed: enough to know it is too
 * large), or why not. A .docx is read with this, with the reader's own size limit.
 */
export function readBytes(file: string, max = MAX_FILE_BYTES): { bytes: Uint8Array } | Failure {
  let fd: number | undefined;
  try {
    // Checked before opening: opening a named pipe would wait for a writer.
    const before = refusal(statSync(file), max);
    if (before) return before;
    // Non-blocking, and checked again on what was opened: the path may have changed in between.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    const after = refusal(stats, max);
    if (after) return after;
    const bytes = readAtMost(fd, stats.size, max + 1);
    return bytes.length > max ? tooLarge(`hơn ${max / 1024 / 1024} MB`, max) : { bytes };
  } catch (e) {
    return { error: fileError(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file is not read, from what `stat` says: not a regular file, or too large. */
function refusal(stats: Stats, max: number): Failure | undefined {
  if (stats.isDirectory()) return { error: "đây là thư mục, không phải tệp" };
  if (!stats.isFile())
    return {
      error:
        "không phải tệp thường (thiết bị, ống dẫn…); lưu văn bản vào một tệp .yaml thường rồi chỉ tới tệp đó",
    };
  if (stats.size > max) return tooLarge(`${(stats.size / 1024 / 1024).toFixed(1)} MB`, max);
  return undefined;
}

const tooLarge = (size: string, max: number): Failure => ({
  error: `tệp quá lớn (${size}; tối đa ${max / 1024 / 1024} MB cho một văn bản); hãy tách thành nhiều văn bản`,
  tooLarge: true,
});

/** Reads until the end or `limit` bytes, whatever `size` said (a file may grow while it is read). */
function readAtMost(fd: number, size: number, limit: number): Uint8Array {
  let buffer = Buffer.alloc(Math.min(limit, Math.max(size + 1, 4096)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) return buffer;
      const bigger = Buffer.alloc(Math.min(limit, buffer.length * 2));
      buffer.copy(bigger);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

function fileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "không tìm thấy tệp";
  if (code === "EACCES" || code === "EPERM") return "không có quyền đọc tệp";
  if (code === "EISDIR") return "đây là thư mục, không phải tệp";
  if (code === "ENOTDIR") return "đường dẫn đi qua một tệp như thể đó là thư mục; kiểm tra đường dẫn";
  if (code === "ELOOP") return "liên kết tượng trưng (symlink) trỏ vòng tròn; kiểm tra đường dẫn";
  if (code === "ENAMETOOLONG") return "đường dẫn quá dài";
  return `không đọc được tệp (${code ?? String(e)})`;
}

/**
 * File bytes → text: UTF-8 (BOM dropped) or UTF-16 with a BOM; otherwise why not, with the line of the first
 * bad byte.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  // UTF-32's byte order marks first: FF FE 00 00 also starts like UTF-16's.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { error: "tệp mã UTF-32; mở bằng trình soạn thảo và lưu lại với mã hóa UTF-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, "utf-16be");
  // Text in UTF-16 without a BOM is half zero bytes; a stray NUL in UTF-8 text is removed later, with a warning.
  if (zeroShare(bytes) > 0.2) {
    return {
      error:
        "tệp không phải văn bản UTF-8 (nhiều byte 0: tệp nhị phân, hoặc văn bản UTF-16 không có BOM); lưu tệp YAML dạng văn bản UTF-8",
    };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { source: text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      error:
        "tệp không phải văn bản UTF-8 (có thể là tệp nhị phân, hoặc chữ mã TCVN3/VNI hay Windows-1258); mở bằng trình soạn thảo và lưu lại với mã hóa UTF-8",
      line: lineAt(bytes, bad),
    };
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
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

/** 1-based line of byte `offset`, lines ending in LF, CRLF or a CR alone (as load.ts reads them). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (
      (c === 0xe0 && b[i + 1] < 0xa0) ||
      (c === 0xed && b[i + 1] >= 0xa0) ||
      (c === 0xf0 && b[i + 1] < 0x90) ||
      (c === 0xf4 && b[i + 1] >= 0x90)
    )
      return i;
    i += n + 1;
  }
  return b.length;
}
