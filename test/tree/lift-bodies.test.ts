import { decodeXmlText, liftBodies } from "../../src/tree/lift-bodies";

describe("lifting Markdown bodies out of the markup", () => {
  it("replaces each body by a reference and keeps its attributes", () => {
    const { markup, bodies } = liftBodies(
      '<section><markdown field="noi_dung">A &amp; B</markdown><p style="x">y</p><markdown>C</markdown></section>',
    );
    expect(markup).toBe(
      '<section><markdown field="noi_dung" ref="0"/><p style="x">y</p><markdown ref="1"/></section>',
    );
    expect(bodies).toEqual(["A & B", "C"]);
  });

  it("decodes exactly what Handlebars escapes, and numeric references", () => {
    expect(
      decodeXmlText("&lt;p&gt; &quot;x&quot; &#x27;y&#x27; &#x60;z&#x60; &#x3D; &#8220;ok&#8221; &amp;amp;"),
    ).toBe("<p> \"x\" 'y' `z` = “ok” &amp;");
  });

  it("leaves a body that holds elements to the XML parser", () => {
    const markup = "<markdown>a <b>b</b></markdown>";
    expect(liftBodies(markup)).toEqual({ markup, bodies: [] });
  });

  it("keeps text that only looks like an entity or markup", () => {
    const { bodies } = liftBodies("<markdown>&amp;nbsp; {{x}} &amp;#x41;</markdown>");
    expect(bodies).toEqual(["&nbsp; {{x}} &#x41;"]);
  });
});
