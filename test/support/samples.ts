/** The engine over the bundled templates, and the samples in data/, rendered once per test file. */
import { readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { createEngine } from "../../src/engine";
import { loadResources } from "../../src/resources";
import { prepareProfile } from "../../src/docx/prepared";
import { layOut } from "../../src/layout/lay-out";
import { readDocx, type DocxInfo } from "./docx-reader";

export const ROOT = join(__dirname, "../..");
export const engine = createEngine(loadResources());
/** A fixed "today", so drafts with an empty date render the same every year. */
export const TODAY = new Date(2026, 10, 25);

/** Every sample file under data/ (files and folders starting with "_" are shared parts). */
export function sampleFiles(dir = join(ROOT, "data")): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("_") && !e.name.startsWith("."))
    .flatMap((e) =>
      e.isDirectory() ? sampleFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
    )
    .sort();
}
export const sampleName = (file: string) => relative(join(ROOT, "data"), file).replace(/\.ya?ml$/, "");

const cache = new Map<string, Promise<{ docx: DocxInfo; bytes: Buffer; tree: unknown }>>();

/** Render `file` (a sample path, or a name under data/) and read the .docx back. */
export function rendered(file: string) {
  const path = isAbsolute(file) ? file : join(ROOT, "data", file.endsWith(".yaml") ? file : `${file}.yaml`);
  if (!cache.has(path)) {
    cache.set(
      path,
      engine.render(readFileSync(path, "utf8"), path, { today: TODAY }).then((o) => {
        if (!o.docx) throw new Error(`${path} did not render: ${JSON.stringify(o.diagnostics)}`);
        return { docx: readDocx(o.docx), bytes: o.docx, tree: o.tree };
      }),
    );
  }
  return cache.get(path)!;
}

/** Render YAML text directly (for small cases built in a test). */
export async function renderText(yaml: string, file = "test.yaml") {
  const outcome = await engine.render(yaml, file, { today: TODAY });
  return { ...outcome, read: outcome.docx ? readDocx(outcome.docx) : undefined };
}

/** A minimal valid công văn, with fields replaced by `extra` lines appended after it. */
export const CONG_VAN = `loai: cong-van
co_quan:
  ten: Tỉnh ủy Lạng Sơn
  viet_tat: TU
so: 5
dia_danh: Lạng Sơn
ngay: 2020-02-03
trich_yeu: V/v thử nghiệm
kinh_gui:
  - Ban Dân vận Tỉnh ủy
noi_dung: |
  Đoạn thứ nhất.
noi_nhan:
  - Như trên
  - Lưu Văn phòng Tỉnh ủy
nguoi_ky:
  quyen_han: T/M BAN THƯỜNG VỤ
  chuc_vu: BÍ THƯ
  ho_ten: Nguyễn Văn A
`;

/** A tree as the writers write it: after the layout pass (src/layout/). */
export const laidOut = (tree: import("../../src/tree/types").Root) =>
  layOut(tree, prepareProfile(engine.resources.profiles.get(tree.profile)!));
