/**
 * The document rules that `vanthu check` shares with rendering (src/check/document-rules.ts):
 * at render time they are warnings. Tests about something else (limits, profiles) set them aside
 * with `withoutDocumentRules`, so their fixtures need not be model documents.
 */
export const DOCUMENT_RULE_CODES = [
  "KY_HIEU_MISMATCH",
  "AUTHORITY_FORM",
  "SIGNER_MISMATCH",
  "TRICH_YEU_VV",
  "BODY_END",
  "DATE_FUTURE",
];

export const withoutDocumentRules = <D extends { code: string; severity?: string }>(ds: readonly D[]): D[] =>
  ds.filter((d) => !(d.severity === "warning" && DOCUMENT_RULE_CODES.includes(d.code)));
