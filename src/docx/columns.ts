/**
 * Column widths of a layout table in twips: its own or the profile's percentages of `width`, summing to it
 * exactly (the same arithmetic as the table handler; the package writer test checks they agree).
 */
import type { Profile } from "../profile/schema";

export function columnWidths(
  profile: Profile,
  layout: string,
  width: number,
  /** The table's own widths (percent), when it has them. */
  own?: readonly number[],
): number[] | undefined {
  const columns = own ?? profile.tables[layout]?.columns;
  if (!columns?.length) return undefined;
  const total = columns.reduce((a, b) => a + b, 0);
  const widths = columns.map((c) => Math.floor((width * c) / total));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}
