/** docs/ma-loi.md: every diagnostic code in the order of CODES, with its meaning and examples. */
import { CODES } from "../diagnostic";
import { CODE_MEANINGS } from "./code-meanings";
import { code, generatedNote, table } from "./markdown";

export function codesPage(): string {
  const rows = CODES.map((c) => [
    code(c),
    CODE_MEANINGS[c].meaning,
    CODE_MEANINGS[c].examples.map(code).join("<br>"),
  ]);
  return `${generatedNote("`src/diagnostic.ts` (CODES) và `src/docs/code-meanings.ts`")}

# Mã lỗi / Diagnostic codes

Mỗi lỗi là một giá trị \`{severity, code, message, file, line, column, path, stage}\`; lỗi chặn việc
ghi tệp, cảnh báo (\`cảnh báo:\`) thì không. Lỗi \`vanthu check\` tìm trong tệp \`.docx\` (\`stage: "check"\`)
có thêm \`paragraph\` (số thứ tự đoạn, đếm cả đoạn trong bảng) và \`excerpt\` (mấy chữ đầu của đoạn), in
ra dạng \`cv.docx: đoạn 12 «Qua 5 năm thực hiện…» noi_dung: …\`.

${table(["mã", "ý nghĩa", "ví dụ"], rows)}

Mỗi mã có ít nhất một tệp mẫu trong \`test/fixtures/broken/\` (\`<tên>.yaml\` và \`<tên>.expected.json\`
ghi mã, dòng, cột, trường, lời báo); thêm một lỗi mới là thêm hai tệp đó. Một mã mới được thêm vào
\`CODES\` (\`src/diagnostic.ts\`) cùng ý nghĩa và ví dụ của nó (\`src/docs/code-meanings.ts\`), rồi
\`npm run docs\`.
`;
}
