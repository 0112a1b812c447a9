import { escapeXml, type XmlElement, type XmlNode } from "../../../platform/xml/tree.js";
import { type InlineToken, parseInline, serializeInline } from "../segments/inline.js";

/**
 * TMX inline markup ⇄ the segment format of segments/inline.ts. A paired
 * `<bpt i>`…`<ept i>` or a `<hi>` becomes `<g>`; `<ph>`, `<it>` (a pair
 * split across segments) and `<ut>` become `<x/>`. Native code data inside
 * them is not kept (the segment format has no place for it). Codes are
 * matched between a unit's languages by their `x` attribute, which becomes
 * the code's id when it can.
 */

/** A code of one TMX segment before ids are given: its kind and the key that matches it in the other language. */
export type RawToken =
  { type: "text"; text: string } | { type: "open" | "close" | "x"; key: string };

/** What a segment's markup holds that cannot be read as codes. */
export class TmxInlineError extends Error {}

/** Reads a `<seg>` element into text and keyed codes; an overlapping or unmatched bpt/ept pair becomes standalone codes. */
export function readSeg(seg: XmlElement): RawToken[] {
  const tokens: RawToken[] = [];
  let counter = 0;
  const walk = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === "string") {
        tokens.push({ type: "text", text: node });
        continue;
      }
      const x = node.attributes.x;
      counter += 1;
      switch (node.name) {
        case "bpt":
          tokens.push({ type: "open", key: `i${node.attributes.i ?? `?${counter}`}` });
          break;
        case "ept":
          tokens.push({ type: "close", key: `i${node.attributes.i ?? `?${counter}`}` });
          break;
        case "ph":
        case "it":
        case "ut":
          tokens.push({ type: "x", key: x !== undefined ? `x${x}` : `n${counter}` });
          break;
        case "hi": {
          const key = x !== undefined ? `x${x}` : `h${counter}`;
          tokens.push({ type: "open", key });
          walk(node.children);
          tokens.push({ type: "close", key });
          break;
        }
        default:
          throw new TmxInlineError(`<${node.name}> is not TMX inline markup`);
      }
    }
  };
  walk(seg.children);
  // A bpt's x attribute, when it has one, is the key that matches it across languages.
  const bptX = new Map<string, string>();
  for (const node of seg.children) {
    if (typeof node !== "string" && node.name === "bpt" && node.attributes.x !== undefined) {
      bptX.set(`i${node.attributes.i ?? ""}`, `x${node.attributes.x}`);
    }
  }
  return pairOrFlatten(tokens).map((t) =>
    t.type === "text" || !t.key.startsWith("i") ? t : { ...t, key: bptX.get(t.key) ?? t.key },
  );
}

/**
 * The source and target segments of a unit in the segment format, with the
 * same id for codes the two languages share (their TMX `x`, when it is a
 * number used once), new ids for the others.
 */
export function pairSegments(
  source: readonly RawToken[],
  target: readonly RawToken[],
): { source: string; target: string } {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const wanted = (key: string) => (/^x[1-9][0-9]{0,8}$/.test(key) ? key.slice(1) : undefined);
  for (const token of source) {
    if (token.type === "text" || token.type === "close" || ids.has(token.key)) continue;
    const id = wanted(token.key);
    if (id !== undefined && !used.has(id)) {
      ids.set(token.key, id);
      used.add(id);
    }
  }
  let next = 1;
  const idOf = (key: string): string => {
    const known = ids.get(key);
    if (known !== undefined) return known;
    while (used.has(String(next))) next += 1;
    const id = String(next);
    ids.set(key, id);
    used.add(id);
    return id;
  };
  const convert = (tokens: readonly RawToken[]): string => {
    // Target codes unknown to the source get ids after the source's.
    const inline: InlineToken[] = tokens.map((t) =>
      t.type === "text" ? t : { type: t.type, id: idOf(t.key) },
    );
    return serializeInline(inline);
  };
  const sourceText = convert(source);
  return { source: sourceText, target: convert(target) };
}

/** Writes a segment in the segment format as the content of a TMX `<seg>`. */
export function segmentToTmx(segment: string): string {
  let out = "";
  let pair = 0;
  const open: number[] = [];
  for (const token of parseInline(segment)) {
    if (token.type === "text") out += escapeXml(token.text);
    else if (token.type === "open") {
      pair += 1;
      open.push(pair);
      out += `<bpt i="${pair}"${xAttribute(token.id)}></bpt>`;
    } else if (token.type === "close") {
      const i = open.pop();
      out += i === undefined ? `<ph${xAttribute(token.id)}></ph>` : `<ept i="${i}"></ept>`;
    } else out += `<ph${xAttribute(token.id)}></ph>`;
  }
  return out;
}

function xAttribute(id: string): string {
  return /^[1-9][0-9]{0,8}$/.test(id) ? ` x="${id}"` : "";
}

/** Keeps well-nested open/close pairs; the codes of any other pair become standalone. */
function pairOrFlatten(tokens: RawToken[]): RawToken[] {
  const opens = new Map<string, number>();
  const closes = new Map<string, number>();
  tokens.forEach((t) => {
    if (t.type === "open") opens.set(t.key, (opens.get(t.key) ?? 0) + 1);
    if (t.type === "close") closes.set(t.key, (closes.get(t.key) ?? 0) + 1);
  });
  const paired = (key: string) => opens.get(key) === 1 && closes.get(key) === 1;
  const stack: string[] = [];
  let nested = true;
  for (const t of tokens) {
    if (t.type === "open" && paired(t.key)) stack.push(t.key);
    if (t.type === "close" && paired(t.key)) {
      if (stack.at(-1) !== t.key) nested = false;
      stack.pop();
    }
  }
  // An ept before its bpt, or pairs that overlap: every pair of the segment becomes standalone codes.
  return tokens.map((t) =>
    t.type === "open" || t.type === "close"
      ? nested && paired(t.key)
        ? t
        : { type: "x", key: `${t.key}:${t.type}` }
      : t,
  );
}
