/**
 * `vanthu render --pdf`, run as a user runs it: a batch's PDFs made in one LibreOffice run, with
 * their pages and text; a conversion that fails (LibreOffice writes nothing, or half a file) is
 * reported as PDF_FAILED and exit 1, never as done; a machine without LibreOffice gets one
 * message that says how to install it. The real-LibreOffice test needs soffice and poppler
 * (.ci/run installs them): skipped locally without soffice, failing in CI.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasSoffice, pageCount, tool } from "../../support/pdf";
import { ROOT } from "../../support/samples";

const CLI = join(ROOT, "dist/src/cli/main.js");
const SAMPLES = ["data/002-cong-van-1866-cv-tu.yaml", "data/nha-nuoc/quyet-dinh-15-qd-ubnd.yaml"].map((f) =>
  join(ROOT, f),
);

const dirs: string[] = [];
const sandbox = () => {
  const d = mkdtempSync(join(tmpdir(), "vanthu-pdf-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A stand-in for soffice: a shell script run with LibreOffice's arguments. */
function fakeSoffice(dir: string, body: string): string {
  const path = join(dir, "soffice");
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** The --outdir argument the fake is given, and the input files after it. */
const OUTDIR = 'while [ "$1" != "--outdir" ]; do shift; done; out="$2"; shift 2; mkdir -p "$out"';

describe("vanthu render --pdf", () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  });

  (hasSoffice || process.env.CI ? it : it.skip)(
    "writes a PDF beside every .docx of a batch, with pages and the document's text",
    async () => {
      const out = sandbox();
      const r = await run(["render", ...SAMPLES, "-o", out, "--pdf", "--json"]);
      expect(r.stderr).not.toContain("PDF_FAILED");
      expect(r.status).toBe(0);
      const summary = JSON.parse(r.stdout) as { files: { output: string; pdf: string }[] };
      expect(summary.files.map((f) => f.pdf)).toEqual(
        summary.files.map((f) => f.output.replace(/\.docx$/, ".pdf")),
      );
      const [congVan, quyetDinh] = summary.files.map((f) => f.pdf);
      expect(pageCount(congVan)).toBeGreaterThanOrEqual(1);
      expect(pageCount(quyetDinh)).toBeGreaterThanOrEqual(1);
      const text = (pdf: string) => tool("pdftotext", pdf, "-").normalize("NFC").replace(/\s+/g, " ");
      expect(text(congVan)).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect(text(quyetDinh)).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    },
  );

  it("reports a file LibreOffice did not convert as PDF_FAILED, exit 1, and keeps its .docx", async () => {
    const dir = sandbox();
    const soffice = fakeSoffice(dir, `${OUTDIR}; exit 0`);
    const r = await run(["render", SAMPLES[0], "-o", join(dir, "out"), "--pdf", "--json"], {
      VANTHU_SOFFICE: soffice,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/LibreOffice không tạo được PDF từ tệp này.*\[PDF_FAILED\]/);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ rendered: 0, failed: 1 });
    expect(summary.files[0]).toMatchObject({ status: "error", pdf: null });
    expect(existsSync(summary.files[0].output)).toBe(true);
    expect(existsSync(summary.files[0].output.replace(/\.docx$/, ".pdf"))).toBe(false);
  });

  it("refuses a PDF cut short, and a LibreOffice that fails", async () => {
    const dir = sandbox();
    const halfPdf = fakeSoffice(
      dir,
      `${OUTDIR}; for f in "$@"; do b=$(basename "$f" .docx); printf '%%PDF-1.7\\n1 0 obj' > "$out/$b.pdf"; done`,
    );
    const cut = await run(["render", SAMPLES[0], "-o", join(dir, "a"), "--pdf"], { VANTHU_SOFFICE: halfPdf });
    expect(cut.status).toBe(1);
    expect(cut.stderr).toContain("tệp PDF LibreOffice ghi ra không trọn vẹn [PDF_FAILED]");
    expect(existsSync(join(dir, "a/002-cong-van-1866-cv-tu.pdf"))).toBe(false);

    const crash = fakeSoffice(join(dir), "echo 'javaldx: could not find a Java Runtime' >&2; exit 81");
    const failed = await run(["render", SAMPLES[0], "-o", join(dir, "b"), "--pdf"], {
      VANTHU_SOFFICE: crash,
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("LibreOffice dừng với mã 81");
  });

  it("says once how to install LibreOffice when it is missing", async () => {
    const dir = sandbox();
    const r = await run(["render", ...SAMPLES, "-o", join(dir, "out"), "--pdf"], {
      VANTHU_SOFFICE: join(dir, "khong-co-soffice"),
    });
    expect(r.status).toBe(1);
    expect(r.stderr.match(/không tìm thấy LibreOffice/g)).toHaveLength(1);
    expect(r.stderr).toContain("sudo apt-get install libreoffice-writer");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("leaves a batch without --pdf free of PDFs and of LibreOffice", async () => {
    const dir = sandbox();
    const soffice = fakeSoffice(dir, `touch "${join(dir, "called")}"`);
    const r = await run(["render", SAMPLES[0], "-o", join(dir, "out")], { VANTHU_SOFFICE: soffice });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "called"))).toBe(false);
    expect(spawnSync("ls", [join(dir, "out")], { encoding: "utf8" }).stdout.trim()).toBe(
      "002-cong-van-1866-cv-tu.docx",
    );
    expect(readFileSync(join(dir, "out/002-cong-van-1866-cv-tu.docx")).subarray(0, 2).toString()).toBe("PK");
  });
});
