/**
 * Numbers the Vietnamese way: "1.234,5" (dot between thousands, comma before decimals), "98,6%".
 * Reading accepts what people type in a Vietnamese sheet or file: 1234.5 as a number, "1.234,5",
 * "1234,5", "98,6%"; a text that is not a number is undefined.
 */
/** The two formats, made on first use: making one loads the locale's data, which a cold start need not. */
const formats: { grouped?: Intl.NumberFormat; plain?: Intl.NumberFormat } = {};

/** 1234.5 → "1.234,5"; `grouping: false` → "1234,5" (years, codes). */
export function formatViNumber(n: number, grouping = true): string {
  const format = grouping
    ? (formats.grouped ??= new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10, useGrouping: true }))
    : (formats.plain ??= new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10, useGrouping: false }));
  return format.format(n);
}

/** 98.6 → "98,6%". */
export const formatViPercent = (n: number): string => `${formatViNumber(n)}%`;

/**
 * A number written the Vietnamese way ("1.234,5", "1234,5", "-12", "1.234.567") or the plain way
 * a program writes it ("1234.5" with one dot and not three digits after it); otherwise undefined.
 */
export function parseViNumber(text: string): number | undefined {
  const s = text.trim().replace(/\s+/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^-?\d+(,\d+)?$/.test(s)) return Number(s.replace(",", "."));
  if (/^-?\d+\.\d+$/.test(s) && !/^-?\d{1,3}\.\d{3}$/.test(s)) return Number(s);
  return undefined;
}
