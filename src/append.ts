/**
 * `target.push(...items)` without the spread: a spread passes every item as an argument, and a
 * few hundred thousand (the paragraphs of a 5 MB body, the diagnostics of a broken list)
 * overflow the call stack.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
