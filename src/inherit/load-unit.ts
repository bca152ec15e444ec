/**
 * Loading a document whose file inherits shared fields: `ke_thua: ../chung.yaml` names a base
 * file (relative to the file that names it; a base may name its own). The unit's fields are
 * deep-merged over the base's (`merge.ts`), and `locate` answers with the file and line where
 * each merged value is actually written. The file system comes in as `read`, so this stays pure.
 */
import { dirname, isAbsolute, join, normalize, resolve } from "node:path";
import { append } from "../append";
import { hasErrors, type Diagnostic } from "../diagnostic";
import type { Locate } from "../field-path";
import { load, type Loaded } from "../load";
import { reportInto } from "../report";
import { fillSharedBlanks } from "./fill-shared";
import { deepMerge, ownerOf } from "./merge";

/** A file's text, or why it cannot be read (Vietnamese, e.g. "không tìm thấy tệp"). */
export type ReadFile = (file: string) => { source: string } | { error: string };

export const KE_THUA = "ke_thua";

import type { Layer } from "./layer";

export type { Layer };

/**
 * A loader that parses a base file again only when its text changed, however many units
 * inherit it (each use still asks `read`, which answers from what it kept only while the file is
 * unchanged — `createTextReader` — so a long-lived engine never sees a stale base).
 */
export function createUnitLoader(read: ReadFile) {
  const parsed = new Map<string, { source: string; layer: Layer }>();
  const base = (file: string): { layer?: Layer; error?: string } => {
    const r = read(file);
    if ("error" in r) return { error: r.error };
    const key = resolve(file);
    const hit = parsed.get(key);
    if (hit && hit.source === r.source && hit.layer.file === file) return hit;
    const layer = { file, loaded: load(r.source, file, { scalarsAsWritten: true }) };
    parsed.set(key, { source: r.source, layer });
    return { layer };
  };

  return function loadUnit(source: string, file: string): Loaded {
    const layers: Layer[] = [{ file, loaded: load(source, file, { scalarsAsWritten: true }) }];
    const diagnostics: Diagnostic[] = [...layers[0].loaded.diagnostics];
    const report = reportInto(diagnostics, file, "load");
    const seen = [resolve(file)];
    for (;;) {
      const { file: from, loaded } = layers[layers.length - 1];
      const data = loaded.data as Record<string, unknown> | undefined;
      const ref = data && typeof data === "object" && !Array.isArray(data) ? data[KE_THUA] : undefined;
      if (hasErrors(diagnostics) || ref === undefined) break;
      // Each problem of the chain is at the ke_thua line of the file that names the next.
      const at = { file: from, ...loaded.locate([KE_THUA]), path: [KE_THUA] };
      if (typeof ref !== "string" || !/\.ya?ml$/i.test(ref.trim())) {
        report(
          "INVALID_TYPE",
          "phải là đường dẫn tới một tệp YAML dùng chung (tính từ thư mục của tệp này), ví dụ: ke_thua: _chung.yaml",
          at,
        );
        break;
      }
      // A relative path is from this file's folder; an absolute one is used as written.
      const target = isAbsolute(ref.trim()) ? normalize(ref.trim()) : join(dirname(from), ref.trim());
      if (seen.includes(resolve(target))) {
        const chain = [...layers.map((l) => l.file), target].join(" → ");
        report("INHERIT_CYCLE", `kế thừa vòng tròn (${chain}); bỏ dòng ke_thua ở một trong các tệp này`, at);
        break;
      }
      const next = base(target);
      if (!next.layer) {
        report(
          "INHERIT_NOT_FOUND",
          `không đọc được tệp kế thừa ${target} (${next.error}); kiểm tra đường dẫn${isAbsolute(ref.trim()) ? "" : ", tính từ thư mục của tệp này"}`,
          at,
        );
        break;
      }
      seen.push(resolve(target));
      layers.push(next.layer);
      append(diagnostics, next.layer.loaded.diagnostics);
      const baseData = next.layer.loaded.data;
      if (
        !hasErrors(diagnostics) &&
        (typeof baseData !== "object" || baseData === null || Array.isArray(baseData))
      ) {
        report("INVALID_TYPE", "tệp kế thừa phải là một bảng các trường (co_quan: ..., nguoi_ky: ...)", {
          file: target,
          line: 1,
          column: 1,
        });
      }
    }
    if (layers.length === 1) return { ...layers[0].loaded, diagnostics };
    if (hasErrors(diagnostics)) return { data: undefined, locate: layers[0].loaded.locate, diagnostics };
    const datas = layers.map((l) => withoutKeThua(l.loaded.data));
    const merged = datas.reduceRight((acc, unit) => deepMerge(acc, unit));
    const locate: Locate = (path, at) => {
      const layer = layers[ownerOf(datas, path)];
      return { ...layer.loaded.locate(path, at), file: layer.file };
    };
    const filled = fillSharedBlanks(merged, datas, layers, locate);
    return { data: filled.data, locate, diagnostics: [...diagnostics, ...filled.diagnostics] };
  };
}

function withoutKeThua(data: unknown): unknown {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data;
  const { [KE_THUA]: _, ...rest } = data as Record<string, unknown>;
  return rest;
}
