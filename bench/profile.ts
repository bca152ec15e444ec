/** Where a CPU profile (`node --cpu-prof`) spends its time: self time by package and by function. */
import { readFileSync } from "node:fs";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export function hotSpots(
  file: string,
  top = 12,
): { packages: [string, number][]; functions: [string, number][] } {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, t] of self) {
    const f = byId.get(id)!;
    const module =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ??
      (/\/dist\/(src\/[^/]+)/.exec(f.url)?.[1]
        ? `vanthu ${/\/dist\/(src\/[^/]+)/.exec(f.url)![1]}`
        : f.url.startsWith("node:")
          ? "node"
          : f.functionName.startsWith("(")
            ? f.functionName
            : "other");
    packages.set(module, (packages.get(module) ?? 0) + t);
    const name = `${f.functionName || "(anonymous)"} (${module})`;
    functions.set(name, (functions.get(name) ?? 0) + t);
  }
  const share = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]): [string, number] => [k, (100 * t) / total]);
  return { packages: share(packages), functions: share(functions) };
}
