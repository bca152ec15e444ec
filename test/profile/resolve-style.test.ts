/** A style read through its `based_on` chain: the base's keys under its own, indents and spacing merged key by key. */
import type { Profile } from "../../src/profile/schema";
import { resolveStyle } from "../../src/profile/resolve-style";
import { engine } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const withStyles = (styles: Profile["styles"]): Profile => ({ ...dang, styles });

describe("resolveStyle", () => {
  it("puts a style's own keys over its base's, through the whole chain", () => {
    const p = withStyles({
      a: { size: 14, bold: true, indent: { left: 10, first_line: 5 }, spacing: { before: 6 } },
      b: { based_on: "a", italic: true, indent: { first_line: 0 } },
      c: { based_on: "b", bold: false, spacing: { after: 3 } },
    });
    expect(resolveStyle(p, "c")).toEqual({
      size: 14,
      bold: false,
      italic: true,
      based_on: "b",
      indent: { left: 10, first_line: 0 },
      spacing: { before: 6, after: 3 },
    });
  });

  it("gives a style without a base as it is, and an unknown id as an empty style", () => {
    const p = withStyles({ a: { size: 12 } });
    expect(resolveStyle(p, "a")).toEqual({ size: 12 });
    expect(resolveStyle(p, "khong-co")).toEqual({});
  });

  it("ends on a chain that comes back to itself (a profile the check refuses)", () => {
    const p = withStyles({ a: { based_on: "b", size: 10 }, b: { based_on: "a", bold: true } });
    expect(resolveStyle(p, "a")).toMatchObject({ size: 10, bold: true });
  });

  it("carries caps down the chain, as the tree's caps read them", () => {
    const p = withStyles({ ...dang.styles, "co-quan-phu": { based_on: "co-quan", bold: false } });
    expect(resolveStyle(p, "co-quan-phu")).toMatchObject({ caps: true, bold: false });
  });
});
