import fs from "node:fs/promises";
import { type SaxesTagNS, SaxesParser } from "saxes";
import { escapeInlineText } from "../segments/index.js";

/** One source/target pair of a bilingual file, both in the segment inline format. */
export interface BilingualPair {
  /** Where it is: "line 3", or "unit u1, segment s2". */
  ref: string;
  source: string;
  target: string;
}

/** A file `civitas qa` cannot read; its message says why, for the person who gave it. */
export class UnreadableFileError extends Error {
  override readonly name = "UnreadableFileError";
}

/** Files above this many bytes are refused (default of `readBilingualFile`). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a bilingual file: XLIFF 1.2 or 2.x (when it starts with `<`), else
 * TSV with two columns (a first line exactly `source<TAB>target` is a header).
 * Refuses with UnreadableFileError a missing, oversized, binary or malformed file.
 */
export async function readBilingualFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<BilingualPair[]> {
  const stat = await fs.stat(path).catch(() => undefined);
  if (!stat) throw new UnreadableFileError(`${path}: no such file`);
  if (!stat.isFile()) throw new UnreadableFileError(`${path}: not a file`);
  if (stat.size > maxBytes) {
    throw new UnreadableFileError(
      `${path}: ${stat.size} bytes, over the limit of ${maxBytes} bytes`,
    );
  }
  const bytes = await fs.readFile(path);
  return parseBilingual(bytes, path);
}

/** Parses the bytes of a bilingual file (see readBilingualFile); `name` only labels messages. */
export function parseBilingual(bytes: Uint8Array, name: string): BilingualPair[] {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UnreadableFileError(`${name}: a binary file, not TSV or XLIFF text`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(`${name}: not UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, "");
  return text.trimStart().startsWith("<") ? parseXliff(text, name) : parseTsv(text, name);
}

/** TSV: source<TAB>target per line; blank lines skipped; any other column count is refused. */
export function parseTsv(text: string, name: string): BilingualPair[] {
  const pairs: BilingualPair[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    if (i === 0 && line === "source\ttarget") return;
    const columns = line.split("\t");
    if (columns.length !== 2) {
      throw new UnreadableFileError(
        `${name}: line ${i + 1} has ${columns.length} column(s); expected 2 (source<TAB>target)`,
      );
    }
    const [source = "", target = ""] = columns;
    pairs.push({
      ref: `line ${i + 1}`,
      source: escapeInlineText(source),
      target: escapeInlineText(target),
    });
  });
  return pairs;
}

// Inline elements: paired ones become <g>, standalone ones <x/>; markers are transparent.
const PAIRED = new Set(["g", "pc"]);
const STANDALONE = new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec"]);
/** Elements whose content is native code, not text (XLIFF 1.2 ph, bpt, ept, it). */
const CODE_CONTENT = new Set(["ph", "bpt", "ept", "it"]);

/**
 * XLIFF 1.2 (`trans-unit` > `source`, `target`) and 2.x (`unit` > `segment` >
 * `source`, `target`); units or segments without a target are skipped.
 * Entities other than XML's five are refused (no DTD is read), so neither a
 * billion-laughs file nor an external entity can expand.
 */
export function parseXliff(text: string, name: string): BilingualPair[] {
  const parser = new SaxesParser({ xmlns: true });
  const pairs: BilingualPair[] = [];
  const stack: string[] = [];
  let isXliff = false;
  let unitId = "";
  let segmentId = "";
  let segmentCount = 0;
  let current: { source?: string; target?: string } = {};
  let capture: { side: "source" | "target"; depth: number; text: string; skip: number } | undefined;

  const flush = () => {
    if (current.source !== undefined && current.target !== undefined) {
      const where = segmentId ? `unit ${unitId}, segment ${segmentId}` : `unit ${unitId}`;
      pairs.push({ ref: where, source: current.source, target: current.target });
    }
    current = {};
  };

  parser.on("opentag", (tag: SaxesTagNS) => {
    const local = tag.local;
    const parent = stack.at(-1);
    stack.push(local);
    if (stack.length === 1) {
      if (local !== "xliff")
        throw new UnreadableFileError(`${name}: not an XLIFF document (root <${tag.name}>)`);
      isXliff = true;
      return;
    }
    if (capture) {
      capture.depth++;
      if (capture.skip > 0) {
        capture.skip++;
        return;
      }
      const id = attr(tag, "id") ?? attr(tag, "startRef") ?? String(capture.depth);
      if (local === "cp") capture.text += codePoint(attr(tag, "hex"));
      else if (PAIRED.has(local)) capture.text += `<g id="${escapeAttr(id)}">`;
      else if (STANDALONE.has(local)) {
        const suffix = local === "ept" || local === "ec" || local === "ex" ? "-end" : "";
        capture.text += `<x id="${escapeAttr(id + suffix)}"/>`;
        if (CODE_CONTENT.has(local)) capture.skip = 1;
      }
      return;
    }
    if (local === "trans-unit" || local === "unit") {
      unitId = attr(tag, "id") ?? String(pairs.length + 1);
      segmentId = "";
      segmentCount = 0;
      current = {};
    } else if (local === "segment") {
      segmentCount++;
      segmentId = attr(tag, "id") ?? String(segmentCount);
      current = {};
    } else if (
      (local === "source" || local === "target") &&
      (parent === "trans-unit" || parent === "segment")
    ) {
      capture = { side: local, depth: 0, text: "", skip: 0 };
    }
  });
  parser.on("text", (chunk) => {
    if (capture && capture.skip === 0) capture.text += escapeInlineText(chunk);
  });
  parser.on("cdata", (chunk) => {
    if (capture && capture.skip === 0) capture.text += escapeInlineText(chunk);
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    stack.pop();
    const local = tag.local;
    if (capture) {
      if (capture.depth === 0) {
        current[capture.side] = capture.text.replace(/\s+/gu, " ").trim();
        capture = undefined;
        return;
      }
      capture.depth--;
      if (capture.skip > 0) {
        capture.skip--;
        return;
      }
      if (PAIRED.has(local)) capture.text += "</g>";
      return;
    }
    if (local === "segment" || local === "trans-unit") flush();
  });
  parser.on("error", (error) => {
    throw new UnreadableFileError(`${name}: malformed XML: ${error.message}`);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`${name}: malformed XML: ${(error as Error).message}`);
  }
  if (!isXliff) throw new UnreadableFileError(`${name}: not an XLIFF document`);
  return pairs;
}

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && attribute.uri === "") return attribute.value;
  }
  return undefined;
}

function escapeAttr(value: string): string {
  return value.replace(/[^\p{L}\p{N}_.:-]/gu, "_");
}

function codePoint(hex: string | undefined): string {
  const value = Number.parseInt(hex ?? "", 16);
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : "";
}
