/**
 * Partials that call themselves, directly or through others, are a template error at the line of
 * the call that closes the loop: never a stack overflow or a process abort.
 */
import fc from "fast-check";
import { createEngine } from "../../src/engine";
import type { Diagnostic } from "../../src/diagnostic";
import { reportInto } from "../../src/report";
import { createTemplateEnv, type TemplateSource } from "../../src/template/env";
import { loopOf } from "../../src/template/recursion";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const input = engine.toTree(CONG_VAN, "x.yaml").input!;
const KIND: TemplateSource = {
  name: "cong-van",
  file: "/mau/kinds/cong-van.hbs",
  source: '<document>\n<section>\n<p style="so">mở</p>\n{{> p0}}\n</section>\n</document>\n',
};

/** Partials p0…p(n-1), each calling the next after `pad[i]` lines, the last calling p`back`. */
function chain(n: number, back: number, pad: number[]): TemplateSource[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `p${i}`,
    file: `/mau/partials/p${i}.hbs`,
    source: `${'<p style="so">dòng</p>\n'.repeat(pad[i])}{{> p${i + 1 < n ? i + 1 : back}}}\n`,
  }));
}

function failureOf(partials: TemplateSource[]): Diagnostic & { line: number } {
  const env = createTemplateEnv(dang, new Map([["cong-van", KIND]]), partials);
  const reported: Diagnostic[] = [];
  expect(env.render(input, TODAY, reportInto(reported, "x.yaml", "template"))).toBeUndefined();
  expect(reported).toHaveLength(1);
  return reported[0] as Diagnostic & { line: number };
}

describe("a partial that includes itself", () => {
  it("names the loop's repeating part", () => {
    expect(loopOf(["k", "a", "b", "a", "b"])).toEqual(["b", "a", "b"]);
    expect(loopOf(["k", "a", "a"])).toEqual(["a", "a"]);
  });

  it("is a failure at the line of its own call, not an abort", () => {
    const failure = failureOf([{ name: "p0", file: "/mau/partials/p0.hbs", source: "x\n\n  {{> p0}}\n" }]);
    expect(failure).toMatchObject({ file: "/mau/partials/p0.hbs", line: 3, column: 3 });
    expect(failure.message).toMatch(
      /^lỗi mẫu: phần mẫu dùng chung gọi lại chính nó không dừng \(p0 → p0 → …\)/,
    );
  });

  it("is found through any chain of partials, at a call inside the loop", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.integer({ min: 0, max: n - 1 }),
              fc.array(fc.nat(4), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, back, pad]) => {
          const failure = failureOf(chain(n, back, pad));
          const at = Number(/p(\d+)\.hbs$/.exec(failure.file)![1]);
          expect(at).toBeGreaterThanOrEqual(back);
          expect(failure.line).toBe(pad[at] + 1);
          const loop = Array.from({ length: n - back }, (_, i) => `p${back + i}`);
          for (const name of loop) expect(failure.message).toContain(name);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("is a TEMPLATE_ERROR diagnostic from the engine, on every render", () => {
    const partials = engine.resources.partials.map((p) =>
      p.name === "dau" ? { ...p, file: "/mau/partials/dau.hbs", source: `${p.source}{{> dau}}\n` } : p,
    );
    const looping = createEngine({ ...engine.resources, partials });
    for (let i = 0; i < 2; i++) {
      const outcome = looping.toTree(CONG_VAN, "x.yaml");
      expect(outcome.diagnostics).toEqual([
        expect.objectContaining({ code: "TEMPLATE_ERROR", file: "/mau/partials/dau.hbs", stage: "template" }),
      ]);
    }
  });
});
