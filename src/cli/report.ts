/** Printing diagnostics and counting them, for every command. */
import { formatDiagnostic, type Diagnostic } from "../diagnostic";
import type { Io } from "./io";

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d));
}
