/**
 * `npx vanthu` as a user gets it: from this clone once built, and from the packed package
 * (`npm pack`) installed into an empty folder — the command runs, renders a sample with the
 * bundled templates, and the package ships the JSON Schema its samples name. The install needs
 * the npm registry (as `npm ci` does) for vanthu's own dependencies.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/samples";

const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;
const npx = (cwd: string, ...args: string[]) =>
  spawnSync("npx", ["--no-install", "vanthu", ...args], { cwd, encoding: "utf8", timeout: 120000 });

describe("npx vanthu", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "vanthu-pack-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs from the clone once it is built", () => {
    const r = npx(ROOT, "--version");
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe(version);
  });

  it("installs from the packed package into an empty folder and renders a sample there", () => {
    execFileSync("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: ROOT, timeout: 120000 });
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    const app = join(dir, "app");
    execFileSync("mkdir", ["-p", app]);
    execFileSync(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", join(dir, tarball)],
      { cwd: app, timeout: 300000 },
    );
    expect(npx(app, "--version").stdout.trim()).toBe(version);

    copyFileSync(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"), join(app, "cv.yaml"));
    const r = npx(app, "render", "cv.yaml", "-o", "out");
    expect(r.status).toBe(0);
    expect(readFileSync(join(app, "out/cv.docx")).subarray(0, 2).toString()).toBe("PK");

    const shipped = join(app, "node_modules/vanthu/dist/vanthu.schema.json");
    expect(existsSync(shipped)).toBe(true);
    expect(JSON.parse(readFileSync(shipped, "utf8")).title).toBe("Văn bản vanthu");
    expect(existsSync(join(app, "node_modules/vanthu/dist/vanthu-chung.schema.json"))).toBe(true);
  }, 400000);
});

describe("the render bundle", () => {
  const bundle = () => readFileSync(join(ROOT, "dist/src/cli/commands/render.js"), "utf8");

  it("gives markdown-it entities' decoders alone, without the encoders' table", () => {
    expect(bundle()).toContain('"decodeHTML"');
    expect(bundle()).not.toContain('"encodeHTML"');
  });
});
