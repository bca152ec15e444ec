/**
 * A bounded memory of recent results by key, for pure work a batch repeats (a shared body's
 * words, paragraphs and fields): asked for a key it has, it answers without making; at `limit`
 * entries the oldest is let go.
 */
export type Recent<K, V> = (key: K, make: () => V) => V;

export function createRecent<K, V>(limit: number): Recent<K, V> {
  const kept = new Map<K, V>();
  return (key, make) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = make();
    if (kept.size >= limit) kept.delete(kept.keys().next().value!);
    kept.set(key, value);
    return value;
  };
}
