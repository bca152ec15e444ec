/**
 * The web form's server without a browser: the catalogue it builds from the schemas and
 * profiles, the same diagnostics and the same documents as the CLI's engine, YAML that
 * renders identically, and the answers to bad requests (400/413 with diagnostics as JSON).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { load } from "../../src/load";
import { KINDS } from "../../src/schema/kinds";
import { MAX_BYTES } from "../../src/web/app";
import type { Meta } from "../../src/web/spec";
import { serveCommand } from "../../src/cli/commands/serve";
import { readDocx } from "../support/docx-reader";
import { CONG_VAN, engine, ROOT } from "../support/samples";
import { appOver, builtPage } from "./support";

let page: Awaited<ReturnType<typeof builtPage>>;
let app: ReturnType<typeof appOver>;
beforeAll(async () => {
  page = await builtPage();
  app = appOver(page.dir);
});
afterAll(() => page.remove());

const post = (
  path: string,
  body: string,
  headers: Record<string, string> = { "Content-Type": "application/json" },
) => app.request(path, { method: "POST", body, headers });
const asData = (yaml: string) => load(yaml, "x.yaml").data as Record<string, unknown>;
const json = async (r: Response) =>
  (await r.json()) as {
    diagnostics: { code: string; path?: string; severity: string; message: string }[];
    tree?: unknown;
    data?: unknown;
    docx?: string;
  };
/** Diagnostics without where they are in which file (the form's YAML is not the sample's). */
const codes = (ds: { code: string; path?: string; severity: string; message: string }[]) =>
  ds.map(({ code, path, severity, message }) => ({ code, path, severity, message }));

const meta = async () => (await (await app.request("/api/meta")).json()) as Meta;
/** The samples the page offers, with their text. */
const samples = async () =>
  (await meta()).samples.map((s) => ({ ...s, text: readFileSync(`${ROOT}/data/${s.name}.yaml`, "utf8") }));

describe("the catalogue (GET /api/meta)", () => {
  it("lists each profile with the kinds it lays out, from the engine's resources", async () => {
    const m = await meta();
    expect(m.profiles.map((p) => p.id)).toEqual(
      [...engine.resources.profiles.keys()].filter((id) => m.profiles.some((p) => p.id === id)),
    );
    for (const p of m.profiles) {
      const profile = engine.resources.profiles.get(p.id)!;
      expect(p.kinds.map((k) => k.loai)).toEqual(
        Object.keys(profile.kinds).filter((k) => k in KINDS && engine.resources.kinds.has(k)),
      );
      expect(p.kinds.every((k) => k.name === profile.kinds[k.loai].name)).toBe(true);
    }
    expect(m.profiles[0].kinds.map((k) => k.loai)).toEqual(
      expect.arrayContaining(["cong-van", "bao-cao", "thong-bao"]),
    );
    expect(m.defaultProfile).toBe("dang");
    expect(m.maxBytes).toBe(MAX_BYTES);
  });

  it("builds a form for every kind from its zod schema, in the paper's order, with Vietnamese labels", async () => {
    const m = await meta();
    expect(Object.keys(m.forms).sort()).toEqual(Object.keys(KINDS).sort());
    const form = m.forms["cong-van"].fields;
    const byKey = Object.fromEntries(form.map((f) => [f.key, f]));
    const main = form.filter((f) => !f.more).map((f) => f.key);
    expect(main).toEqual([
      "co_quan",
      "so",
      "ky_hieu",
      "dia_danh",
      "ngay",
      "trich_yeu",
      "kinh_gui",
      "noi_dung",
      "noi_nhan",
      "nguoi_ky",
    ]);
    expect(byKey.co_quan).toMatchObject({ widget: "group", label: "Cơ quan ban hành", required: true });
    // A name may take two lines ("Ủy ban nhân dân\ntỉnh Hà Tĩnh"): a text area, never a one-line box.
    expect(byKey.co_quan.fields!.find((f) => f.key === "ten")).toMatchObject({
      label: "Tên cơ quan ban hành",
      required: true,
      widget: "textarea",
    });
    expect(byKey.so).toMatchObject({ widget: "text", numeric: true, required: false });
    expect(byKey.ngay).toMatchObject({ widget: "date", label: "Ngày ban hành" });
    expect(byKey.trich_yeu.widget).toBe("textarea");
    expect(byKey.noi_dung.widget).toBe("markdown");
    expect(byKey.kinh_gui).toMatchObject({ widget: "list", required: true, item: { widget: "text" } });
    expect(byKey.nguoi_ky.widget === "group" || byKey.nguoi_ky.widget === "union").toBe(true);
    // Help written for YAML names fields by their labels on the form.
    expect(byKey.ky_hieu.help).not.toMatch(/viet_tat/);
  });

  it("offers the whole-document samples of data/, each with its kind", async () => {
    const list = await samples();
    expect(list.map((s) => s.name)).toEqual(
      expect.arrayContaining(["002-cong-van-1866-cv-tu", "003-bao-cao-143-bc-tu", "004-thong-bao-ket-luan"]),
    );
    expect(list.find((s) => s.name === "003-bao-cao-143-bc-tu")).toMatchObject({
      loai: "bao-cao",
      title: expect.stringMatching(/^Báo cáo — /),
    });
  });
});

describe("documents from the form", () => {
  it("get the CLI's diagnostics and tree for every sample (POST /api/check)", async () => {
    for (const s of await samples()) {
      const answer = await json(await post("/api/check", JSON.stringify(asData(s.text))));
      const cli = engine.toTree(s.text, s.name);
      expect(codes(answer.diagnostics)).toEqual(codes(cli.diagnostics));
      expect(answer.tree).toEqual(cli.tree);
    }
  });

  it("download as YAML that `vanthu render` turns into the same document (POST /api/yaml)", async () => {
    for (const s of await samples()) {
      const r = await post("/api/yaml", JSON.stringify(asData(s.text)));
      expect(r.status).toBe(200);
      expect(r.headers.get("Content-Type")).toMatch(/^text\/yaml/);
      const yaml = await r.text();
      expect(asData(yaml)).toEqual(asData(s.text));
      expect(engine.toTree(yaml, "saved.yaml").tree).toEqual(engine.toTree(s.text, s.name).tree);
    }
  });

  it("keeps every value exactly through YAML, however it looks", async () => {
    const tricky = [
      "yes",
      "null",
      "~",
      "1866",
      "0012",
      "2020-07-21",
      " leading space",
      "a: b",
      "#not a comment",
      "- dash",
      "line one\nline two\n",
      "trailing\n\n",
      "tab\there",
      "“quoted”",
      "'single'",
      '"double"',
      "Lưu: VT, VX.",
    ];
    const data = {
      loai: "cong-van",
      the_thuc: "dang",
      trich_yeu: tricky.join("|"),
      kinh_gui: tricky,
      noi_nhan: tricky,
    };
    const yaml = await (await post("/api/yaml", JSON.stringify(data))).text();
    expect(asData(yaml)).toEqual(data);
  });

  it("download as the same .docx the engine renders, named in Vietnamese (POST /api/docx)", async () => {
    const data = asData(CONG_VAN);
    const r = await post("/api/docx", JSON.stringify(data));
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const disposition = r.headers.get("Content-Disposition")!;
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent("Công văn số 5.docx")}`);
    expect(disposition).toContain('filename="Cong van so 5.docx"');
    const served = readDocx(new Uint8Array(await r.arrayBuffer()));
    const direct = readDocx((await engine.render(CONG_VAN, "x.yaml")).docx!);
    expect(served.xml("word/document.xml")).toBe(direct.xml("word/document.xml"));
    expect(served.xml("word/styles.xml")).toBe(direct.xml("word/styles.xml"));
  });

  it("previews as the .docx in base64 with the diagnostics (POST /api/preview)", async () => {
    const answer = await json(await post("/api/preview", JSON.stringify(asData(CONG_VAN))));
    expect(answer.diagnostics).toEqual([]);
    expect(Buffer.from(answer.docx!, "base64").subarray(0, 2).toString()).toBe("PK");
  });

  it("report field problems with the CLI's codes and paths, and no .docx", async () => {
    const data = { ...asData(CONG_VAN), ngay: "2021-02-30", kinh_gui: [] };
    delete (data as Record<string, unknown>).dia_danh;
    const check = await post("/api/check", JSON.stringify(data));
    expect(check.status).toBe(200);
    const found = (await json(check)).diagnostics;
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "INVALID_DATE",
          path: "ngay",
          message:
            '"2021-02-30" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 28 tháng 2 năm 2021?',
        }),
        // Worded for the form: by label, without the help the form shows above the field.
        expect.objectContaining({ code: "MISSING_FIELD", path: "dia_danh", message: "chưa điền địa danh" }),
        expect.objectContaining({
          code: "INVALID_VALUE",
          path: "kinh_gui",
          message: "nơi gửi (Kính gửi) cần ít nhất 1 dòng",
        }),
      ]),
    );
    const docx = await post("/api/docx", JSON.stringify(data));
    expect(docx.status).toBe(400);
    expect(codes((await json(docx)).diagnostics)).toEqual(codes(found));
  });
});

describe("bad requests", () => {
  it("answer a body over the size limit with 413 and a Vietnamese diagnostic", async () => {
    const big = JSON.stringify({ ...asData(CONG_VAN), noi_dung: "x".repeat(MAX_BYTES + 10) });
    for (const path of ["/api/check", "/api/preview", "/api/docx", "/api/yaml", "/api/open"]) {
      const r = await post(path, big, {
        "Content-Type": path === "/api/open" ? "text/yaml" : "application/json",
      });
      expect(r.status).toBe(413);
      expect((await json(r)).diagnostics).toEqual([
        expect.objectContaining({ code: "FILE_UNREADABLE", message: expect.stringContaining("quá lớn") }),
      ]);
    }
  });

  it("answer a body that is not JSON with 400 YAML_SYNTAX, in Vietnamese only", async () => {
    const r = await post("/api/docx", "{ loai: cong-van");
    expect(r.status).toBe(400);
    const ds = (await json(r)).diagnostics;
    expect(ds).toEqual([
      expect.objectContaining({
        code: "YAML_SYNTAX",
        severity: "error",
        message: expect.stringContaining("không phải JSON hợp lệ"),
      }),
    ]);
    expect(ds[0].message).not.toMatch(/Unexpected|token|JSON at position/);
  });

  it("answer data nested too deep with 400, as the CLI answers such YAML, not a crash", async () => {
    const deep = `{"loai":"cong-van","x":${'{"a":'.repeat(1000)}1${"}".repeat(1000)}}`;
    for (const path of ["/api/check", "/api/preview", "/api/docx", "/api/yaml"]) {
      const r = await post(path, deep);
      expect(r.status).toBe(400);
      expect((await json(r)).diagnostics).toEqual([
        expect.objectContaining({
          code: "YAML_SYNTAX",
          message: "các trường lồng nhau quá sâu; văn bản không cần quá 64 cấp",
        }),
      ]);
    }
    const deepList = `{"loai":"cong-van","x":${"[".repeat(100000)}${"]".repeat(100000)}}`;
    expect((await post("/api/preview", deepList)).status).toBe(400);
  });

  it("name a download whatever its number holds: emoji cut whole, lone surrogates dropped", async () => {
    for (const so of ["a" + "😀".repeat(60), "12\uD800", "\uDC00x"]) {
      const r = await post("/api/yaml", `{"loai":"cong-van","the_thuc":"dang","so":"${so}"}`);
      expect(r.status).not.toBe(500);
      const body = JSON.stringify({ ...asData(CONG_VAN), so: JSON.parse(`"${so}"`) });
      const ok = await post("/api/yaml", body);
      expect(ok.status).toBe(200);
      const name = decodeURIComponent(
        /filename\*=UTF-8''(.+)$/.exec(ok.headers.get("Content-Disposition")!)![1],
      );
      expect(name).toBe(name.toWellFormed());
      expect(name).toMatch(/^Công văn số /);
    }
  });

  it("never read files on the server for ke_thua: the form's documents inherit nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanthu-secret-"));
    try {
      writeFileSync(join(dir, "bi-mat.yaml"), "trich_yeu: NỘI DUNG BÍ MẬT TRÊN MÁY CHỦ\n");
      const ref = relative(process.cwd(), join(dir, "bi-mat.yaml"));
      const data = { ...asData(CONG_VAN), ke_thua: ref };
      delete (data as Record<string, unknown>).trich_yeu;
      for (const [path, body, type] of [
        ["/api/check", JSON.stringify(data), "application/json"],
        ["/api/preview", JSON.stringify(data), "application/json"],
        ["/api/docx", JSON.stringify(data), "application/json"],
        ["/api/open?ten=a.yaml", `ke_thua: ${ref}\n${CONG_VAN}`, "text/yaml"],
      ]) {
        const text = await (await post(path, body, { "Content-Type": type })).text();
        expect(text).not.toContain("BÍ MẬT");
        expect(text.normalize("NFC")).toContain("biểu mẫu web không đọc tệp dùng chung (ke_thua)");
      }
      const ds = (await json(await post("/api/check", JSON.stringify(data)))).diagnostics;
      expect(ds).toContainEqual(
        expect.objectContaining({ code: "INHERIT_NOT_FOUND", path: "ke_thua", severity: "error" }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuse a POST from another website or another port (CSRF) with 403", async () => {
    const body = JSON.stringify(asData(CONG_VAN));
    const json_ = { "Content-Type": "application/json" };
    for (const headers of [
      { ...json_, Origin: "http://evil.example" },
      { ...json_, Origin: "http://localhost:8765" },
      { ...json_, Origin: "null" },
      { ...json_, "Sec-Fetch-Site": "cross-site" },
      { ...json_, "Sec-Fetch-Site": "same-site" },
    ]) {
      for (const path of ["/api/check", "/api/preview", "/api/docx", "/api/yaml"]) {
        const r = await post(path, body, headers);
        expect(r.status).toBe(403);
        expect((await json(r)).diagnostics[0].message).toContain("chỉ nhận yêu cầu từ chính trang biểu mẫu");
      }
      expect((await post("/api/open", CONG_VAN, { ...headers, "Content-Type": "text/yaml" })).status).toBe(
        403,
      );
    }
    // The page itself: its own origin, as served.
    expect(
      (
        await post("http://localhost/api/docx", body, {
          ...json_,
          Origin: "http://localhost",
          "Sec-Fetch-Site": "same-origin",
        })
      ).status,
    ).toBe(200);
    expect(
      (await post("http://127.0.0.1:4310/api/docx", body, { ...json_, Origin: "http://127.0.0.1:4310" }))
        .status,
    ).toBe(200);
  });

  it("refuse a body a plain HTML form could send (not application/json) with 415", async () => {
    const body = JSON.stringify(asData(CONG_VAN));
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "",
    ]) {
      for (const path of ["/api/check", "/api/preview", "/api/docx", "/api/yaml", "/api/open"]) {
        const r = await post(path, body, type ? { "Content-Type": type } : {});
        expect(r.status).toBe(415);
        expect((await json(r)).diagnostics[0].message).toContain("phải có Content-Type");
      }
    }
    expect(
      (await post("/api/docx", body, { "Content-Type": "application/json; charset=utf-8" })).status,
    ).toBe(200);
  });

  it("answer an unknown kind, a missing kind or a list with 400 and the CLI's codes", async () => {
    const cases: [unknown, string][] = [
      [{ ...asData(CONG_VAN), loai: "cong-vam" }, "UNKNOWN_KIND"],
      [{ co_quan: { ten: "X" } }, "MISSING_FIELD"],
      [["loai", "cong-van"], "INVALID_TYPE"],
      [{ ...asData(CONG_VAN), the_thuc: "khong-co" }, "UNKNOWN_PROFILE"],
    ];
    for (const [data, code] of cases) {
      for (const path of ["/api/check", "/api/preview", "/api/docx", "/api/yaml"]) {
        const r = await post(path, JSON.stringify(data));
        expect(r.status).toBe(400);
        const ds = (await json(r)).diagnostics;
        expect(ds.map((d) => d.code)).toContain(code);
      }
    }
    const unknown = (
      await json(await post("/api/check", JSON.stringify({ ...asData(CONG_VAN), loai: "cong-vam" })))
    ).diagnostics;
    expect(codes(unknown)).toEqual(
      codes(engine.toTree(CONG_VAN.replace("loai: cong-van", "loai: cong-vam"), "x.yaml").diagnostics),
    );
  });

  it("open a YAML file for the form, or say what is wrong with it (POST /api/open)", async () => {
    const ok = await post("/api/open?ten=cv.yaml", CONG_VAN, { "Content-Type": "text/yaml" });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data).toEqual(asData(CONG_VAN));
    const broken = await post("/api/open?ten=hong.yaml", "loai: cong-van\nco_quan: [", {
      "Content-Type": "text/yaml",
    });
    expect(broken.status).toBe(400);
    const answer = await json(broken);
    expect(answer.data).toBeUndefined();
    expect(answer.diagnostics[0]).toMatchObject({
      code: "YAML_SYNTAX",
      file: "hong.yaml",
      line: expect.any(Number),
    });
    const badName = await post(`/api/open?ten=${encodeURIComponent("../../etc/passwd")}`, CONG_VAN, {
      "Content-Type": "text/yaml",
    });
    expect(badName.status).toBe(400);
    expect((await json(badName)).diagnostics[0].code).toBe("INVALID_VALUE");
  });

  it("open a file in another encoding with the CLI's message, never as garbled text", async () => {
    // "Công văn" in Windows-1258: ô is 0xF4, ă is 0xE3 — not UTF-8.
    const cp1258 = Buffer.concat([
      Buffer.from("loai: cong-van\ntrich_yeu: C"),
      Buffer.from([0xf4]),
      Buffer.from("ng v"),
      Buffer.from([0xe3]),
      Buffer.from("n\n"),
    ]);
    const r = await app.request("/api/open?ten=cu.yaml", {
      method: "POST",
      body: cp1258,
      headers: { "Content-Type": "text/yaml" },
    });
    expect(r.status).toBe(400);
    const answer = await json(r);
    expect(answer.data).toBeUndefined();
    expect(answer.diagnostics).toEqual([
      expect.objectContaining({
        code: "FILE_UNREADABLE",
        file: "cu.yaml",
        line: 2,
        message: expect.stringContaining("không phải văn bản UTF-8"),
      }),
    ]);
    expect(answer.diagnostics[0].message).toContain("Windows-1258");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONG_VAN, "utf16le")]);
    const ok = await app.request("/api/open?ten=unicode.yaml", {
      method: "POST",
      body: utf16,
      headers: { "Content-Type": "text/yaml" },
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data).toEqual(asData(CONG_VAN));
  });

  it("serve samples by listed name only", async () => {
    expect((await app.request("/api/samples/003-bao-cao-143-bc-tu")).status).toBe(200);
    for (const name of ["../package.json", "..%2Fpackage.json", "batch/_chung", "khong-co"]) {
      const r = await app.request(`/api/samples/${name}`);
      expect(r.status).toBe(404);
      expect((await json(r)).diagnostics[0].code).toBe("FILE_UNREADABLE");
    }
  });

  it("refuse pages that are not on this machine (DNS rebinding)", async () => {
    const r = await app.request("http://evil.example/api/meta");
    expect(r.status).toBe(403);
    expect((await app.request("http://127.0.0.1:4310/api/meta")).status).toBe(200);
  });

  it("send the page with a content security policy", async () => {
    const r = await app.request("/");
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<html lang="vi">');
    expect(r.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
  });
});

describe("vanthu serve", () => {
  it("listens on 127.0.0.1 only, prints the address, reads no ke_thua file, and stops", async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), isTTY: false };
    let stop!: () => void;
    const running = serveCommand({ port: 0 }, io, new Promise<void>((r) => (stop = r)));
    for (let i = 0; i < 100 && !out.length; i++) await new Promise((r) => setTimeout(r, 50));
    try {
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out.join("\n"));
      expect(url).not.toBeNull();
      const res = await fetch(`${url![0]}api/meta`);
      expect(res.status).toBe(200);
      // Its engine reads no file for ke_thua (the CLI's own engine would read this one).
      const data = {
        ...asData(CONG_VAN),
        ke_thua: relative(process.cwd(), join(ROOT, "data/batch/_chung.yaml")),
      };
      const check = await fetch(`${url![0]}api/check`, {
        method: "POST",
        body: JSON.stringify(data),
        headers: { "Content-Type": "application/json" },
      });
      expect(JSON.stringify(await check.json())).toContain("biểu mẫu web không đọc tệp dùng chung (ke_thua)");
    } finally {
      stop();
    }
    expect(await running).toBe(0);
  });

  it("says in Vietnamese when the port is taken", async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), isTTY: false };
    let stop!: () => void;
    const first = serveCommand({ port: 0 }, io, new Promise<void>((r) => (stop = r)));
    for (let i = 0; i < 100 && !out.length; i++) await new Promise((r) => setTimeout(r, 50));
    const port = Number(/:(\d+)\//.exec(out.join("\n"))![1]);
    const errors: string[] = [];
    const code = await serveCommand(
      { port },
      { out: () => undefined, err: (t) => errors.push(t), isTTY: false },
    );
    expect(code).toBe(1);
    expect(errors.join("\n")).toMatch(/cổng \d+ đang được chương trình khác dùng/);
    stop();
    await first;
  });
});
