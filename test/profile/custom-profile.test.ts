/**
 * A third profile, added the way a maintainer would: copy a profile file into a folder outside
 * templates/, change its id and some numbers and labels, and point vanthu at the folder
 * (`loadResources(templates, [folder])`, CLI `--profiles <folder>`). No TypeScript changes: the
 * new numbers reach the .docx, the bundled profiles stay as they were, and a broken copy is
 * reported with its file and line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { createEngine } from "../../src/engine";
import { twipFromMm } from "../../src/docx/units";
import { DEFAULT_TEMPLATES, loadResources } from "../../src/resources";
import { readDocx } from "../support/docx-reader";
import { ROOT, TODAY } from "../support/samples";

const CLI = join(ROOT, "dist/src/cli/main.js");
const PARTY_SAMPLE = join(ROOT, "data/002-cong-van-1866-cv-tu.yaml");

/** A new Party guidance replacing HD 36, made from a copy of dang.yaml. */
function newGuidance(): string {
  const doc = parseDocument(readFileSync(join(DEFAULT_TEMPLATES, "profiles/dang.yaml"), "utf8"));
  doc.set("id", "dang-moi");
  doc.set("name", "Văn bản của Đảng (hướng dẫn mới, thử nghiệm)");
  doc.setIn(["page", "margins", "left"], 35);
  doc.setIn(["page", "margins", "top"], 25);
  doc.setIn(["styles", "ten-loai", "size"], 15);
  doc.setIn(["styles", "noi-dung", "size"], 13);
  doc.setIn(["labels", "noi_nhan"], "Nơi gửi:");
  doc.setIn(["kinds", "cong-van", "code"], "CVa");
  return doc.toString();
}

/** The same YAML as `file`, with `the_thuc` set to `id`. */
const asProfile = (file: string, id: string) => {
  const doc = parseDocument(readFileSync(file, "utf8"));
  doc.set("the_thuc", id);
  return doc.toString();
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-profiles-"));
  writeFileSync(join(dir, "dang-moi.yaml"), newGuidance());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a profile copied into a folder outside templates/", () => {
  it("is loaded beside the bundled profiles, which stay unchanged", () => {
    const resources = loadResources(DEFAULT_TEMPLATES, [dir]);
    expect(resources.diagnostics).toEqual([]);
    expect([...resources.profiles.keys()].sort()).toEqual(
      [...loadResources().profiles.keys(), "dang-moi"].sort(),
    );
    expect(resources.profiles.get("dang")!.page.margins.left).toBe(30);
    expect(resources.profiles.get("dang-moi")!.page.margins.left).toBe(35);
  });

  it("lays a document out with the new numbers and labels, through the same code", async () => {
    const engine = createEngine(loadResources(DEFAULT_TEMPLATES, [dir]));
    const outcome = await engine.render(asProfile(PARTY_SAMPLE, "dang-moi"), PARTY_SAMPLE, { today: TODAY });
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const docx = readDocx(outcome.docx!);
    expect(docx.sections[0].pgMar).toMatchObject({
      left: twipFromMm(35),
      top: twipFromMm(25),
      right: twipFromMm(15),
    });
    expect(docx.style("noi-dung")).toMatchObject({ size: 13 });
    expect(docx.paragraphs.find((p) => p.style === "so")!.text).toBe("Số 1866-CVa/TU");
    expect(docx.paragraphs.find((p) => p.style === "noi-nhan-nhan")!.text).toBe("Nơi gửi:");
    expect(outcome.tree!.profile).toBe("dang-moi");

    // The bundled profile, rendered by the same engine, is untouched.
    const party = readDocx(
      (await engine.render(readFileSync(PARTY_SAMPLE, "utf8"), PARTY_SAMPLE, { today: TODAY })).docx!,
    );
    expect(party.sections[0].pgMar).toMatchObject({ left: twipFromMm(30), top: twipFromMm(20) });
    expect(party.paragraphs.find((p) => p.style === "so")!.text).toBe("Số 1866-CV/TU");
  });

  it("is unknown to vanthu without the folder", () => {
    const outcome = createEngine(loadResources()).toTree(asProfile(PARTY_SAMPLE, "dang-moi"), PARTY_SAMPLE);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: "UNKNOWN_PROFILE", path: "the_thuc" }),
    ]);
    expect(outcome.diagnostics[0].message).toMatch(/dang, nha-nuoc/);
  });

  it("reports a broken copy as PROFILE_INVALID at its file and line", () => {
    const broken = mkdtempSync(join(tmpdir(), "vanthu-profiles-"));
    try {
      const doc = parseDocument(newGuidance());
      doc.set("id", "hong");
      doc.setIn(["styles", "ten-loai", "size"], "mười lăm");
      writeFileSync(join(broken, "hong.yaml"), doc.toString());
      const resources = loadResources(DEFAULT_TEMPLATES, [broken]);
      expect(resources.profiles.has("hong")).toBe(false);
      const d = resources.diagnostics.find((x) => x.code === "PROFILE_INVALID")!;
      expect(d).toMatchObject({
        severity: "error",
        file: join(broken, "hong.yaml"),
        path: "styles.ten-loai.size",
      });
      expect(doc.toString().split("\n")[d.line! - 1]).toMatch(/mười lăm/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  describe("through the command line (--profiles)", () => {
    // The documents live in their own folder: every .yaml in the profiles folder is a profile.
    let work: string;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: "utf8", timeout: 30000 });
    beforeAll(() => {
      if (!existsSync(CLI))
        throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does it)`);
      work = mkdtempSync(join(tmpdir(), "vanthu-docs-"));
      writeFileSync(join(work, "cong-van.yaml"), asProfile(PARTY_SAMPLE, "dang-moi"));
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it("renders a document in the added profile", () => {
      const r = run("render", "cong-van.yaml", "-o", "ra", "--profiles", dir);
      // The sample is a real document's text: the profile's consistency rewrites its "uỷ", with warnings.
      expect(r.stderr.replace(/^.*\[TEXT_UNIFIED\]$/gm, "")).not.toMatch(/\[[A-Z_]+\]/);
      expect(r.status).toBe(0);
      const docx = readDocx(readFileSync(join(work, "ra/cong-van.docx")));
      expect(docx.sections[0].pgMar).toMatchObject({ left: twipFromMm(35) });
    });

    it("fails with UNKNOWN_PROFILE without --profiles", () => {
      const r = run("render", "cong-van.yaml", "-o", "ra2");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/\[UNKNOWN_PROFILE\]/);
    });

    it("lists the added profile's kinds in `vanthu list`", () => {
      const r = run("list", "--json", "--profiles", dir);
      expect(r.status).toBe(0);
      const kinds = JSON.parse(r.stdout) as { loai: string; the_thuc: string[] }[];
      expect(kinds.find((k) => k.loai === "cong-van")!.the_thuc).toEqual(
        expect.arrayContaining(["dang", "dang-moi", "nha-nuoc"]),
      );
    });
  });
});
