/** `vanthu list`: every document kind, the profiles that have it, and its fields with help. */
import type * as z from "zod";
import { fieldList } from "../../schema/field-list";
import { KINDS } from "../../schema/kinds";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";

export function listCommand(args: SessionOptions & { json?: boolean }, io: Io): number {
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const profiles = [...session.engine.resources.profiles.values()];
  const kinds = Object.entries(KINDS).map(([loai, schema]) => ({
    loai,
    ten: profiles.map((p) => p.kinds[loai]?.name).find(Boolean) ?? loai,
    the_thuc: profiles.filter((p) => p.kinds[loai]).map((p) => p.id),
    truong: fieldList(schema.shape as Record<string, z.ZodType>),
  }));
  if (args.json) {
    io.out(JSON.stringify(kinds, null, 2));
    return EXIT.ok;
  }
  for (const k of kinds) {
    io.out(`${k.loai} — ${k.ten} (thể thức: ${k.the_thuc.join(", ") || "chưa có"})`);
    for (const f of k.truong)
      io.out(`  ${f.bat_buoc ? "*" : " "} ${f.ten.padEnd(22)} ${f.nhan}: ${f.huong_dan}`);
  }
  io.out("(* bắt buộc)");
  return EXIT.ok;
}
