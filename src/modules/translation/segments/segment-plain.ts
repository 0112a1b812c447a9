import { assemble } from "./assemble.js";
import { segmentBlock, type Atom } from "./blocks.js";
import { createBuilder, finishDocument, type SegmentedDocument, type Splice } from "./document.js";

/**
 * Cuts a plain field (title, summary, caption, alt text, tag name) into
 * sentences, line by line, with no markup interpretation; `assemblePlain`
 * gives it back, translated segments written as they come.
 */
export function segmentPlainText(text: string, lang: string): SegmentedDocument {
  const builder = createBuilder(text, lang);
  const splices: Splice[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const atoms: Atom[] = [];
    for (let i = 0; i < line[0].length; i++) {
      atoms.push({ kind: "char", ch: line[0][i] ?? "", start: line.index + i, joined: false });
    }
    const end = line.index + line[0].length;
    splices.push(
      ...segmentBlock(builder, { atoms, end, codes: [], kind: "text", escape: "plain" }),
    );
  }
  return finishDocument(builder, splices, (doc) => assemble(doc, () => undefined).text);
}
