/**
 * Text to be printed exactly as given, written in the body language (office-text.ts): a
 * backslash goes before each character that would otherwise be read as markup there — and only
 * there, since a backslash before anything else is printed as typed — and a run of backslashes
 * the text has before such a character is doubled, as the reader halves it. Used for values put
 * into a body (the blanks of a shared file), where they sit inside a line.
 */
import { wouldBeMarkup } from "./office-text";

const CANDIDATES = new Set(["|", "`", "~", "^", "[", "*"]);

export function literalText(text: string): string {
  let out = "";
  let run = "";
  for (let q = 0; q < text.length; q++) {
    const c = text[q];
    if (c === "\\") {
      run += c;
      continue;
    }
    // In a run of asterisks that would open emphasis, only the last is escaped: the ones before it
    // are then followed by a backslash, which opens nothing.
    const lastOfRun = c !== "*" || text[q + 1] !== "*";
    const escape = lastOfRun && CANDIDATES.has(c) && wouldBeMarkup(text, q - run.length, q, text.length);
    out += escape ? `${run}${run}\\${c}` : `${run}${c}`;
    run = "";
  }
  return out + run;
}
