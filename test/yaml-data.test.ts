/** Reading YAML the same way everywhere: the shape checks and the aliases report YAML_SYNTAX at an offset. */
import { LineCounter } from "yaml";
import type { Code } from "../src/diagnostic";
import type { Where } from "../src/report";
import { checkShape, parseYaml, yamlData } from "../src/yaml-data";
import { yamlSyntaxMessage } from "../src/yaml-messages";

function reported(text: string): { calls: [Code, string, Where | undefined][]; data?: unknown } {
  const doc = parseYaml(text, new LineCounter());
  const calls: [Code, string, Where | undefined][] = [];
  const report = (code: Code, message: string, where?: Where) => void calls.push([code, message, where]);
  if (checkShape(doc, 20, report)) return { calls };
  return { calls, data: yamlData(doc, report)?.data };
}

describe("reading YAML data", () => {
  it("reports each key written twice at the offset of its second key", () => {
    const text = "a: 1\nb: 2\na: 3\n";
    expect(reported(text).calls).toEqual([
      ["YAML_SYNTAX", yamlSyntaxMessage("DUPLICATE_KEY"), { offset: text.lastIndexOf("a:") }],
    ]);
  });

  it("reports a key that is not a name, and a tag no field takes, once", () => {
    expect(reported("? [a]\n: 1\n").calls).toEqual([
      ["YAML_SYNTAX", yamlSyntaxMessage("NON_STRING_KEY"), { offset: 2 }],
    ]);
    expect(reported("a: !!binary aGk=\n").calls.map(([, m]) => m)).toEqual([
      yamlSyntaxMessage("UNSUPPORTED_TAG"),
    ]);
  });

  it("reports an alias to no anchor at the alias, and gives no data", () => {
    const text = "a: 1\nb: *x\n";
    expect(reported(text)).toEqual({
      calls: [["YAML_SYNTAX", yamlSyntaxMessage("BAD_ALIAS"), { offset: text.indexOf("*x") }]],
      data: undefined,
    });
  });

  it("reports nothing for a well-formed text, and gives its data", () => {
    expect(reported("a: 1\nb: [x, y]\n")).toEqual({ calls: [], data: { a: 1, b: ["x", "y"] } });
  });
});
