/**
 * Stage 4 by the `docx` package: document tree → .docx bytes. One handler per node type;
 * every size, margin and spacing comes from the profile. Styles are built once per profile.
 * `write-docx.ts` comes here (and loads docx) only for what the package writer does not know.
 */
import {
  Document,
  Header,
  Packer,
  Paragraph,
  type ISectionOptions,
  type IStylesOptions,
  type Table,
} from "docx";
import type { Block, Root } from "../tree/types";
import { paragraph } from "./handlers/paragraph";
import { dataTable } from "./handlers/data-table";
import { layoutTable } from "./handlers/layout-table";
import { inline } from "./handlers/inline";
import type { PreparedProfile } from "./prepared";
import type { State } from "./state";
import { toStyles } from "./styles";
import { twipFromMm } from "./units";
import { layOut } from "../layout/lay-out";

const styles = new WeakMap<PreparedProfile, IStylesOptions>();
const stylesOf = (prepared: PreparedProfile): IStylesOptions =>
  styles.get(prepared) ?? styles.set(prepared, toStyles(prepared.profile)).get(prepared)!;

/**
 * What the page break's handler makes: no block of its own. The block after it starts the new page
 * (its first paragraph has pageBreakBefore), so no empty paragraph is left on either page, and a
 * break with nothing after it is dropped.
 */
const NEW_PAGE = Symbol("the next block starts a new page");
type Made = (Paragraph | Table)[] | Paragraph | Table | typeof NEW_PAGE;

/** One handler per block type. */
const handlers: { [K in Block["type"]]: (node: Extract<Block, { type: K }>, state: State) => Made } = {
  paragraph,
  layoutTable,
  dataTable,
  pageBreak: () => NEW_PAGE,
};
const handle = <B extends Block>(node: B, state: State): Made =>
  (handlers[node.type] as (node: B, state: State) => Made)(node, state);

function section(children: (Paragraph | Table)[], prepared: PreparedProfile, state: State): ISectionOptions {
  const { page, page_number } = prepared.profile;
  const number = new Paragraph({
    style: page_number.style,
    children: [inline({ type: "pageNumber" }, state)],
  });
  return {
    properties: {
      titlePage: !page_number.first_page,
      page: {
        size: { width: twipFromMm(page.width), height: twipFromMm(page.height) },
        margin: {
          top: twipFromMm(page.margins.top),
          bottom: twipFromMm(page.margins.bottom),
          left: twipFromMm(page.margins.left),
          right: twipFromMm(page.margins.right),
          header: twipFromMm(page.header),
          footer: twipFromMm(page.footer),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: new Header({ children: [number] }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    children,
  };
}

/** Blocks → docx blocks, each by its type's handler; a page break passes its new page to the next block. */
function blocksOf(nodes: readonly Block[], state: State): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let breakBefore = state.breakBefore;
  for (const n of nodes) {
    const made = handle(n, { ...state, breakBefore });
    breakBefore = made === NEW_PAGE;
    if (made !== NEW_PAGE) out.push(...[made].flat());
  }
  return out;
}

/** The `docx` Document for `tree`, laid out with `prepared`'s profile. */
export function toDocument(tree: Root, prepared: PreparedProfile): Document {
  return documentOf(layOut(tree, prepared), prepared);
}

function documentOf(tree: Root, prepared: PreparedProfile): Document {
  const state: State = {
    profile: prepared.profile,
    width: prepared.textWidth,
    style: prepared.style,
    blocks(nodes, width, inherited = {}) {
      return blocksOf(nodes, {
        ...state,
        keepNext: undefined,
        loose: undefined,
        breakBefore: undefined,
        align: undefined,
        ...inherited,
        width,
      });
    },
  };
  return new Document({
    creator: "vanthu",
    description: `${tree.kind} (${prepared.profile.name})`,
    styles: stylesOf(prepared),
    sections: tree.sections.map((s) =>
      section(state.blocks(s.children, prepared.textWidth), prepared, state),
    ),
  });
}

/** The .docx bytes of a tree already laid out, packed by docx. */
export const packWithDocx = (laid: Root, prepared: PreparedProfile): Promise<Buffer> =>
  Packer.toBuffer(documentOf(laid, prepared));
