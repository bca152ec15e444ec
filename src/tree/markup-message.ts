/**
 * The XML checker's messages (fast-xml-parser, English) about the markup a template produced,
 * said in Vietnamese: what is wrong and what to write in the template instead.
 */
const MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^Expected closing tag '([^']*)' \(opened in line \d+, col \d+\) instead of closing tag '([^']*)'/,
    (m) => `thẻ </${m[2]}> đóng trong khi thẻ <${m[1]}> chưa đóng; thêm </${m[1]}> trước nó`,
  ],
  [
    /^Closing tag '([^']*)' has not been opened/,
    (m) => `thẻ </${m[1]}> đóng một thẻ chưa mở; xóa nó hoặc thêm <${m[1]}> ở trước`,
  ],
  [/^Closing tag '([^']*)' doesn't have proper closing/, (m) => `thẻ </${m[1]}> viết sai; viết </${m[1]}>`],
  [/^Closing tag '([^']*)' can't have attributes/, (m) => `thẻ đóng </${m[1]}> không được có thuộc tính`],
  [/^Unclosed tag '([^']*)'/, (m) => `thẻ <${m[1]}> chưa được đóng; thêm </${m[1]}>`],
  [/^Start tag expected/, () => "mẫu không sinh ra thẻ nào; mẫu phải sinh ra một phần tử <document> gốc"],
  [
    /^Multiple possible root nodes found/,
    () => "có nhiều phần tử gốc; mọi thứ phải nằm trong một <document>",
  ],
  [/^Extra text at the end/, () => "có chữ sau </document>; mọi thứ phải nằm trong <document>"],
  [/^char '&' is not expected/, () => "dấu & đứng riêng; trong mẫu viết &amp;"],
  [/^char '(.)' is not expected/, (m) => `ký tự "${m[1]}" không đúng chỗ (ngoài một thẻ)`],
  [/^Invalid space after '<'/, () => "có dấu cách ngay sau <; viết <p, </p>"],
  [/^Tag '([^']*)' is an invalid name/, (m) => `"${m[1]}" không phải tên thẻ hợp lệ`],
  [/^Attributes for '([^']*)' have open quote/, (m) => `thuộc tính của <${m[1]}> có dấu nháy chưa đóng`],
  [/^Attribute '([^']*)' is repeated/, (m) => `thuộc tính ${m[1]} viết hai lần`],
  [/^Attribute '([^']*)' is without value/, (m) => `thuộc tính ${m[1]} thiếu giá trị; viết ${m[1]}="…"`],
  [
    /^boolean attribute '([^']*)' is not allowed/,
    (m) => `thuộc tính ${m[1]} thiếu giá trị; viết ${m[1]}="…"`,
  ],
  [/^Attribute '([^']*)' has no space in starting/, (m) => `thiếu dấu cách trước thuộc tính ${m[1]}`],
  [/^Attribute '([^']*)' is an invalid name/, (m) => `"${m[1]}" không phải tên thuộc tính hợp lệ`],
  [/^attribute (\S+) has no value assigned/, (m) => `thuộc tính ${m[1]} thiếu giá trị; viết ${m[1]}="…"`],
  [/^XML declaration allowed only at the start/, () => "khai báo <?xml …?> chỉ được ở đầu; xóa nó"],
];

/** A Vietnamese sentence for the checker's message; one it does not know is named by its code. */
export function markupMessage(message: string, code: string): string {
  for (const [pattern, say] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return `mã đánh dấu sai (${code})`;
}
