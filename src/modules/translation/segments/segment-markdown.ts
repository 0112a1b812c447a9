import type { Nodes, Parents, PhrasingContent } from "mdast";
import { assemble } from "./assemble.js";
import { segmentBlock, type Atom, type CodeSpec } from "./blocks.js";
import {
  addSegment,
  createBuilder,
  finishDocument,
  verbatimDocument,
  type DocumentBuilder,
  type SegmentKind,
  type SegmentedDocument,
  type Splice,
} from "./document.js";
import { escapeInlineText } from "./inline.js";
import { alignText, findLabelEnd, findTitle, parseMarkdown } from "./markdown-source.js";

/**
 * Cuts Markdown (CommonMark + GFM) into sentence segments: headings,
 * paragraphs, list items, quotes, table cells, footnotes, image alt texts and
 * titles, link titles. Code, HTML, front matter and URLs stay in the template.
 * `assembleMarkdown(doc, () => undefined)` gives `markdown` back byte for byte.
 */
export function segmentMarkdown(markdown: string, lang: string): SegmentedDocument {
  const builder = createBuilder(markdown, lang);
  const splices: Splice[] = [];
  try {
    const { tree, blanked } = parseMarkdown(markdown);
    builder.degraded = blanked;
    walkBlock(builder, tree, { kind: "paragraph", depth: 0, splices });
  } catch {
    // The parser overflowed its stack on input the hazard checks did not foresee.
    return verbatimDocument(markdown, lang);
  }
  return finishDocument(builder, splices, (doc) => assemble(doc, () => undefined).text);
}

// Deeper structures are pathological; their content is kept verbatim.
const MAX_BLOCK_DEPTH = 48;
const MAX_INLINE_DEPTH = 32;

interface BlockContext {
  kind: SegmentKind;
  depth: number;
  splices: Splice[];
}

const CONTAINER_KINDS: Partial<Record<Nodes["type"], SegmentKind>> = {
  blockquote: "blockquote",
  listItem: "list-item",
  footnoteDefinition: "footnote",
};

// remark-gfm's literal autolinks (www.example.com) come without positions; see fillPositions.
const computed = new WeakMap<Nodes, [number, number]>();

function range(node: Nodes): [number, number] | undefined {
  const known = computed.get(node);
  if (known) return known;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

function walkBlock(builder: DocumentBuilder, node: Nodes, ctx: BlockContext): void {
  if (ctx.depth > MAX_BLOCK_DEPTH) {
    builder.degraded = true;
    return;
  }
  switch (node.type) {
    case "paragraph":
      return inlineBlock(builder, node, ctx.kind, ctx.splices);
    case "heading":
      return inlineBlock(builder, node, "heading", ctx.splices);
    case "tableCell":
      return inlineBlock(builder, node, "table-cell", ctx.splices);
    case "definition": {
      const at = range(node);
      const labelEnd = at && findLabelEnd(builder.source, at[0] + 1, at[1]);
      if (!at || labelEnd === undefined || builder.source[labelEnd + 1] !== ":") return;
      const title = titleSplice(builder, labelEnd + 2, at[1], node.title, "link-title");
      if (title) ctx.splices.push(title);
      return;
    }
    default:
      if (!("children" in node)) return;
      for (const child of (node as Parents).children) {
        const kind = CONTAINER_KINDS[node.type] ?? ctx.kind;
        walkBlock(builder, child, { ...ctx, kind, depth: ctx.depth + 1 });
      }
  }
}

interface InlineState {
  builder: DocumentBuilder;
  atoms: Atom[];
  codes: CodeSpec[];
}

function inlineBlock(
  builder: DocumentBuilder,
  node: Parents,
  kind: SegmentKind,
  splices: Splice[],
): void {
  const at = range(node);
  const children = node.children as PhrasingContent[];
  if (!at || !ensurePositions(builder.source, children, at)) return;
  const start = children[0] && range(children[0])?.[0];
  const end = children.at(-1) && range(children.at(-1) as Nodes)?.[1];
  if (start === undefined || end === undefined) return;
  const state: InlineState = { builder, atoms: [], codes: [] };
  walkChildren(state, children, [start, end], 0);
  splices.push(...segmentBlock(builder, { ...state, end, kind, escape: "markdown" }));
}

function walkInline(state: InlineState, node: PhrasingContent, depth: number): void {
  const at = range(node);
  if (!at) return;
  const { source } = state.builder;
  switch (node.type) {
    case "text":
      return addText(state, node.value, at);
    case "emphasis":
    case "strong":
    case "delete":
      return addPair(state, node, depth, {});
    case "link":
      if (source[at[0]] !== "[") return addStandalone(state, node, []);
      return addPair(state, node, depth, { title: true });
    case "linkReference":
      return addPair(state, node, depth, { reference: node.referenceType });
    case "image":
    case "imageReference":
      return addStandalone(state, node, imageSplices(state.builder, node, at));
    default:
      return addStandalone(state, node, []);
  }
}

function walkChildren(
  state: InlineState,
  children: readonly PhrasingContent[],
  bounds: [number, number],
  depth: number,
): void {
  if (!ensurePositions(state.builder.source, children, bounds)) {
    // Opaque rather than lost: the content stays verbatim inside the segment.
    const code = state.codes.push({ type: "x", role: "text", splices: [] }) - 1;
    state.atoms.push({ kind: "x", code, start: bounds[0] });
    return;
  }
  for (const child of children) walkInline(state, child, depth);
}

/** Gives positions to runs of text and literal autolinks by finding them in the source. */
function ensurePositions(
  source: string,
  children: readonly PhrasingContent[],
  bounds: [number, number],
): boolean {
  // Where the next child with a position starts, for each child: one pass from the end
  // (searching forward from each child was quadratic in a paragraph of literal autolinks).
  const nextStarts: number[] = [];
  for (let i = children.length - 1, next = bounds[1]; i >= 0; i--) {
    nextStarts[i] = next;
    const child = children[i];
    next = (child && range(child)?.[0]) ?? next;
  }
  let cursor = bounds[0];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const known = node && range(node);
    if (known) {
      cursor = known[1];
      continue;
    }
    const to = nextStarts[i] ?? bounds[1];
    if (node?.type === "text") {
      const aligned = alignText(source, cursor, to, node.value);
      if (!aligned) return false;
      computed.set(node, [aligned.starts[0] ?? cursor, aligned.end]);
      cursor = aligned.end;
      continue;
    }
    const text = node?.type === "link" && node.children.length === 1 ? node.children[0] : undefined;
    if (!node || text?.type !== "text") return false;
    const at = source.indexOf(text.value, cursor);
    if (at === -1 || at + text.value.length > to) return false;
    computed.set(node, [at, at + text.value.length]);
    computed.set(text, [at, at + text.value.length]);
    cursor = at + text.value.length;
  }
  return true;
}

function addText(state: InlineState, value: string, [start, end]: [number, number]): void {
  const aligned = alignText(state.builder.source, start, end, value);
  const starts = aligned?.starts;
  for (let i = 0; i < value.length; i++) {
    // Unaligned text stays whole: its first character owns all of its source.
    state.atoms.push({
      kind: "char",
      ch: value[i] ?? "",
      start: starts?.[i] ?? start,
      joined: starts === undefined ? i > 0 : i > 0 && starts[i] === starts[i - 1],
    });
  }
}

function addStandalone(state: InlineState, node: Nodes, splices: Splice[]): void {
  const at = range(node);
  if (!at) return;
  const code = state.codes.push({ type: "x", role: node.type, splices }) - 1;
  state.atoms.push({ kind: "x", code, start: at[0] });
}

function addPair(
  state: InlineState,
  node: Extract<PhrasingContent, { children: unknown }>,
  depth: number,
  options: { title?: boolean; reference?: "shortcut" | "collapsed" | "full" },
): void {
  const at = range(node);
  const children = node.children as PhrasingContent[];
  if (!at || !ensurePositions(state.builder.source, children, at)) {
    return addStandalone(state, node, []);
  }
  const first = children[0];
  const last = children.at(-1);
  const inner = first && last ? [range(first)?.[0], range(last)?.[1]] : [];
  const [innerStart, innerEnd] = inner;
  if (!at || innerStart === undefined || innerEnd === undefined || depth >= MAX_INLINE_DEPTH) {
    return addStandalone(state, node, []);
  }
  const { builder } = state;
  const spec: CodeSpec = { type: "g", role: node.type, splices: [] };
  if (options.title && node.type === "link" && builder.source.startsWith("](", innerEnd)) {
    const title = titleSplice(builder, innerEnd + 2, at[1], node.title, "link-title");
    if (title) spec.splices.push(title);
  }
  if (options.reference === "shortcut" || options.reference === "collapsed") {
    // The label is also the reference: once translated, the link must name it explicitly.
    const label = builder.source.slice(at[0] + 1, innerEnd);
    if (builder.source[innerEnd] !== "]" || /[\r\n]/.test(label)) {
      return addStandalone(state, node, []);
    }
    spec.translatedSplices = [{ start: innerEnd, end: at[1], part: `][${label}]` }];
  }
  const code = state.codes.push(spec) - 1;
  state.atoms.push({ kind: "open", code, start: at[0] });
  walkChildren(state, children, [innerStart, innerEnd], depth + 1);
  state.atoms.push({ kind: "close", code, start: innerEnd });
}

/** The alt text (and title) of an image as segments of their own, when they can be located. */
function imageSplices(
  builder: DocumentBuilder,
  node: Extract<Nodes, { type: "image" | "imageReference" }>,
  [start, end]: [number, number],
): Splice[] {
  const { source } = builder;
  const labelEnd = source.startsWith("![", start)
    ? findLabelEnd(source, start + 2, end)
    : undefined;
  if (labelEnd === undefined) return [];
  const rawAlt = source.slice(start + 2, labelEnd);
  const alt = node.alt ?? "";
  const splices: Splice[] = [];
  let altSlot: number | undefined;
  if (/\p{L}/u.test(alt) && looseText(rawAlt) === looseText(alt)) {
    altSlot = addSegment(builder, {
      start: start + 2,
      text: escapeInlineText(alt.replace(/\s+/g, " ").trim()),
      kind: "image-alt",
      slot: { source: [rawAlt], codes: {}, escape: "markdown" },
    });
    splices.push({ start: start + 2, end: labelEnd, part: { slot: altSlot } });
  }
  if (node.type === "image" && source[labelEnd + 1] === "(") {
    const title = titleSplice(builder, labelEnd + 2, end, node.title, "caption");
    if (title) splices.push(title);
  }
  if (node.type === "imageReference" && node.referenceType !== "full" && altSlot !== undefined) {
    const raw = source.slice(labelEnd, end);
    splices.push({ start: labelEnd, end, part: { refLabelOf: altSlot, label: rawAlt, raw } });
  }
  return splices;
}

function titleSplice(
  builder: DocumentBuilder,
  from: number,
  end: number,
  title: string | null | undefined,
  kind: SegmentKind,
): Splice | undefined {
  const found = findTitle(builder.source, from, end, title);
  if (!found || !title || !/\p{L}/u.test(title)) return undefined;
  const [start, stop] = found;
  const slot = addSegment(builder, {
    start,
    text: escapeInlineText(title.replace(/\s+/g, " ").trim()),
    kind,
    slot: { source: [builder.source.slice(start, stop)], codes: {}, escape: "title" },
  });
  return { start, end: stop, part: { slot } };
}

function looseText(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
}
