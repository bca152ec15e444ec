/**
 * A recognised document (src/recognise/types.ts) → the data of a vanthu YAML file, field by
 * field, in the order of data/'s samples. Each line goes to the field the recogniser named; the
 * lines vanthu prints itself (tiêu đề, "*", "-----", the labels "Kính gửi:", "Nơi nhận:", an
 * appendix's "(Kèm theo …)") are left out when they are what the profile prints, and kept in a
 * comment otherwise; the body, a phụ lục's body, become Markdown (body.ts) from the document's
 * own blocks, so tables and page breaks stay where they were. Nothing is dropped: a line no field
 * takes is written in a comment, with a note that says where it was.
 */
import type { ReadBlock, ReadParagraph, ReadRoot } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import type { Line, Recognised, RecognisedDocument } from "../recognise/types";
import { blocksToMarkdown, type BodyNote } from "./body";
import { patternRegex, readNumberLine, type NumberLine } from "../recognise/number-line";
import { writtenDate } from "../template/format";
import { upperVi } from "../text/upper";
import { splitInvitation } from "./giay-moi";
import { issuersOf, kindOfTitle, lenientDateLine } from "./values";
import type { YamlComment } from "./yaml-writer";

/** Something the import could not place, or could not keep exactly; turned into a warning by the caller. */
export interface ImportNote {
  kind: "unplaced" | "format" | "control";
  /** The field it is nearest to (a dotted path), or none. */
  path?: string;
  message: string;
  source?: number;
}

export interface DocumentData {
  data: Record<string, unknown>;
  comments: YamlComment[];
  notes: ImportNote[];
}

/** Lines laid out by vanthu itself: left out when their text is the profile's. */
const PRINTED_ROLES = [
  "sao",
  "phan-cach",
  "tieu-de",
  "quoc-hieu",
  "tieu-ngu",
  "noi-nhan-nhan",
  "phu-luc-kem-theo",
];
const BODY_ROLES = new Set(["noi-dung", "chu-thich", "bang-dau", "bang-o", "bang-tieu-de"]);

export function toDocumentData(rec: Recognised, profile: Profile): DocumentData {
  const comments: YamlComment[] = [];
  const notes: ImportNote[] = [];
  const lineOf = new Map<ReadParagraph, Line[]>();
  for (const doc of rec.documents)
    for (const l of doc.lines) lineOf.set(l.paragraph, [...(lineOf.get(l.paragraph) ?? []), l]);
  const main = rec.documents.find((d) => d.prefix === "") ?? rec.documents[0];
  const data = main
    ? documentData(main, rec, profile, lineOf, comments, notes)
    : { loai: "", the_thuc: profile.id, noi_dung: "" };
  const enclosed = rec.documents.filter((d) => d.prefix.startsWith("kem_theo."));
  if (enclosed.length)
    data.kem_theo = enclosed.map((d) => documentData(d, rec, profile, lineOf, comments, notes));
  return { data, comments, notes };
}

interface Signer {
  quyen_han?: string;
  chuc_vu?: string;
  ho_ten?: string;
}

function documentData(
  doc: RecognisedDocument,
  rec: Recognised,
  profile: Profile,
  lineOf: Map<ReadParagraph, Line[]>,
  comments: YamlComment[],
  notes: ImportNote[],
): Record<string, unknown> {
  const prefix = doc.prefix ? `${doc.prefix}.` : "";
  const local = (field: string) => (field.startsWith(prefix) ? field.slice(prefix.length) : field);
  const loai = doc.kind ?? "";
  const data: Record<string, unknown> = { loai, ...(doc.prefix ? {} : { the_thuc: profile.id }) };
  const issuerLines: { key: "cap_tren" | "ten"; text: string }[] = [];
  const signers: Signer[] = [];
  const noiNhan: (string | { nhom: string[]; ghi_chu: string })[] = [];
  const lists: Record<string, string[]> = {};
  const appendices: Record<string, unknown>[] = [];
  const unplaced = (l: { text: string; source?: number }, near: string, why: string) => {
    comments.push({
      path: [...(doc.prefix ? doc.prefix.split(".").map(pathKey) : []), near],
      text: `${why}: ${l.text}`,
    });
    notes.push({
      kind: "unplaced",
      path: prefix + near,
      message: `${why}: «${excerpt(l.text)}»; đã ghi lại trong chú thích YAML ở trường ${near}`,
      ...(l.source !== undefined && { source: l.source }),
    });
  };
  const add = (key: string, text: string) => (lists[key] ??= []).push(text);
  const join = (obj: Record<string, string>, key: string, text: string) =>
    (obj[key] = obj[key] ? `${obj[key]}\n${text}` : text);

  // The body and each phụ lục's body: the document's blocks whose lines are all body lines.
  const bodies = bodyBlocks(doc, rec.tree, lineOf, local);
  let numberLine: NumberLine | undefined;
  const groupOf = new Map<string, { nhom: string[]; ghi_chu: string }>();

  for (const l of doc.lines) {
    const field = local(l.field);
    const text = l.text.trim();
    if (!text || isBodyField(field, l.role)) continue;
    if (PRINTED_ROLES.includes(l.role) || field === "tieu_de") {
      if (!printedByProfile(profile, l.role, text))
        unplaced(l, field === "tieu_de" ? "co_quan" : "noi_nhan", "dòng này khác dòng thể thức tự in");
      continue;
    }
    const signer = /^nguoi_ky(?:\.(\d+))?\.(quyen_han|chuc_vu|ho_ten)$/.exec(field);
    const appendix = /^phu_luc\.(\d+)(?:\.(so|tieu_de))?$/.exec(field);
    const joint = /^dong_ban_hanh\.(\d+)\.(ten|cap_tren|viet_tat)$/.exec(field);
    if (signer) {
      const s = (signers[Number(signer[1] ?? 0)] ??= {});
      join(s as Record<string, string>, signer[2], text);
    } else if (joint && joint[2] !== "viet_tat")
      issuerLines.push({ key: joint[2] as "ten" | "cap_tren", text });
    else if (field === "co_quan.cap_tren" || field === "co_quan.ten")
      issuerLines.push({ key: field.slice(8) as "ten" | "cap_tren", text });
    else if (field === "so") {
      numberLine = readNumberLine(profile, text);
      if (!numberLine) unplaced(l, "so", "không đọc được số và ký hiệu");
    } else if (field === "ngay") {
      const date = lenientDateLine(text);
      if (date) Object.assign(data, { dia_danh: date.dia_danh, ngay: writtenDate(date.ngay) });
      else unplaced(l, "ngay", "không đọc được địa danh và ngày tháng");
    } else if (field === "ten_loai") {
      const kind = kindOfTitle(profile, text);
      if (kind && !data.loai) data.loai = kind;
      else if (!kind) unplaced(l, "loai", "tên loại văn bản không có trong thể thức");
    } else if (field === "trich_yeu") data.trich_yeu = data.trich_yeu ? `${data.trich_yeu}\n${text}` : text;
    else if (field === "do_khan" || field === "do_mat") {
      const labels = (profile.labels[field] ?? {}) as Record<string, string>;
      const value = Object.entries(labels).find(
        ([, v]) => v.toLocaleUpperCase("vi") === text.toLocaleUpperCase("vi"),
      );
      if (value) data[field] = value[0];
      else unplaced(l, field, "không đọc được dấu độ khẩn, độ mật");
    } else if (field === "du_thao") {
      const lan = /(\d+)\s*$/.exec(text);
      data.du_thao = lan ? Number(lan[1]) : true;
    } else if (field === "danh_may") data.danh_may = text;
    else if (field === "tham_quyen" || l.role === "ban-hanh") {
      const thamQuyen = thamQuyenOf(profile, loai || String(data.loai), text);
      if (thamQuyen) data.tham_quyen = thamQuyen;
    } else if (field === "noi_nhan" || field.startsWith("noi_nhan.")) {
      const item = listItem(text, [profile.labels.noi_nhan]);
      if (!item) continue;
      const group = l.role === "noi-nhan-ghi-chu" ? undefined : groupKey(rec.tree, l.paragraph);
      if (l.role === "noi-nhan-ghi-chu") {
        const g = [...groupOf.values()].at(-1);
        if (g) g.ghi_chu = item;
        else noiNhan.push(item);
      } else if (group) {
        let g = groupOf.get(group);
        if (!g) {
          g = { nhom: [], ghi_chu: "" };
          groupOf.set(group, g);
          noiNhan.push(g);
        }
        g.nhom.push(item);
      } else noiNhan.push(item);
    } else if (/^(kinh_gui|kinh_trinh|kinh_moi|can_cu)(\.\d+)?$/.test(field)) {
      // A tờ trình's "Kính gửi:" / "Kính trình:" is its kinh_trinh.
      const named = field.replace(/\.\d+$/, "");
      const key = named === "kinh_gui" && data.loai === "to-trinh" ? "kinh_trinh" : named;
      const labels = [profile.labels[key], profile.labels.kinh_gui].filter(
        (x): x is string => typeof x === "string",
      );
      const item = listItem(text, labels);
      if (item) add(key, item);
    } else if (/^(toi_du|thoi_gian|dia_diem|chu_tri|ben_moi)$/.test(field)) data[field] = text;
    else if (appendix) {
      const a = (appendices[Number(appendix[1])] ??= {});
      if (appendix[2] === "so" || l.role === "phu-luc-so") {
        const so = /\s([IVXLC]+|\d+)\.?$/i.exec(text)?.[1];
        if (so) a.so = so;
      } else a.tieu_de = a.tieu_de ? `${a.tieu_de}\n${text}` : text;
    } else unplaced(l, "noi_dung", `dòng không thuộc trường nào (${l.field || "không rõ"})`);
  }

  // Header values, in data/'s order.
  const issuers =
    numberLine && data.loai ? issuersOf(profile, String(data.loai), numberLine.kyHieu) : undefined;
  const named = issuerEntries(issuerLines, 1 + (issuers?.others.length ?? 0));
  // The header prints names IN HOA; the name as typed is in the appendix line "(Kèm theo … của <tên>)"
  // and a giấy mời's "<tên> trân trọng kính mời:", when the document has them.
  let body = bodies.get("noi_dung");
  const invitation = data.loai === "giay-moi" && body ? splitInvitation(body, profile) : undefined;
  if (invitation) body = invitation.rest;
  const typed = [invitation?.ben, ...appendixIssuers(doc, profile)].filter((x): x is string => !!x);
  const ten = named[0]?.ten ?? "";
  const asTyped = typed.map((t) => recased(ten, t)).find((x) => x !== undefined);
  const co_quan: Record<string, string> = {
    ...(named[0]?.cap_tren && { cap_tren: named[0].cap_tren }),
    ten: asTyped ?? ten,
    viet_tat: issuers?.viet_tat ?? "",
    ...(issuers?.don_vi && { don_vi: issuers.don_vi }),
  };
  const ordered: Record<string, unknown> = { loai: data.loai };
  if (!doc.prefix) ordered.the_thuc = profile.id;
  ordered.co_quan = co_quan;
  if (named.length > 1)
    ordered.dong_ban_hanh = named.slice(1).map((c, i) => ({
      ...(c.cap_tren && { cap_tren: c.cap_tren }),
      ten: c.ten ?? "",
      viet_tat: issuers?.others[i] ?? "",
    }));
  if (numberLine?.so) ordered.so = Number(numberLine.so);
  if (numberLine?.kyHieu && !issuers) ordered.ky_hieu = numberLine.kyHieu;
  for (const k of ["do_mat", "do_khan", "du_thao", "dia_danh", "ngay", "trich_yeu"])
    if (k in data) ordered[k] = data[k];
  if (!("dia_danh" in ordered)) ordered.dia_danh = "";
  if (!("trich_yeu" in ordered)) ordered.trich_yeu = "";
  for (const k of ["kinh_gui", "kinh_trinh", "kinh_moi"])
    if (lists[k]) ordered[k] = punctuated(lists[k], profile, "kinh_gui");
  if (invitation) {
    const ben = invitation.ben?.replace(/\s+/g, " ");
    if (ben && ben !== co_quan.ten.replace(/\s*\n\s*/g, " ")) ordered.ben_moi = ben;
    const { kinh_moi, ...rest } = invitation.fields;
    if (kinh_moi) ordered.kinh_moi = punctuated(kinh_moi as string[], profile, "kinh_gui");
    Object.assign(ordered, rest);
  }
  if (data.tham_quyen) ordered.tham_quyen = data.tham_quyen;
  if (lists.can_cu) ordered.can_cu = punctuated(lists.can_cu, profile, "can_cu");
  ordered.noi_dung = body ? markdownOf(body, profile, notes) : "";
  if (noiNhan.length) ordered.noi_nhan = punctuatedItems(noiNhan, profile);
  if (data.danh_may) ordered.danh_may = data.danh_may;
  const people = signers.filter(Boolean).map((s) => ({
    ...(s.quyen_han && { quyen_han: s.quyen_han }),
    chuc_vu: s.chuc_vu ?? "",
    ho_ten: s.ho_ten ?? "",
  }));
  ordered.nguoi_ky = people.length === 1 ? people[0] : people.length ? people : { chuc_vu: "", ho_ten: "" };
  const phuLuc = appendices.map((a, i) => ({
    ...(a.so !== undefined && { so: a.so }),
    tieu_de: a.tieu_de ?? "",
    noi_dung: bodies.has(`phu_luc.${i}`) ? markdownOf(bodies.get(`phu_luc.${i}`)!, profile, notes) : "",
  }));
  if (phuLuc.length) ordered.phu_luc = phuLuc;
  return ordered;
}

/**
 * The issuers in header order: a "ten" line starts the next issuer while fewer than `expected` are named;
 * else it continues the name.
 */
function issuerEntries(lines: { key: "cap_tren" | "ten"; text: string }[], expected: number) {
  const out: { cap_tren?: string; ten?: string }[] = [];
  for (const l of lines) {
    let cur = out.at(-1);
    const next = !cur || (cur.ten !== undefined && (l.key === "cap_tren" || out.length < expected));
    if (next) out.push((cur = {}));
    cur![l.key] = cur![l.key] ? `${cur![l.key]}\n${l.text}` : l.text;
  }
  return out;
}

/** The issuer's name in each appendix line "(Kèm theo … của <tên>)", by the profile's pattern. */
function appendixIssuers(doc: RecognisedDocument, profile: Profile): string[] {
  const pattern = profile.appendix?.reference;
  if (!pattern) return [];
  const re = patternRegex(pattern, { co_quan: ".+" });
  return doc.lines
    .filter((l) => l.role === "phu-luc-kem-theo")
    .flatMap((l) => re.exec(l.text.trim().replace(/\u2011/g, "-"))?.groups?.co_quan ?? []);
}

/**
 * `printed` (IN HOA, maybe over several lines) with the letters of `typed` when they are the same name; else
 * undefined.
 */
function recased(printed: string, typed: string): string | undefined {
  const letters = [...typed.replace(/\s+/g, "")];
  if (upperVi(letters.join("")) !== upperVi(printed.replace(/\s+/g, "")) || !printed) return undefined;
  let i = 0;
  return [...printed].map((c) => (/\s/.test(c) ? c : letters[i++])).join("");
}

const pathKey = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);
const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, " ");

function isBodyField(field: string, role: string): boolean {
  if (field === "noi_dung") return true;
  return /^phu_luc\.\d+(\.noi_dung)?$/.test(field) && !role.startsWith("phu-luc");
}

/** The profile prints exactly this line in this role (a tiêu đề line, "*", "-----", "Nơi nhận:"). */
function printedByProfile(profile: Profile, role: string, text: string): boolean {
  const k = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");
  const labels = profile.labels as Record<string, unknown>;
  const texts = [
    ...profile.labels.tieu_de.map((t) => t.text),
    ...Object.values(labels).filter((v): v is string => typeof v === "string"),
  ];
  if (role === "phu-luc-kem-theo") return /^\(?kèm theo/iu.test(text.trim());
  return texts.some((t) => t && k(t) === k(text));
}

/** A list line without its label ("Kính gửi:"), bullet ("- ", "+ ", "•") and surrounding space; empty: nothing left. */
function listItem(text: string, labels: readonly unknown[]): string {
  let t = text.trim();
  for (const label of labels)
    if (
      typeof label === "string" &&
      label &&
      t.toLocaleLowerCase("vi").startsWith(label.toLocaleLowerCase("vi"))
    )
      t = t.slice(label.length).trim();
  return t.replace(/^[-–+•]\s*/, "").trim();
}

/** The typed end punctuation is dropped where it is what the profile adds itself, so the YAML reads as data/'s. */
function punctuated(items: string[], profile: Profile, kind: "kinh_gui" | "can_cu" | "noi_nhan"): string[] {
  const rules = profile.recipients[kind];
  if (!rules) return items;
  return items.map((item, i) => {
    const end = i === items.length - 1 ? rules.last : rules.separator;
    return end && item.endsWith(end) && !/[,;.:!?]$/.test(item.slice(0, -end.length))
      ? item.slice(0, -end.length)
      : item;
  });
}

function punctuatedItems(items: (string | { nhom: string[]; ghi_chu: string })[], profile: Profile) {
  const flat = items.flatMap((i) => (typeof i === "string" ? [i] : i.nhom));
  const clean = punctuated(flat, profile, "noi_nhan");
  let next = 0;
  return items.map((i) =>
    typeof i === "string"
      ? clean[next++]
      : { nhom: clean.slice(next, (next += i.nhom.length)), ghi_chu: i.ghi_chu },
  );
}

/**
 * "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH" → "BAN THƯỜNG VỤ TỈNH ỦY" by the profile's enacting pattern; a state's
 * own line is the whole text.
 */
function thamQuyenOf(profile: Profile, loai: string, text: string): string | undefined {
  const ten_loai = profile.kinds[loai]?.title ?? "";
  const labels = profile.labels as Record<string, unknown>;
  const patterns = [labels.ban_hanh, labels.tham_quyen].filter((p): p is string => typeof p === "string");
  for (const pattern of patterns) {
    const m = patternRegex(pattern, { ten_loai: escapeRegex(ten_loai), tham_quyen: ".+" }).exec(text.trim());
    // The line the profile prints with no thẩm quyền in it ("QUYẾT ĐỊNH:") holds no value.
    if (m) return m.groups?.tham_quyen?.trim() || undefined;
  }
  return text.trim() || undefined;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The layout-table cell a Nơi nhận line sits in when that cell is a brace group (a nested table's cell with a
 * right border).
 */
function groupKey(tree: ReadRoot, p: ReadParagraph): string | undefined {
  let found: string | undefined;
  const visit = (blocks: readonly ReadBlock[], nestedIn: string | undefined, path: string) => {
    blocks.forEach((b, bi) => {
      if (found || b.type !== "table") return;
      b.rows.forEach((r, ri) =>
        r.cells.forEach((c, ci) => {
          const here = `${path}/${bi}.${ri}.${ci}`;
          const braced = b.look.nested && c.borders?.includes("right");
          for (const x of c.children) if (x === p) found = braced ? here : undefined;
          visit(c.children, braced ? here : nestedIn, here);
        }),
      );
    });
  };
  tree.sections.forEach((s, si) => visit(s.children, undefined, String(si)));
  return found;
}

/** Top-level blocks of the document's sections that hold only body lines, by target: "noi_dung", "phu_luc.0" … */
function bodyBlocks(
  doc: RecognisedDocument,
  tree: ReadRoot,
  lineOf: Map<ReadParagraph, Line[]>,
  local: (field: string) => string,
): Map<string, ReadBlock[]> {
  const out = new Map<string, ReadBlock[]>();
  const targetOf = (p: ReadParagraph): string | undefined => {
    const lines = lineOf.get(p);
    if (!lines?.length) return undefined;
    const f = local(lines[0].field);
    if (!isBodyField(f, lines[0].role)) return undefined;
    return f.startsWith("phu_luc") ? f.replace(/\.noi_dung$/, "") : "noi_dung";
  };
  const paragraphsOf = (b: ReadBlock): ReadParagraph[] =>
    b.type === "paragraph"
      ? [b]
      : b.type === "table"
        ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.children.flatMap(paragraphsOf)))
        : [];
  for (const s of doc.sections) {
    let current: string | undefined;
    for (const b of tree.sections[s]?.children ?? []) {
      if (b.type === "pageBreak") {
        if (current) out.get(current)!.push(b);
        continue;
      }
      const targets = new Set(
        paragraphsOf(b)
          .filter((p) => lineOf.has(p))
          .map(targetOf),
      );
      const [only] = targets;
      if (targets.size === 1 && only) {
        current = only;
        if (!out.has(only)) out.set(only, []);
        out.get(only)!.push(b);
      } else if (targets.size) current = undefined;
    }
  }
  // A page break at the end of a body is the section's own break, not the author's.
  for (const blocks of out.values()) while (blocks.at(-1)?.type === "pageBreak") blocks.pop();
  return out;
}

function markdownOf(blocks: ReadBlock[], profile: Profile, notes: ImportNote[]): string {
  const names = Object.fromEntries(Object.entries(profile.styles).map(([id, st]) => [id, st.name]));
  const own = [...profile.headings, ...BODY_ROLES];
  const ownStyles = new Set([...own, ...own.map((id) => names[id]).filter((n): n is string => !!n)]);
  const foreign = !blocks.some(
    (b) => b.type === "paragraph" && (ownStyles.has(b.style) || ownStyles.has(b.look.styleName ?? "")),
  );
  const caption = profile.tables.bang?.caption_style;
  const result = blocksToMarkdown(blocks, { headings: profile.headings, caption, foreign, names });
  for (const n of result.notes) notes.push(formatNote(n));
  return result.markdown;
}

const FORMAT_MESSAGES: Record<BodyNote["kind"], string> = {
  marks:
    "chữ đậm, nghiêng của đoạn này không viết được bằng Markdown (dấu đậm sát dấu câu); chữ được giữ nguyên, định dạng đậm, nghiêng bị bỏ",
  underline: "Markdown không có gạch chân; chữ gạch chân được giữ, gạch chân bị bỏ",
  "nested-table": "bảng lồng trong ô bảng: chữ của bảng con được ghi thành các dòng của ô",
  "page-number": "trường số trang trong thân văn bản bị bỏ (vanthu tự đánh số trang)",
  control: "đã xóa ký tự điều khiển không được phép trong văn bản (thường do dán từ PDF)",
};

const formatNote = (n: BodyNote): ImportNote => ({
  kind: n.kind === "control" ? "control" : "format",
  path: "noi_dung",
  message: FORMAT_MESSAGES[n.kind],
  ...(n.source !== undefined && { source: n.source }),
});
