/**
 * Text as a file or folder name that works on Linux, macOS and Windows alike: no folder
 * separators, no characters Windows forbids, no control or invisible format characters (U+202E
 * that reverses the text shown, U+200B…), no leading dots, no trailing dots or spaces, no name
 * Windows reserves for a device (CON, NUL, COM1…: a "-" is added), and at most a number of bytes
 * (UTF-8), cut between two characters.
 */

/** Bytes (UTF-8) of the longest name a pattern makes, ".docx" included; file systems allow 255. */
export const MAX_NAME_BYTES = 200;

/** Windows' device names, which no file may be called, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?=\.|$)/i;

/** A value (one field of the input) as text that can sit inside one name. */
export function safeSegment(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\\/]+/g, "-")
    .replace(/[<>:"|?*]|\p{Cc}|\p{Cf}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .replace(/[. ]+$/, "");
}

/**
 * A whole name, once the values are in: at most `maxBytes` bytes, no trailing dots or spaces, not a device
 * name. "." and ".." are left as they are (the output folder refuses them).
 */
export function finishName(name: string, maxBytes = MAX_NAME_BYTES): string {
  if (name === "." || name === "..") return name;
  const short = cut(name, maxBytes).replace(/[. ]+$/, "");
  return short.replace(RESERVED, "$1-");
}

/**
 * The longest start of `text` within `maxBytes` bytes (UTF-8) that ends between two characters (graphemes: a
 * letter keeps its marks).
 */
function cut(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = "";
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(text)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > maxBytes) break;
    out += segment;
  }
  return out;
}
