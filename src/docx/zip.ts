/**
 * A minimal ZIP writer for .docx packages: DEFLATE with Node's native zlib, and entries that can be
 * compressed once and reused in every package.
 */
import * as zlib from "node:zlib";

export interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  /** The raw DEFLATE stream. */
  data: Buffer;
}

const TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
/** zlib.crc32 arrived in Node 20.15; older 20.x use the table. */
const crc32 =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ??
  ((data: Uint8Array) => {
    let c = -1;
    for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  });

/**
 * DEFLATE level 4, not docx's 6: on a 15-page report's document.xml (69 KB) it takes half the
 * time (0.6 ms against 1.3) for a part 6% larger (16.1 KB against 15.1); compressing was a third
 * of a batch document's time.
 */
const LEVEL = 4;

export function zipEntry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return {
    name: Buffer.from(name, "utf8"),
    crc: crc32(bytes),
    size: bytes.length,
    data: zlib.deflateRawSync(bytes, { level: LEVEL }),
  };
}

/** DOS date and time (local, 2-second resolution), as ZIP headers store them. */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export function zip(entries: readonly ZipEntry[], when = new Date()): Buffer {
  const { time, date } = dosTime(when);
  const total = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length + 46 + e.name.length, 22);
  const out = Buffer.allocUnsafe(total);
  const offsets: number[] = [];
  let at = 0;
  const header = (signature: number, e: ZipEntry, central: boolean) => {
    at = out.writeUInt32LE(signature, at);
    if (central) at = out.writeUInt16LE(20, at); // version made by
    at = out.writeUInt16LE(20, at); // version needed
    at = out.writeUInt16LE(e.name.some((b) => b > 0x7f) ? 0x0800 : 0, at); // UTF-8 name flag
    at = out.writeUInt16LE(8, at); // DEFLATE
    at = out.writeUInt16LE(time, at);
    at = out.writeUInt16LE(date, at);
    at = out.writeUInt32LE(e.crc >>> 0, at);
    at = out.writeUInt32LE(e.data.length, at);
    at = out.writeUInt32LE(e.size, at);
    at = out.writeUInt16LE(e.name.length, at);
    at = out.writeUInt16LE(0, at); // extra
  };
  for (const e of entries) {
    offsets.push(at);
    header(0x04034b50, e, false);
    at += e.name.copy(out, at);
    at += e.data.copy(out, at);
  }
  const directory = at;
  entries.forEach((e, i) => {
    header(0x02014b50, e, true);
    at = out.writeUInt16LE(0, at); // comment
    at = out.writeUInt16LE(0, at); // disk
    at = out.writeUInt16LE(0, at); // internal attributes
    at = out.writeUInt32LE(0, at); // external attributes
    at = out.writeUInt32LE(offsets[i], at);
    at += e.name.copy(out, at);
  });
  const size = at - directory;
  at = out.writeUInt32LE(0x06054b50, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt32LE(size, at);
  at = out.writeUInt32LE(directory, at);
  out.writeUInt16LE(0, at);
  return out;
}
