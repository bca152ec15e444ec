/**
 * Build-time only: a bundle written in ASCII alone. esbuild escapes every non-ASCII character of
 * its output (charset "ascii") but those inside regular expression literals, and one of them
 * makes Node read the whole 1–2 MB bundle as a two-byte string at every start (a slower read,
 * twice the memory). Each is written here as the `\uXXXX` escape of its UTF-16 unit, which a
 * pattern reads as the same character in every mode (two of them, a surrogate pair, as one code
 * point under the u or v flag); the literals are found by acorn's tokenizer. A literal's `source`
 * is then the escaped text: the same pattern, wherever it is used as one.
 */
import { tokenizer, tokTypes } from "acorn";

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `raw`, a regular expression literal as written (`/…/flags`), with each non-ASCII UTF-16 unit
 * escaped. Behind an odd run of backslashes the character was an identity escape (`\é`, allowed
 * only without the u and v flags, and meaning the character itself): the last backslash goes.
 */
export function asciiRegExp(raw: string): string {
  return raw.replace(
    /(\\*)([^\x00-\x7f])/g,
    (_, slashes: string, unit: string) =>
      slashes.slice(slashes.length % 2) +
      `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/** `code` (a script) with the non-ASCII characters of its regular expression literals escaped. */
export function asciiBundle(code: string): string {
  if (ASCII.test(code)) return code;
  let out = "";
  let last = 0;
  const tokens = tokenizer(code, {
    ecmaVersion: "latest",
    sourceType: "script",
    allowHashBang: true,
    allowReturnOutsideFunction: true,
  });
  for (const token of tokens) {
    if (token.type !== tokTypes.regexp) continue;
    const raw = code.slice(token.start, token.end);
    if (ASCII.test(raw)) continue;
    out += code.slice(last, token.start) + asciiRegExp(raw);
    last = token.end;
  }
  return out + code.slice(last);
}
