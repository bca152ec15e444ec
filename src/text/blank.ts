/** Text that prints nothing: only spaces (NBSP included) and invisible format characters (U+200B, U+2060, U+FEFF…). */
export const isBlank = (s: string): boolean => !/[^\s\p{Cf}]/u.test(s);
