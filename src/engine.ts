/**
 * The pure core: YAML text → diagnostics, typed input, document tree and .docx bytes, through
 * load → size gate → validate → compose (template → tree) → size gate → render, each a named
 * function: `toTree` and `render` over an `EngineState`, `treeOfLoaded` for data already loaded.
 * No file system; the resources (templates and profiles) come in once, and everything derived
 * from them is built once per state (`createState`). `createEngine` binds the stages to one state.
 */
import { append } from "./append";
import { composeDocument } from "./compose/document";
import { diagnostic, hasErrors, internalError, type Diagnostic, type Stage } from "./diagnostic";
import { prepareProfile, type PreparedProfile } from "./docx/prepared";
import { toDocx } from "./docx/write-docx";
import { createHeapBudget, GROWTH_BUDGET_MB } from "./heap-budget";
import { createUnitLoader } from "./inherit/load-unit";
import { count, LIMITS } from "./limits";
import { normaliseSource, type Loaded } from "./load";
import type { Profile } from "./profile/schema";
import type { Resources } from "./resources";
import type { DocumentInput } from "./schema/kinds";
import { createTemplateEnv, type TemplateEnv } from "./template/env";
import { workbookReferences } from "./sheet/references";
import type { WorkbookResult, Workbooks } from "./sheet/workbook";
import type { Root } from "./tree/types";
import { inputTooLarge, treeTooLarge } from "./size-gate";
import { validate } from "./validate";

export interface Options {
  /** The date that stands in for an empty `ngay` (its year is printed). Default: now. */
  today?: Date;
  /**
   * The workbooks the document's ```bang blocks name (`tep`), as `readWorkbooks` gives them;
   * `render` reads them itself when this is absent, `toTree` (synchronous) cannot.
   */
  workbooks?: Workbooks;
}

export interface TreeOutcome {
  input?: DocumentInput;
  tree?: Root;
  diagnostics: Diagnostic[];
}

export interface RenderOutcome extends TreeOutcome {
  docx?: Buffer;
}

/**
 * What an engine builds once from its resources: per profile, the compiled templates and the
 * prepared profile; the reader of units and their `ke_thua` files.
 */
export interface EngineState {
  resources: Resources;
  forProfile: (profile: Profile) => { env: TemplateEnv; prepared: PreparedProfile };
  loadUnit: (text: string, file: string) => Loaded;
  /** Asked after each document rendered (`../heap-budget.ts`): a long-lived engine's heap stays near what it needs. */
  budget: () => void;
}

export function createState(resources: Resources): EngineState {
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
  return { resources, forProfile, loadUnit, budget: createHeapBudget({ growthMb: GROWTH_BUDGET_MB }) };
}

/**
 * Stages 2–3: loaded data → size gate → validate → profile → compose → size gate → tree. Stops
 * at the first stage that reports an error; warnings travel on. An internal failure is told as
 * INTERNAL_ERROR of the stage it happened in, after the warnings found before it.
 */
export function treeOfLoaded(
  state: EngineState,
  loaded: Loaded,
  file: string,
  options: Options = {},
  source?: string,
): TreeOutcome {
  const run: Run = { stage: "validate", diagnostics: [...loaded.diagnostics] };
  try {
    return stagesOf(state, loaded, file, options, source, run);
  } catch (e) {
    return { diagnostics: [...run.diagnostics, internalError(e, file, run.stage)] };
  }
}

/** How far stages 2–3 went: the stage running, and what was reported before it. */
interface Run {
  stage: Stage;
  diagnostics: Diagnostic[];
}

function stagesOf(
  state: EngineState,
  loaded: Loaded,
  file: string,
  options: Options,
  source: string | undefined,
  run: Run,
): TreeOutcome {
  const { diagnostics } = run;
  if (hasErrors(diagnostics)) return { diagnostics };
  const tooLarge = inputTooLarge(loaded, file);
  if (tooLarge) return { diagnostics: [...diagnostics, tooLarge] };
  const validated = validate(loaded.data, file, loaded.locate);
  append(diagnostics, validated.diagnostics);
  const input = validated.input;
  if (!input || hasErrors(diagnostics)) return { diagnostics };
  const profile = profileOf(state.resources, input, file, loaded);
  if ("diagnostic" in profile) return { input, diagnostics: [...diagnostics, profile.diagnostic] };
  // The document, its phụ lục and its enclosures (kem_theo), each in its own sections.
  const context = {
    resources: state.resources,
    profile,
    env: state.forProfile(profile).env,
    today: options.today ?? new Date(),
    file,
    locate: loaded.locate,
    source,
    data: loaded.data,
    workbooks: options.workbooks,
  };
  run.stage = "compose";
  const composed = composeDocument(context, input);
  append(diagnostics, composed.diagnostics);
  if (hasErrors(diagnostics)) return { input, diagnostics };
  const tree: Root = { type: "document", profile: profile.id, kind: input.loai, sections: composed.sections };
  const treeTooBig = treeTooLarge(tree, loaded, file);
  if (treeTooBig) return { input, diagnostics: [...diagnostics, treeTooBig] };
  return { input, tree, diagnostics };
}

/** The profile a document names (`the_thuc`), or UNKNOWN_PROFILE naming the ones there are. */
function profileOf(
  resources: Resources,
  input: DocumentInput,
  file: string,
  loaded: Loaded,
): Profile | { diagnostic: Diagnostic } {
  const profile = resources.profiles.get(input.the_thuc);
  if (profile) return profile;
  const known = [...resources.profiles.keys()].join(", ");
  return {
    diagnostic: diagnostic(
      "UNKNOWN_PROFILE",
      `không có thể thức "${input.the_thuc}"; các thể thức có: ${known}`,
      {
        file,
        ...loaded.locate(["the_thuc"]),
        path: "the_thuc",
        stage: "validate",
      },
    ),
  };
}

/** Stage 0–1: the source loaded (its `ke_thua` bases followed), or the outcome that stops it first. */
function begin(
  state: EngineState,
  source: string,
  file: string,
  options?: Options,
): { loaded: Loaded; text: string } | TreeOutcome {
  checkArguments(source, file, options);
  if (source.length > LIMITS.sourceChars) {
    const message = `tệp quá lớn: ${count(source.length)} ký tự, tối đa ${count(LIMITS.sourceChars)} cho một văn bản; hãy tách thành nhiều văn bản`;
    return { diagnostics: [diagnostic("TOO_LARGE", message, { file, stage: "load" })] };
  }
  try {
    const text = normaliseSource(source);
    return { loaded: state.loadUnit(text, file), text };
  } catch (e) {
    return { diagnostics: [internalError(e, file, "load")] };
  }
}

const finish = (
  state: EngineState,
  begun: { loaded: Loaded; text: string },
  file: string,
  options?: Options,
): TreeOutcome => treeOfLoaded(state, begun.loaded, file, options, begun.text);

/**
 * Stages 0–3: source → tree, catching internal failures as a diagnostic. A `ke_thua:
 * <base.yaml>` in the source is followed through `resources.read`; diagnostics name the file a
 * value is written in. Tables from workbooks (```bang with `tep`) need `options.workbooks`
 * (`readWorkbooks`).
 */
export function toTree(state: EngineState, source: string, file: string, options?: Options): TreeOutcome {
  const begun = begin(state, source, file, options);
  return "loaded" in begun ? finish(state, begun, file, options) : begun;
}

/** The workbooks a loaded document names, read through `resources.readWorkbook` (the edge). */
async function workbooksOf(state: EngineState, loaded: Loaded, file: string): Promise<Workbooks | undefined> {
  if (hasErrors(loaded.diagnostics)) return undefined;
  const paths = workbookReferences(loaded.data, loaded.locate, file);
  if (!paths.length) return undefined;
  const read = state.resources.readWorkbook;
  const results = await Promise.all(
    paths.map(async (path): Promise<[string, WorkbookResult]> => {
      if (!read)
        return [
          path,
          { error: "không có resources.readWorkbook để đọc bảng tính; tạo resources bằng loadResources()" },
        ];
      try {
        return [path, await read(path)];
      } catch (e) {
        return [path, { error: `không đọc được bảng tính (${(e as Error).message})` }];
      }
    }),
  );
  return new Map(results);
}

/** The workbooks the document's ```bang blocks name, read at the edge, for `options.workbooks`. */
export async function readWorkbooks(state: EngineState, source: string, file: string): Promise<Workbooks> {
  const begun = begin(state, source, file);
  return ("loaded" in begun && (await workbooksOf(state, begun.loaded, file))) || new Map();
}

/** Stages 0–4: source → tree → .docx bytes; no bytes when any error was found. Workbooks named are read first. */
export async function render(
  state: EngineState,
  source: string,
  file: string,
  options?: Options,
): Promise<RenderOutcome> {
  const begun = begin(state, source, file, options);
  if (!("loaded" in begun)) return begun;
  const workbooks = options?.workbooks ?? (await workbooksOf(state, begun.loaded, file));
  const outcome = finish(state, begun, file, workbooks ? { ...options, workbooks } : options);
  if (!outcome.tree || hasErrors(outcome.diagnostics)) return outcome;
  try {
    const profile = state.resources.profiles.get(outcome.tree.profile)!;
    return { ...outcome, docx: await toDocx(outcome.tree, state.forProfile(profile).prepared) };
  } catch (e) {
    return { ...outcome, diagnostics: [...outcome.diagnostics, internalError(e, file, "render")] };
  } finally {
    state.budget();
  }
}

/**
 * The engine: the stages above bound to one state. Free functions, not methods: `const { render }
 * = engine` and `texts.map((t, i) => engine.render(t, names[i]))` need no `this`.
 */
export function createEngine(resources: Resources) {
  const state = createState(resources);
  return {
    resources,
    toTree: (source: string, file: string, options?: Options) => toTree(state, source, file, options),
    render: (source: string, file: string, options?: Options) => render(state, source, file, options),
    readWorkbooks: (source: string, file: string) => readWorkbooks(state, source, file),
  };
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
