/**
 * Stage 4: document tree → .docx bytes with the `docx` package. One handler per node type;
 * every size, margin and spacing comes from the profile. Styles are built once per profile.
 */
import { Document, Header, Packer, Paragraph, type ISectionOptions, type Table } from "docx";
import type { Block, Root } from "../tree/types";
import { paragraph } from "./handlers/paragraph";
import { table } from "./handlers/table";
import { inline } from "./handlers/inline";
import type { PreparedProfile } from "./prepared";
import type { State } from "./state";
import { twipFromMm } from "./units";
import { writePackage } from "./xml/package";
import { layOut } from "../layout/lay-out";

type Handled = Exclude<Block["type"], "pageBreak">;
const handlers: {
  [K in Handled]: (
    node: Extract<Block, { type: K }>,
    state: State,
  ) => (Paragraph | Table)[] | Paragraph | Table;
} = {
  paragraph,
  table,
};

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

/**
 * Blocks → docx blocks. A page break is no block of its own: the block after it starts the new
 * page (its first paragraph has pageBreakBefore), so no empty paragraph is left on either page,
 * and a break with nothing after it is dropped.
 */
function blocksOf(nodes: readonly Block[], state: State): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let breakBefore = state.breakBefore;
  for (const n of nodes) {
    if (n.type === "pageBreak") {
      breakBefore = true;
      continue;
    }
    out.push(...[handlers[n.type](n as never, { ...state, breakBefore })].flat());
    breakBefore = false;
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
    styles: prepared.styles,
    sections: tree.sections.map((s) =>
      section(state.blocks(s.children, prepared.textWidth), prepared, state),
    ),
  });
}

/** The .docx bytes: written directly when the package writer knows the whole tree, else packed by docx. */
export async function toDocx(tree: Root, prepared: PreparedProfile): Promise<Buffer> {
  const laid = layOut(tree, prepared);
  const pack = (t: Root) => Packer.toBuffer(documentOf(t, prepared));
  return (await writePackage(laid, prepared, pack)) ?? pack(laid);
}
