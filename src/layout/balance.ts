/**
 * Balanced line breaking: the fewest lines that fit, then the most even widths, with a cost for
 * starting a line at a poor place. Used for agency names (lines only at group starts) and for
 * blocks such as the trích yếu, which real documents set as a balanced block rather than as a
 * full line and a short one.
 */

export interface Breakable {
  /** Width of the word, in any unit the room is in. */
  width: number;
  /** Whether a line may start at this word. */
  allowed: boolean;
  /** What starting a line here costs (0: a natural place, such as after a comma). */
  penalty: number;
}

/** Beyond this many words a block is not balanced (the word processor breaks it). */
const MAX_WORDS = 400;

/**
 * The indices of the words that start the second and later lines, or undefined when the words
 * cannot be set in lines of at most `room` (then the caller leaves the breaking to the word
 * processor). One line that fits gives [].
 */
export function balancedBreaks(
  words: readonly Breakable[],
  space: number,
  room: number,
): number[] | undefined {
  const n = words.length;
  if (n === 0 || n > MAX_WORDS) return undefined;
  const at = [0];
  for (const w of words) at.push(at.at(-1)! + w.width);
  const lineWidth = (i: number, j: number) => at[j] - at[i] + space * (j - i - 1);
  if (lineWidth(0, n) <= room) return [];
  const fewest = plan(words, lineWidth, room, () => 0);
  if (!fewest) return undefined;
  // Each line costs its distance from the even width (the text shared out over the fewest lines),
  // relative to that width, squared: a full line and a short one cost more than two even lines.
  const even = lineWidth(0, n) / (fewest.length + 1);
  return plan(words, lineWidth, room, (w) => ((w - even) / even) ** 2);
}

/** The line starts with the fewest lines, then the least cost, or undefined when nothing fits. */
function plan(
  words: readonly Breakable[],
  lineWidth: (i: number, j: number) => number,
  room: number,
  badness: (width: number) => number,
): number[] | undefined {
  const n = words.length;
  // lines[j], cost[j]: fewest lines for the first j words, then least cost; from[j]: where its last line starts.
  const lines = new Array<number>(n + 1).fill(Infinity);
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  lines[0] = 0;
  cost[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const w = lineWidth(i, j);
      if (w > room) break;
      if (i > 0 && !words[i].allowed) continue;
      if (lines[i] === Infinity) continue;
      const c = cost[i] + badness(w) + (i > 0 ? words[i].penalty : 0);
      const l = lines[i] + 1;
      if (l < lines[j] || (l === lines[j] && c < cost[j])) {
        lines[j] = l;
        cost[j] = c;
        from[j] = i;
      }
    }
  }
  if (lines[n] === Infinity) return undefined;
  const starts: number[] = [];
  for (let j = n; from[j] > 0; j = from[j]) starts.unshift(from[j]);
  return starts;
}
