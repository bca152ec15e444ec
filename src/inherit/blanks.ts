/**
 * Named blanks in a shared file's text (`ke_thua`): the trusted text a producer writes once,
 * "… đã tổ chức {{so_lieu.doi_thoai}} cuộc đối thoại …", filled with each unit's own values.
 *
 * - Only text that comes from a shared file is filled: a `{{…}}` typed in a unit's own value, or
 *   in a document that inherits nothing, is printed as typed.
 * - A value is inserted literally: in Markdown fields (noi_dung) its markup characters are
 *   escaped, so a unit's "*" or "_" never turns into emphasis.
 * - A blank whose value is missing is an error in the unit that lacks it.
 * - Formatters (`{{so_lieu.ty_le | phan_tram}}`): so (1.234,5; the default for numbers),
 *   phan_tram (98,6%), nguyen_van (as written: years, codes), ngay (dd/mm/yyyy).
 */
import type { Report } from "../report";
import { readDate } from "../schema/date";
import { dayFirst } from "../template/format";
import { formatViNumber, formatViPercent, parseViNumber } from "../text/vi-number";
import { assemble, type Part } from "../tree/literal-text";

/** `{{ path }}` or `{{ path | formatter }}`: a dotted field path of names. */
export const BLANK = /\{\{\s*([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*)\s*(?:\|\s*([\p{L}_]+)\s*)?\}\}/gu;

export const FORMATTERS = ["so", "phan_tram", "nguyen_van", "ngay"] as const;
type Formatter = (typeof FORMATTERS)[number];

type Map = Record<string, unknown>;
const isMap = (v: unknown): v is Map => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at a dotted path of `data`, or undefined. */
function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const key of path.split(".")) {
    if (!isMap(v) || !Object.hasOwn(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

/**
 * `text` with its blanks filled from `data`; what could not be filled stays as typed and is
 * reported: an unknown way of writing (INVALID_VALUE, with no path: at the text), a value missing
 * (MISSING_FIELD) or that cannot be printed so (INVALID_VALUE), at the value's path. `at` names the
 * text's own place in a message ("noi_dung của chung.yaml (dòng 12)").
 */
export function fillBlanks(
  text: string,
  data: unknown,
  markdown: boolean,
  report: Report,
  at: string,
): string {
  // The shared text is the writer's markup; each value is typed text, escaped where what is around it makes it markup.
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(BLANK)) {
    const [blank, path, formatter] = m;
    parts.push({ text: text.slice(last, m.index), literal: false });
    last = m.index + blank.length;
    const value = fill(data, blank, path, formatter, report, at);
    parts.push(value === undefined ? { text: blank, literal: false } : { text: value, literal: true });
  }
  parts.push({ text: text.slice(last), literal: false });
  return markdown ? assemble(parts) : parts.map((p) => p.text).join("");
}

/** One blank's value as printed, or undefined (with a problem) when it cannot be filled. */
function fill(
  data: unknown,
  blank: string,
  path: string,
  formatter: string | undefined,
  report: Report,
  at: string,
): string | undefined {
  if (formatter !== undefined && !(FORMATTERS as readonly string[]).includes(formatter)) {
    const message = `chỗ trống ${blank}: không có cách viết "${formatter}"; dùng một trong: ${FORMATTERS.join(", ")}`;
    return void report("INVALID_VALUE", message);
  }
  const value = valueAt(data, path);
  if (value === undefined || value === null || value === "") {
    const parts = path.split(".");
    const example = `${parts.slice(0, -1).join(".") || parts[0]}: ${parts.length > 1 ? `{${parts.at(-1)}: …}` : "…"}`;
    const message = `chỗ trống ${blank} ở ${at} cần giá trị ${path}, tệp này chưa có; thêm ${example}`;
    return void report("MISSING_FIELD", message, { path: parts });
  }
  const shown = format(value, formatter as Formatter | undefined);
  if ("why" in shown)
    return void report("INVALID_VALUE", `${path} điền vào chỗ trống ${blank}: ${shown.why}`, {
      path: path.split("."),
    });
  return shown.text;
}

function format(value: unknown, formatter: Formatter | undefined): { text: string } | { why: string } {
  if (isMap(value) || Array.isArray(value))
    return { why: "là một bảng hay danh sách, không phải một giá trị" };
  const number = typeof value === "number" ? value : parseViNumber(String(value));
  switch (formatter) {
    case undefined:
      return { text: typeof value === "number" ? formatViNumber(value) : String(value) };
    case "nguyen_van":
      return { text: String(value) };
    case "so":
    case "phan_tram":
      if (number === undefined || !Number.isFinite(number))
        return { why: `"${String(value)}" không phải số (viết như 1.234,5 hoặc 1234.5)` };
      return { text: formatter === "so" ? formatViNumber(number) : formatViPercent(number) };
    case "ngay": {
      const read = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? readDate(String(value)) : {};
      if (!("date" in read)) return { why: `"${String(value)}" không phải ngày dạng YYYY-MM-DD` };
      return { text: dayFirst(read.date) };
    }
  }
}
