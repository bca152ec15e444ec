/**
 * The pure core: YAML text → diagnostics, typed input, document tree and .docx bytes, through
 * load → validate → template → tree → render. No file system; the resources (templates and
 * profiles) come in once, and everything derived from them is built once per engine.
 */
import { append } from "./append";
import { composeDocument } from "./compose/document";
import { diagnostic, hasErrors, internalError, type Diagnostic } from "./diagnostic";
import { prepareProfile, type PreparedProfile } from "./docx/prepared";
import { toDocx } from "./docx/to-docx";
import { createUnitLoader } from "./inherit/load-unit";
import type { FieldPath } from "./field-path";
import { count, LIMITS, partsOf, textSize, treeSize } from "./limits";
import { normaliseSource, type Loaded } from "./load";
import type { Profile } from "./profile/schema";
import type { Resources } from "./resources";
import type { DocumentInput } from "./schema/kinds";
import { createTemplateEnv, type TemplateEnv } from "./template/env";
import type { Root } from "./tree/types";
import { validate } from "./validate";

export interface Options {
  /** The date that stands in for an empty `ngay` (its year is printed). Default: now. */
  today?: Date;
}

export interface TreeOutcome {
  input?: DocumentInput;
  tree?: Root;
  diagnostics: Diagnostic[];
}

export interface RenderOutcome extends TreeOutcome {
  docx?: Buffer;
}

export function createEngine(resources: Resources) {
  const perProfile = new Map<string, { env: TemplateEnv; prepared: PreparedProfile }>();
  const forProfile = (profile: Profile) => {
    let p = perProfile.get(profile.id);
    if (!p)
      perProfile.set(
        profile.id,
        (p = {
          env: createTemplateEnv(profile, resources.kinds, resources.partials),
          prepared: prepareProfile(profile),
        }),
      );
    return p;
  };

  const loadUnit = createUnitLoader(
    resources.read ??
      (() => ({ error: "không có resources.read để đọc tệp; tạo resources bằng loadResources()" })),
  );

  /** Stages 2–3: loaded data → tree. Stops at the first stage that reports an error. */
  function toTreeOutcome(loaded: Loaded, file: string, options: Options = {}, source?: string): TreeOutcome {
    const diagnostics = [...loaded.diagnostics];
    if (hasErrors(diagnostics)) return { diagnostics };
    const text = textSize(loaded.data);
    const tooLarge = (message: string, stage: "validate" | "tree", field: FieldPath = text.mostLines) =>
      diagnostic("TOO_LARGE", `văn bản quá lớn: ${message}; hãy tách thành nhiều văn bản`, {
        file,
        ...loaded.locate(field),
        path: field.join("."),
        stage,
      });
    if (text.chars > LIMITS.chars) {
      const message = `${count(text.chars)} ký tự chữ (giá trị dùng lại bằng bí danh YAML được tính ở mỗi chỗ dùng), tối đa ${count(LIMITS.chars)}`;
      return { diagnostics: [...diagnostics, tooLarge(message, "validate", text.mostChars)] };
    }
    if (text.values > LIMITS.values)
      return {
        diagnostics: [
          ...diagnostics,
          tooLarge(
            `hơn ${count(LIMITS.values)} giá trị (mục của danh sách, trường…)`,
            "validate",
            text.mostItems,
          ),
        ],
      };
    if (text.lines > LIMITS.lines)
      return {
        diagnostics: [
          ...diagnostics,
          tooLarge(`${count(text.lines)} dòng và ô bảng, tối đa ${count(LIMITS.lines)}`, "validate"),
        ],
      };
    const parts = partsOf(loaded.data);
    if (parts.pastEnclosures)
      return {
        diagnostics: [
          ...diagnostics,
          tooLarge(
            `hơn ${LIMITS.enclosures} văn bản kèm theo (tính cả văn bản kèm theo của văn bản kèm theo), tối đa ${LIMITS.enclosures} trong cả văn bản`,
            "validate",
            parts.pastEnclosures,
          ),
        ],
      };
    if (parts.pastAppendices)
      return {
        diagnostics: [
          ...diagnostics,
          tooLarge(
            `hơn ${LIMITS.appendices} phụ lục (tính cả phụ lục của văn bản kèm theo), tối đa ${LIMITS.appendices} trong cả văn bản`,
            "validate",
            parts.pastAppendices,
          ),
        ],
      };
    const validated = validate(loaded.data, file, loaded.locate);
    append(diagnostics, validated.diagnostics);
    const input = validated.input;
    if (!input || hasErrors(diagnostics)) return { diagnostics };
    const at = (path: (string | number)[]) => ({
      file,
      ...loaded.locate(path),
      path: path.join("."),
      stage: "template" as const,
    });

    const profile = resources.profiles.get(input.the_thuc);
    if (!profile) {
      const known = [...resources.profiles.keys()].join(", ");
      diagnostics.push(
        diagnostic(
          "UNKNOWN_PROFILE",
          `không có thể thức "${input.the_thuc}"; các thể thức có: ${known}`,
          at(["the_thuc"]),
        ),
      );
      return { input, diagnostics };
    }
    // The document, its phụ lục and its enclosures (kem_theo), each in its own sections.
    const today = options.today ?? new Date();
    const context = {
      resources,
      profile,
      env: forProfile(profile).env,
      today,
      file,
      locate: loaded.locate,
      source,
      data: loaded.data,
    };
    const composed = composeDocument(context, input);
    append(diagnostics, composed.diagnostics);
    if (hasErrors(diagnostics)) return { input, diagnostics };
    const tree: Root = {
      type: "document",
      profile: profile.id,
      kind: input.loai,
      sections: composed.sections,
    };
    const size = treeSize(tree);
    if (size.chars > LIMITS.chars) {
      const message = `${count(size.chars)} ký tự chữ (tính cả nội dung chú thích, in lại ở mỗi chỗ dẫn chiếu tới nó), tối đa ${count(LIMITS.chars)}`;
      diagnostics.push(tooLarge(message, "tree", text.mostChars));
      return { input, diagnostics };
    }
    if (size.paragraphs > LIMITS.paragraphs || size.cells > LIMITS.cells) {
      const what =
        size.cells > LIMITS.cells
          ? `${count(size.cells)} ô bảng số liệu, tối đa ${count(LIMITS.cells)}`
          : `${count(size.paragraphs)} đoạn, tối đa ${count(LIMITS.paragraphs)}`;
      diagnostics.push(tooLarge(what, "tree"));
      return { input, diagnostics };
    }
    return { input, tree, diagnostics };
  }

  /**
   * Source → tree, catching internal failures as a diagnostic. A `ke_thua: <base.yaml>` in the
   * source is followed through `resources.read`; diagnostics name the file a value is written in.
   */
  function toTree(source: string, file: string, options?: Options): TreeOutcome {
    checkArguments(source, file, options);
    if (source.length > LIMITS.sourceChars) {
      const message = `tệp quá lớn: ${count(source.length)} ký tự, tối đa ${count(LIMITS.sourceChars)} cho một văn bản; hãy tách thành nhiều văn bản`;
      return { diagnostics: [diagnostic("TOO_LARGE", message, { file, stage: "load" })] };
    }
    try {
      const text = normaliseSource(source);
      return toTreeOutcome(loadUnit(text, file), file, options, text);
    } catch (e) {
      return { diagnostics: [internalError(e, file, "template")] };
    }
  }

  /** Source → tree → .docx bytes; no bytes when any error was found. */
  async function render(source: string, file: string, options?: Options): Promise<RenderOutcome> {
    const outcome = toTree(source, file, options);
    if (!outcome.tree || hasErrors(outcome.diagnostics)) return outcome;
    try {
      const profile = resources.profiles.get(outcome.tree.profile)!;
      return { ...outcome, docx: await toDocx(outcome.tree, forProfile(profile).prepared) };
    } catch (e) {
      return { ...outcome, diagnostics: [...outcome.diagnostics, internalError(e, file, "render")] };
    }
  }

  // Free functions, not methods: `const { render } = engine` and
  // `texts.map((t, i) => engine.render(t, names[i]))` need no `this`.
  return { resources, toTree, render };
}
export type Engine = ReturnType<typeof createEngine>;

/**
 * A caller's mistake (not a document's) is a TypeError that names the argument, thrown at once:
 * the text must be a string (read the file as UTF-8 first), the name a string, and `today` a
 * valid Date.
 */
function checkArguments(source: unknown, file: unknown, options: Options | undefined): void {
  if (typeof source !== "string")
    throw new TypeError(
      `vanthu: source must be the YAML text as a string, not ${describeValue(source)} (read a file with readFileSync(path, "utf8"))`,
    );
  if (typeof file !== "string")
    throw new TypeError(
      `vanthu: file must be the file name as a string, not ${describeValue(file)}${typeof file === "number" ? " (Array.map passes the index second: write texts.map((text, i) => engine.render(text, names[i])))" : ""}`,
    );
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options)))
    throw new TypeError(
      `vanthu: options must be an object such as { today } or left out, not ${describeValue(options)}`,
    );
  const today = options?.today;
  if (today !== undefined && !(today instanceof Date && !Number.isNaN(today.getTime())))
    throw new TypeError(`vanthu: options.today must be a valid Date, not ${describeValue(today)}`);
}

const describeValue = (v: unknown) =>
  v === null
    ? "null"
    : v instanceof Date
      ? "an invalid Date"
      : Buffer.isBuffer(v)
        ? "a Buffer"
        : Array.isArray(v)
          ? "an array"
          : typeof v;
