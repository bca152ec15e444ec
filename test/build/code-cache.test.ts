/** The runs whose compiled code the build keeps beside each bundle. */
import { join } from "node:path";
import { cacheRuns } from "../../src/build/code-cache";

describe("the code cache runs", () => {
  const runs = cacheRuns("/clone", "/scratch");

  it("leave the render bundle the cache of one document rendered in this thread, the cold start a user waits for", () => {
    const renders = runs.filter((args) => args[0] === "render");
    const last = renders.at(-1)!;
    expect(last.filter((a) => a.endsWith(".yaml"))).toHaveLength(1);
    expect(last).not.toContain("--jobs");
    expect(renders.some((args) => args.includes("--jobs"))).toBe(true);
  });

  it("check, import and chuan-hoa read the document the one-document render wrote before them", () => {
    const written = join("/scratch", "out/002-cong-van-1866-cv-tu.docx");
    const writer = runs.findIndex((args) => args[0] === "render" && args.includes(join("/scratch", "out")));
    for (const command of ["check", "import", "chuan-hoa"]) {
      const reader = runs.findIndex((args) => args[0] === command);
      expect(runs[reader]).toContain(written);
      expect(reader).toBeGreaterThan(writer);
    }
  });
});
