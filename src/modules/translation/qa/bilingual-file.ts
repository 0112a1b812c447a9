import fs from "node:fs/promises";
import { escapeInlineText } from "../segments/index.js";
import { XliffError } from "../xliff/decode.js";
import { readXliff } from "../xliff/read.js";

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
 * Reads a bilingual file: XLIFF 1.2 or 2.x (when it starts with `<` or a UTF-16
 * byte order mark), else TSV with two columns (a first line exactly
 * `source<TAB>target` is a header). Refuses with UnreadableFileError a missing,
 * oversized, binary, malformed or invalid file. Untranslated segments are left out.
 */
export async function readBilingualFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<BilingualPair[]> {
  return (await readBilingualDocument(path, maxBytes)).pairs;
}

/** Reads a bilingual file with its languages (see parseBilingualDocument); same refusals. */
export async function readBilingualDocument(
  path: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<BilingualDocument> {
  const stat = await fs.stat(path).catch(() => undefined);
  if (!stat) throw new UnreadableFileError(`${path}: no such file`);
  if (!stat.isFile()) throw new UnreadableFileError(`${path}: not a file`);
  if (stat.size > maxBytes) {
    throw new UnreadableFileError(
      `${path}: ${stat.size} bytes, over the limit of ${maxBytes} bytes`,
    );
  }
  const bytes = await fs.readFile(path);
  return parseBilingualDocument(bytes, path);
}

/** What a bilingual file holds: its translated pairs and, for XLIFF, its languages. */
export interface BilingualDocument {
  pairs: BilingualPair[];
  /** XLIFF's srcLang / source-language; undefined for TSV. */
  sourceLanguage: string | undefined;
  /** XLIFF's trgLang / target-language; undefined for TSV. */
  targetLanguage: string | undefined;
  /** Segments whose target is missing or empty: untranslated, not checked. */
  untranslated: number;
}

/** Parses the bytes of a bilingual file (see readBilingualFile); `name` only labels messages. */
export function parseBilingual(bytes: Uint8Array, name: string): BilingualPair[] {
  return parseBilingualDocument(bytes, name).pairs;
}

/**
 * Parses a bilingual file: XLIFF (read and validated by the XLIFF module, in any
 * encoding it declares, UTF-16 with a byte order mark included) or UTF-8 TSV.
 */
export function parseBilingualDocument(bytes: Uint8Array, name: string): BilingualDocument {
  const isUtf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16 || looksLikeXml(bytes)) {
    try {
      const document = readXliff(bytes, { maxBytes: Number.POSITIVE_INFINITY });
      const translated = document.segments.filter((s) => s.target !== undefined);
      return {
        pairs: translated.map((s) => ({ ref: s.ref, source: s.source, target: s.target ?? "" })),
        sourceLanguage: document.srcLang,
        targetLanguage: document.trgLang,
        untranslated: document.segments.length - translated.length,
      };
    } catch (error) {
      if (!(error instanceof XliffError)) throw error;
      const what =
        error.rule === "root" ? "not an XLIFF document" : `${error.rule}: ${error.message}`;
      throw new UnreadableFileError(`${name}: ${what}`);
    }
  }
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
  return {
    pairs: parseTsv(text, name),
    sourceLanguage: undefined,
    targetLanguage: undefined,
    untranslated: 0,
  };
}

/** Whether the first non-blank byte (after a UTF-8 byte order mark) is "<". */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x3c;
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
