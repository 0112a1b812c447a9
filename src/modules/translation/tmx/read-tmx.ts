import { ValidationError } from "../../../platform/errors.js";
import { decodeXml } from "../../../platform/xml/decode.js";
import {
  childElements,
  parseXmlTree,
  textContent,
  type XmlElement,
} from "../../../platform/xml/tree.js";
import { type RawToken, readSeg, TmxInlineError } from "./tmx-inline.js";

/** The largest TMX file read (bytes); bigger memories are split before import. */
export const MAX_TMX_BYTES = 50 * 1024 * 1024;
/** The longest segment kept (characters); longer ones are skipped as not sentences. */
export const MAX_SEGMENT_LENGTH = 10_000;

/** One language of a translation unit: its language code as written and its segment, or why it cannot be read. */
export interface TmxVariant {
  lang: string;
  tokens: RawToken[] | undefined;
  problem?: string;
}

/** A `<tu>`: its source language (the unit's or the header's), who made it, its languages. */
export interface TmxUnit {
  line: number;
  srclang: string;
  /** From Civitas's own `x-civitas-origin`/`x-civitas-state` props; a person's translation otherwise. */
  origin: "engine" | "memory" | "human";
  state: "machine" | "reviewed";
  variants: TmxVariant[];
}

/** A TMX document as the import needs it. */
export interface TmxDocument {
  version: string;
  srclang: string;
  creationtool: string;
  units: TmxUnit[];
}

/**
 * Reads TMX 1.1–1.4b bytes (any encoding decodeXml reads; no DTD processing).
 * A file that is not TMX (another root, no header, no body) is refused with a
 * ValidationError; a unit that cannot be read is kept with its problem so the
 * import can count it as skipped.
 */
export function readTmx(bytes: Uint8Array): TmxDocument {
  if (bytes.length > MAX_TMX_BYTES) {
    throw new ValidationError(`A TMX file holds at most ${MAX_TMX_BYTES / 1024 / 1024} MB`);
  }
  const root = parseXmlTree(decodeXml(bytes).text);
  if (root.name !== "tmx") {
    throw new ValidationError(
      `This is not a TMX file: its root element is <${root.name}>, not <tmx>`,
    );
  }
  const header = childElements(root, "header")[0];
  const body = childElements(root, "body")[0];
  if (!header || !body) throw new ValidationError("This TMX file has no <header> or no <body>");
  const srclang = header.attributes.srclang;
  if (!srclang) throw new ValidationError("This TMX file's header has no srclang");
  return {
    version: root.attributes.version ?? "",
    srclang,
    creationtool: header.attributes.creationtool ?? "",
    units: childElements(body, "tu").map((tu) => readUnit(tu, srclang)),
  };
}

function readUnit(tu: XmlElement, headerSrclang: string): TmxUnit {
  const props = new Map(
    childElements(tu, "prop").map((p) => [p.attributes.type ?? "", textContent(p).trim()]),
  );
  const origin = props.get("x-civitas-origin");
  const state = props.get("x-civitas-state");
  return {
    line: tu.line,
    srclang: tu.attributes.srclang ?? headerSrclang,
    origin: origin === "engine" || origin === "memory" ? origin : "human",
    state: state === "machine" ? "machine" : "reviewed",
    variants: childElements(tu, "tuv").map(readVariant),
  };
}

function readVariant(tuv: XmlElement): TmxVariant {
  // TMX 1.1 wrote the language as `lang`; 1.2 and later as xml:lang.
  const lang = tuv.attributes["xml:lang"] ?? tuv.attributes.lang ?? "";
  const seg = childElements(tuv, "seg")[0];
  if (!seg) return { lang, tokens: undefined, problem: "a language has no <seg>" };
  try {
    const tokens = readSeg(seg);
    const length = tokens.reduce((n, t) => n + (t.type === "text" ? t.text.length : 0), 0);
    if (length > MAX_SEGMENT_LENGTH) {
      return {
        lang,
        tokens: undefined,
        problem: `a segment is longer than ${MAX_SEGMENT_LENGTH} characters`,
      };
    }
    return { lang, tokens };
  } catch (error) {
    if (error instanceof TmxInlineError) return { lang, tokens: undefined, problem: error.message };
    throw error;
  }
}
