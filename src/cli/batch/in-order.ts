/**
 * Results passed on in input order, whatever order they finish in: one that finishes early
 * waits for those before it. So which of two inputs claims an output name, the order of the
 * diagnostics and of the "✓" lines never depend on how many workers there are or which is faster.
 */
export function inOrder<T extends { id: number }>(onResult: (r: T) => void): (r: T) => void {
  const early = new Map<number, T>();
  let next = 0;
  return (r) => {
    early.set(r.id, r);
    for (let due = early.get(next); due; due = early.get(next)) {
      early.delete(next++);
      onResult(due);
    }
  };
}
