/**
 * The fields a kind's schema takes, nested ones as dotted names (`co_quan.ten`), each with its
 * Vietnamese label and help (fields.ts) and whether it is required: what `vanthu list` prints and
 * docs/truong.md tabulates.
 */
import type * as z from "zod";
import { FIELDS } from "./fields";
import { objectShape } from "./shape";

export interface FieldInfo {
  ten: string;
  nhan: string;
  huong_dan: string;
  bat_buoc: boolean;
}

export function fieldList(shape: Record<string, z.ZodType>, prefix = ""): FieldInfo[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const doc = FIELDS[name] ?? { label: name, help: "" };
    const own: FieldInfo = {
      ten: prefix + name,
      nhan: doc.label,
      huong_dan: schema.description ?? doc.help,
      bat_buoc: !schema.safeParse(undefined).success,
    };
    const inner = objectShape(schema);
    return inner ? [own, ...fieldList(inner, `${prefix}${name}.`)] : [own];
  });
}
