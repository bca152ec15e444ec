/**
 * The zip container of a .docx (fflate), opened within READ_LIMITS: only the XML parts the
 * reader needs are inflated, each into a buffer of its declared size, after every size is checked.
 */
import { strFromU8, unzipSync } from "fflate";
import { READ_LIMITS } from "./limits";

export type ZipProblem =
  | { kind: "not-zip" }
  | { kind: "damaged"; detail: string }
  | { kind: "protected" }
  | { kind: "too-large"; what: string };

export interface Package {
  /** Names of every entry, in the zip's order. */
  names: string[];
  /** The text of a part, or undefined when the package has none by that name. */
  text(name: string): string | undefined;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOle = (b: Uint8Array) => OLE.every((x, i) => b[i] === x);
const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Parts worth inflating: XML and relationships (images and fonts never are). */
const wanted = (name: string) => /\.(xml|rels)$/i.test(name);

class Stop extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

export function openZip(bytes: Uint8Array): Package | ZipProblem {
  if (bytes.length > READ_LIMITS.fileBytes)
    return { kind: "too-large", what: `tệp nặng ${mb(bytes.length)}` };
  if (isOle(bytes)) return { kind: "protected" };
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { kind: "not-zip" };
  const names: string[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        names.push(f.name);
        if (names.length > READ_LIMITS.entries)
          throw new Stop({ kind: "too-large", what: `hơn ${READ_LIMITS.entries} phần trong tệp zip` });
        if (!wanted(f.name)) return false;
        if (f.compression !== 0 && f.compression !== 8) throw new Stop({ kind: "protected" });
        if (f.originalSize > READ_LIMITS.partBytes)
          throw new Stop({ kind: "too-large", what: `${f.name} giải nén ra ${mb(f.originalSize)}` });
        if (f.originalSize > READ_LIMITS.ratioFloorBytes && f.originalSize > f.size * READ_LIMITS.ratio)
          throw new Stop({
            kind: "too-large",
            what: `${f.name} nén ${Math.round(f.originalSize / Math.max(1, f.size))} lần (bom zip)`,
          });
        total += f.originalSize;
        if (total > READ_LIMITS.totalBytes)
          throw new Stop({
            kind: "too-large",
            what: `các phần XML giải nén ra hơn ${mb(READ_LIMITS.totalBytes)}`,
          });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    return { kind: "damaged", detail: e instanceof Error ? e.message : String(e) };
  }
  const lower = new Map(Object.keys(files).map((k) => [k.toLowerCase(), k]));
  return {
    names,
    text(name) {
      // Part names are case-insensitive (OPC); some producers write "Word/Document.xml".
      const key = files[name] ? name : lower.get(name.toLowerCase());
      if (key === undefined) return undefined;
      return decode(files[key]);
    },
  };
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM, as XML allows. */
function decode(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
  const s = strFromU8(b);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
