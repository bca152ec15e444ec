/**
 * Reading a file at the edge: only a regular file is read (a device such as /dev/zero, a named
 * pipe or a folder is refused at once, in Vietnamese), never more than MAX_FILE_BYTES + 1 bytes
 * whatever its size said, and UTF-32 is named rather than read as UTF-16 full of NULs.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTextReader, decodeText, MAX_FILE_BYTES, readText } from "../src/read-file";

/** The module object itself, so spies reach the calls read-file.ts makes. */
const fs = require("node:fs") as typeof import("node:fs");

const unix = process.platform !== "win32";
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-read-"))));
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const NOT_REGULAR = /^không phải tệp thường \(thiết bị, ống dẫn…\); lưu văn bản vào một tệp \.yaml thường/;

describe("readText", () => {
  it("reads a regular file, and one through a link", () => {
    writeFileSync(join(dir, "a.yaml"), "loai: cong-van\n");
    symlinkSync(join(dir, "a.yaml"), join(dir, "b.yaml"));
    expect(readText(join(dir, "a.yaml"))).toEqual({ source: "loai: cong-van\n" });
    expect(readText(join(dir, "b.yaml"))).toEqual({ source: "loai: cong-van\n" });
  });

  (unix ? it : it.skip)("refuses a named pipe at once, without waiting for something to write to it", () => {
    execFileSync("mkfifo", [join(dir, "ong.yaml")]);
    expect(readText(join(dir, "ong.yaml"))).toEqual({ error: expect.stringMatching(NOT_REGULAR) });
  });

  (existsSync("/dev/zero") ? it : it.skip)(
    "refuses a link to a device such as /dev/zero without reading from it",
    () => {
      symlinkSync("/dev/zero", join(dir, "zero.yaml"));
      const read = jest.spyOn(fs, "readSync");
      expect(readText(join(dir, "zero.yaml"))).toEqual({ error: expect.stringMatching(NOT_REGULAR) });
      expect(read).not.toHaveBeenCalled();
    },
  );

  it("refuses a folder", () => {
    mkdirSync(join(dir, "thu-muc.yaml"));
    expect(readText(join(dir, "thu-muc.yaml"))).toEqual({ error: "đây là thư mục, không phải tệp" });
  });

  it("refuses a file larger than the limit without reading it", () => {
    truncateSync((writeFileSync(join(dir, "lon.yaml"), ""), join(dir, "lon.yaml")), MAX_FILE_BYTES + 1);
    const read = jest.spyOn(fs, "readSync");
    expect(readText(join(dir, "lon.yaml"))).toMatchObject({
      tooLarge: true,
      error: expect.stringMatching(/^tệp quá lớn \(8\.0 MB; tối đa 8 MB/),
    });
    expect(read).not.toHaveBeenCalled();
  });

  it("reads at most one byte past the limit when the file is larger than its size said (it grew, or the size lied)", () => {
    const file = join(dir, "lon.yaml");
    writeFileSync(file, "");
    truncateSync(file, MAX_FILE_BYTES + 5000);
    const small = fs.statSync(__filename);
    jest.spyOn(fs, "statSync").mockReturnValue(small);
    jest.spyOn(fs, "fstatSync").mockReturnValue(small);
    const read = jest.spyOn(fs, "readSync");
    expect(readText(file)).toMatchObject({
      tooLarge: true,
      error: expect.stringMatching(/^tệp quá lớn \(hơn 8 MB; tối đa 8 MB/),
    });
    const bytesRead = read.mock.results.reduce((sum, r) => sum + (r.value as number), 0);
    expect(bytesRead).toBe(MAX_FILE_BYTES + 1);
  });

  it("says what is missing", () => {
    expect(readText(join(dir, "khong-co.yaml"))).toEqual({ error: "không tìm thấy tệp" });
  });
});

describe("decodeText", () => {
  const utf32 = (text: string, le: boolean) => {
    const out = Buffer.alloc(4 + text.length * 4);
    const write = (i: number, c: number) => (le ? out.writeUInt32LE(c, i) : out.writeUInt32BE(c, i));
    write(0, 0xfeff);
    [...text].forEach((ch, i) => write(4 + i * 4, ch.codePointAt(0)!));
    return out;
  };

  it.each([true, false])(
    "refuses UTF-32 with its byte order mark (little-endian: %s), naming the encoding",
    (le) => {
      expect(decodeText(utf32("loai: cong-van\n", le))).toEqual({
        error: "tệp mã UTF-32; mở bằng trình soạn thảo và lưu lại với mã hóa UTF-8",
      });
    },
  );

  it("still reads UTF-16 with its byte order mark", () => {
    expect(decodeText(Buffer.from("\ufeffloai: công văn\n", "utf16le"))).toEqual({
      source: "loai: công văn\n",
    });
  });
});

describe("createTextReader (a shared base read for every unit)", () => {
  it("decodes an unchanged file once, and reads it afresh after any write, even one of the same size", () => {
    const file = join(dir, "_chung.yaml");
    writeFileSync(file, "so: 1\n");
    const read = createTextReader();
    const opened = jest.spyOn(fs, "openSync");
    expect(read(file)).toEqual({ source: "so: 1\n" });
    expect(read(file)).toEqual({ source: "so: 1\n" });
    expect(opened).toHaveBeenCalledTimes(1);
    writeFileSync(file, "so: 2\n");
    expect(read(file)).toEqual({ source: "so: 2\n" });
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it("says when the file is gone, and reads it again when it is back", () => {
    const file = join(dir, "_chung.yaml");
    writeFileSync(file, "so: 1\n");
    const read = createTextReader();
    read(file);
    rmSync(file);
    expect(read(file)).toEqual({ error: "không tìm thấy tệp" });
    writeFileSync(file, "so: 3\n");
    expect(read(file)).toEqual({ source: "so: 3\n" });
  });

  it("keeps nothing of what is not a regular file", () => {
    const read = createTextReader();
    expect(read(dir)).toEqual({ error: "đây là thư mục, không phải tệp" });
    expect(read(dir)).toEqual({ error: "đây là thư mục, không phải tệp" });
  });
});
