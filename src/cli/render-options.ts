/**
 * The options of `vanthu render` and the options every command has, written once: yargs declares
 * them from this table (`run.ts`), and so does the reading of an ordinary render command line
 * without yargs (`ordinary-render.ts`); `renderArgsOf` turns either reading into `RenderArgs`.
 */
import type { RenderArgs } from "./commands/render-args";

/** One option as yargs declares it (the subset these tables use). */
export interface OptionSpec {
  type: "string" | "number" | "boolean";
  alias?: string;
  array?: boolean;
  default?: string | boolean | string[];
  describe: string;
}

/** Options of every command. */
export const GLOBAL_OPTIONS = {
  templates: { type: "string", describe: "thư mục mẫu (mặc định: mẫu đi kèm vanthu)" },
  profiles: {
    type: "string",
    array: true,
    default: [] as string[],
    describe: "thêm thư mục chứa thể thức (*.yaml)",
  },
} as const satisfies Record<string, OptionSpec>;

/** The inputs of `vanthu render <inputs..>`. */
export const RENDER_INPUTS = {
  type: "string",
  array: true,
  demandOption: true,
  describe: 'tệp .yaml, thư mục, hoặc mẫu glob trong dấu nháy ("data/**/*.yaml")',
} as const;

/** Options of `vanthu render`, in the order its help lists them. */
export const RENDER_OPTIONS = {
  out: { alias: "o", type: "string", default: "out", describe: "thư mục ghi tệp .docx" },
  jobs: {
    alias: "j",
    type: "number",
    describe: "số luồng xử lý song song (mặc định: số lõi CPU; 1: không dùng luồng phụ)",
  },
  "ten-tep": {
    type: "string",
    describe:
      'mẫu tên tệp ra, ví dụ "{so}-{ky_hieu}" hoặc "{loai}/{ngay}-{so}" (mặc định: đường dẫn của tệp YAML)',
  },
  json: {
    type: "boolean",
    default: false,
    describe: "in bản tổng kết JSON ra stdout (từng tệp: input, output, status, diagnostics)",
  },
  tree: {
    type: "boolean",
    default: false,
    describe: "in cây văn bản (JSON) thay vì ghi .docx",
  },
  "du-lieu": {
    type: "string",
    describe:
      "bảng tính (.xlsx, .csv) mỗi dòng một đơn vị, kế thừa tệp YAML dùng chung ghi trên dòng lệnh; dòng đầu ghi tên trường",
  },
  "bang-tinh": {
    type: "string",
    describe: "tên trang tính trong tệp --du-lieu (mặc định: trang đầu)",
  },
  watch: {
    alias: "w",
    type: "boolean",
    default: false,
    describe: "chạy tiếp và tạo lại văn bản mỗi khi tệp YAML, tệp dùng chung, mẫu hay thể thức thay đổi",
  },
  pdf: {
    type: "boolean",
    default: false,
    describe: "ghi thêm tệp PDF bên cạnh mỗi tệp .docx (cần LibreOffice; cả loạt chuyển trong một lần chạy)",
  },
} as const satisfies Record<string, OptionSpec>;

/** The values of the render and global options, by their long names, as either reading gives them. */
export interface RenderValues {
  out: string;
  jobs?: number;
  "ten-tep"?: string;
  json: boolean;
  tree: boolean;
  "du-lieu"?: string;
  "bang-tinh"?: string;
  watch: boolean;
  pdf: boolean;
  templates?: string;
  profiles: string[];
}

export function renderArgsOf(values: RenderValues, inputs: string[]): RenderArgs {
  return {
    inputs,
    out: values.out,
    tree: values.tree,
    jobs: values.jobs,
    tenTep: values["ten-tep"],
    json: values.json,
    pdf: values.pdf,
    watch: values.watch,
    duLieu: values["du-lieu"],
    bangTinh: values["bang-tinh"],
    templates: values.templates,
    profiles: values.profiles,
  };
}
