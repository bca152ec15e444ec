/** Which workbooks a document's ```bang blocks name, found as the body reader finds the blocks (tree/fence.ts). */
import { tepsIn } from "../../src/sheet/references";

describe("the workbooks a body names", () => {
  it("are the tep of each ```bang block, closed or not, in any fence the body reader takes", () => {
    const body = "Đoạn.\n\n```bang\ntep: a.xlsx\n```\n\n~~~~ BANG\ntep: b.xlsx\n~~~~\n\n```bang\ntep: c.xlsx";
    expect(tepsIn(body)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
  });

  it("are not in other fenced blocks, nor in a block indented as code", () => {
    expect(tepsIn("```yaml\ntep: a.xlsx\n```\n\n    ```bang\n    tep: b.xlsx\n    ```")).toEqual([]);
  });
});
