/**
 * Text for a terminal: a file name or value can hold escape sequences (set the title, clear the
 * screen, move the cursor), a carriage return that overwrites the line, or direction overrides
 * that make a line read backwards. Each such character is shown as its `\uXXXX` code, which is
 * also what JSON would write for it, so a line of JSON stays valid and means the same. Line
 * breaks and tabs are kept.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const terminalSafe = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
