/**
 * The end of a document: Nơi nhận (label, one "- …" line per recipient, brace groups, the "Lưu"
 * line, the typist's mark) and the signature blocks (quyền hạn, chức vụ, họ tên; one signer or
 * two side by side). vanthu and most Word users put them in a borderless table; some type them
 * as paragraphs, the signature aligned right.
 */
import { hint, lineOf, type Context } from "./context";
import { leadingForm, startsWithLabel } from "./patterns";
import { isDashItem, isUpper, oneLine } from "./text";
import type { Line } from "./types";

const SIGNATURE_ROLES = ["quyen-han", "chuc-vu", "ho-ten"];

/** The closing's lines and the index where it starts (the body ends there); start = to when there is none. */
export function recogniseClosing(ctx: Context, from: number, to: number): { lines: Line[]; start: number } {
  const { cands } = ctx;
  let j = to;
  while (j > from && (cands[j - 1].empty || (cands[j - 1].place && !cands[j - 1].place!.data))) j--;
  while (j < to && cands[j].empty) j++;
  const region = range(j, to).filter((i) => !cands[i].empty);
  if (region.length && region.every((i) => cands[i].place)) {
    const lines = tableClosing(ctx, region);
    if (lines.some((l) => l.role === "noi-nhan-nhan" || l.role === "ho-ten")) return { lines, start: j };
  }
  return paragraphClosing(ctx, from, to);
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

function tableClosing(ctx: Context, region: number[]): Line[] {
  const cells = new Map<string, number[]>();
  for (const i of region) {
    const p = ctx.cands[i].place!;
    const k = `${p.table}:${p.row}:${p.col}`;
    cells.set(k, [...(cells.get(k) ?? []), i]);
  }
  const groups = continued(ctx, [...cells.values()]);
  const signers = groups.filter((g) => !isNoiNhan(ctx, g)).length;
  const lines: Line[] = [];
  let signer = 0;
  for (const g of groups) {
    if (isNoiNhan(ctx, g)) lines.push(...noiNhan(ctx, g));
    else lines.push(...signature(ctx, g, signers > 1 ? `nguoi_ky.${signer++}` : "nguoi_ky"));
  }
  return lines;
}

/**
 * A long Nơi nhận list runs on in the next rows of its column (vanthu gives each recipient past
 * the signature's row a row of its own, so the list can go on over pages): what a later row holds
 * in the column of a Nơi nhận of the same table (recipients, a group, the typist's mark) is more
 * of that list, unless it starts a Nơi nhận of its own.
 */
function continued(ctx: Context, groups: number[][]): number[][] {
  const out: number[][] = [];
  const lists = new Map<string, number[]>();
  for (const g of groups) {
    const { table, col } = ctx.cands[g[0]].place!;
    const list = lists.get(`${table}:${col}`);
    if (list && !isNoiNhan(ctx, g)) {
      list.push(...g);
      continue;
    }
    out.push(g);
    if (isNoiNhan(ctx, g)) lists.set(`${table}:${col}`, g);
  }
  return out;
}

const isNoiNhan = (ctx: Context, g: number[]) =>
  startsWithLabel(ctx.cands[g[0]].text, ctx.profile.labels.noi_nhan) ||
  hint(ctx, ctx.cands[g[0]]) === "noi-nhan-nhan";

/** "Nơi nhận:", then items (a brace group's lines and note inside a nested table), then the typist's mark. */
function noiNhan(ctx: Context, g: number[]): Line[] {
  const lines: Line[] = [lineOf(ctx, g[0], "noi-nhan-nhan", "noi_nhan")];
  let lastItem = 0;
  g.forEach((i, k) => {
    if (k > 0 && (isDashItem(ctx.cands[i].text) || ctx.cands[i].place?.nested)) lastItem = k;
  });
  let item = -1;
  let group: number | undefined;
  let member = 0;
  g.forEach((i, k) => {
    if (k === 0) return;
    const nested = ctx.cands[i].place?.nested;
    if (k > lastItem) lines.push(lineOf(ctx, i, "danh-may", "danh_may"));
    else if (nested) {
      if (nested.table !== group) {
        item += 1;
        group = nested.table;
        member = 0;
      }
      if (nested.col > 0) lines.push(lineOf(ctx, i, "noi-nhan-ghi-chu", `noi_nhan.${item}.ghi_chu`));
      else lines.push(lineOf(ctx, i, "noi-nhan", `noi_nhan.${item}.nhom.${member++}`));
    } else {
      group = undefined;
      lines.push(lineOf(ctx, i, "noi-nhan", `noi_nhan.${++item}`));
    }
  });
  return lines;
}

/** A signature: quyền hạn lines (starting with an authority form), chức vụ (IN HOA), họ tên (the last line). */
function signature(ctx: Context, g: number[], field: string): Line[] {
  const hints = g.map((i) => hint(ctx, ctx.cands[i]));
  if (hints.every((h) => h && SIGNATURE_ROLES.includes(h)))
    return g.map((i, k) => lineOf(ctx, i, hints[k]!, `${field}.${hints[k]!.replace("-", "_")}`));
  return g.map((i, k) => {
    const t = ctx.cands[i].text;
    const role =
      k === g.length - 1 && g.length > 1
        ? "ho-ten"
        : leadingForm(t) && g.slice(0, k).every((x) => leadingForm(ctx.cands[x].text))
          ? "quyen-han"
          : "chuc-vu";
    return lineOf(ctx, i, role, `${field}.${role.replace("-", "_")}`);
  });
}

/** Nơi nhận and the signature typed as paragraphs, at the end of the document, in either order. */
function paragraphClosing(ctx: Context, from: number, to: number): { lines: Line[]; start: number } {
  const { cands, profile } = ctx;
  const idx = range(from, to).filter((i) => !cands[i].empty && !cands[i].place?.data);
  let n = -1;
  for (const i of idx) if (startsWithLabel(cands[i].text, profile.labels.noi_nhan)) n = i;
  let noiNhanEnd = n;
  if (n >= 0) {
    const after = idx.filter((i) => i > n);
    let k = 0;
    while (k < after.length && isDashItem(cands[after[k]].text)) k++;
    noiNhanEnd = k ? after[k - 1] : n;
  }
  // The signature: from the end, or just before Nơi nhận when it comes last.
  const tail = idx.filter((i) => (n >= 0 && noiNhanEnd === idx.at(-1) ? i < n : i > noiNhanEnd));
  const sig = signatureFromEnd(ctx, tail);
  const lines: Line[] = [];
  if (n >= 0) {
    const items = idx.filter((i) => i > n && i <= noiNhanEnd);
    lines.push(lineOf(ctx, n, "noi-nhan-nhan", "noi_nhan"));
    items.forEach((i, k) => lines.push(lineOf(ctx, i, "noi-nhan", `noi_nhan.${k}`)));
    if (noiNhanEnd !== idx.at(-1) && sig.length === 0)
      for (const i of idx.filter((x) => x > noiNhanEnd)) lines.push(lineOf(ctx, i, "danh-may", "danh_may"));
  }
  lines.push(...sig.map(([i, role]) => lineOf(ctx, i, role, `nguoi_ky.${role.replace("-", "_")}`)));
  const starts = [n, ...sig.map(([i]) => i)].filter((i) => i >= 0);
  const start = starts.length ? Math.min(...starts) : to;
  lines.sort((a, b) => (a.source ?? 0) - (b.source ?? 0));
  return { lines, start };
}

/**
 * Trailing lines that read as a signature: a name (short, not IN HOA, no final full stop) under
 * IN HOA lines that are not justified.
 */
function signatureFromEnd(ctx: Context, idx: number[]): [number, string][] {
  if (!idx.length) return [];
  const at = (i: number) => ctx.cands[i];
  const last = idx[idx.length - 1];
  const name = oneLine(at(last).text);
  if (isUpper(name) || /[.;:,]$/.test(name) || name.split(" ").length > 7 || isDashItem(name)) return [];
  const above: number[] = [];
  for (let k = idx.length - 2; k >= 0 && above.length < 5; k--) {
    const c = at(idx[k]);
    if (!isUpper(oneLine(c.text)) || c.p.look.align === "justify" || c.text.length > 120) break;
    above.unshift(idx[k]);
  }
  if (!above.length) return [];
  let forms = 0;
  while (forms < above.length && leadingForm(at(above[forms]).text)) forms++;
  return [
    ...above.map((i, k): [number, string] => [i, k < forms ? "quyen-han" : "chuc-vu"]),
    [last, "ho-ten"],
  ];
}
