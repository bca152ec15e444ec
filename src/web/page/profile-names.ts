/**
 * What the page calls each profile: its short name ("Văn bản của Đảng", the profile's own name
 * without the part in brackets), its full name where two short names are the same, and the
 * full name with its id where even those are (a copy under `serve --profiles DIR`), so no two
 * profiles on the page ever read the same.
 */
import type { ProfileInfo } from "../spec";

const short = (p: ProfileInfo) => p.name.replace(/\s*\(.*\)\s*$/, "") || p.id;

export function profileNames(profiles: ProfileInfo[]): Map<string, string> {
  const count = (names: string[], n: string) => names.filter((x) => x === n).length;
  const shorts = profiles.map(short);
  const fulls = profiles.map((p) => p.name || p.id);
  return new Map(
    profiles.map((p, i) => [
      p.id,
      count(shorts, shorts[i]) === 1
        ? shorts[i]
        : count(fulls, fulls[i]) === 1
          ? fulls[i]
          : `${fulls[i]} — ${p.id}`,
    ]),
  );
}
