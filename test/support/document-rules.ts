/**
 * The document rules that `vanthu check` shares with rendering (src/check/document-rules.ts):
 * at render time they are warnings. Tests about something else (limits, profiles) set them aside
 * with `withoutDocumentRules`, so their fixtures need not be model documents.
 */
import { DOCUMENT_RULE_CODES } from "../../src/check/document-rules";

export const withoutDocumentRules = <D extends { code: string; severity?: string }>(ds: readonly D[]): D[] =>
  ds.filter(
    (d) => !(d.severity === "warning" && (DOCUMENT_RULE_CODES as readonly string[]).includes(d.code)),
  );
