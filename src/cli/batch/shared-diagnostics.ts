/**
 * The diagnostics a batch keeps for its summary, those about a file other than the input (the
 * shared base a thousand units inherit) kept once: each unit's copy of "đã viết lại…" at
 * `_chung.yaml:33` is the same, and a batch of 5,000 spreadsheet rows held 15,000 of them.
 */
import type { Diagnostic } from "../../diagnostic";

export function createSharedDiagnostics(): (input: string, d: Diagnostic) => Diagnostic {
  const kept = new Map<string, Diagnostic>();
  return (input, d) => {
    if (d.file === input) return d;
    const key = JSON.stringify(d);
    const same = kept.get(key);
    if (same) return same;
    kept.set(key, d);
    return d;
  };
}
