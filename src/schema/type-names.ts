/** The Vietnamese names of value types, for messages such as "phải là chữ, không phải danh sách". */
const TYPE_NAMES: Record<string, string> = {
  string: "chữ",
  number: "số",
  int: "số nguyên",
  boolean: "đúng/sai",
  object: "bảng các trường",
  array: "danh sách",
  null: "giá trị rỗng",
};

/** `string` → "chữ"; an unknown type name is returned as it is. */
export const typeName = (t: string): string => TYPE_NAMES[t] ?? t;

/** The type of a parsed YAML value, in the terms of TYPE_NAMES. */
export const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** A number as YAML writes it (".nan", ".inf"), for messages. */
export const yamlNumber = (n: number): string =>
  Number.isNaN(n) ? ".nan" : n === Infinity ? ".inf" : n === -Infinity ? "-.inf" : String(n);
