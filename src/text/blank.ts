/** Text that prints nothing: only spaces (NBSP included) and invisible format characters (U+200B, U+2060, U+FEFF…). */
export const isBlank = (s: string): boolean => !/[^\s\p{Cf}]/u.test(s);

/** "U+200B ở vị trí 11": the first invisible format character of `s` (1-based), if any, for a message. */
export function invisibleIn(s: string): string | undefined {
  const m = /\p{Cf}/u.exec(s);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `U+${code} ở vị trí ${[...s.slice(0, m.index)].length + 1}`;
}
