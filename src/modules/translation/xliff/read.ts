import { escapeInlineText } from "../segments/index.js";
import { XliffError, decodeXmlBytes } from "./decode.js";
import { XLF, XLF12, XLF22, XML_NS } from "./namespaces.js";
import {
  type XmlElement,
  type XmlLimits,
  DEFAULT_XML_LIMITS,
  attributeOf,
  elementsOf,
  parseXmlTree,
} from "./xml-tree.js";
import { type Violation, validateXliff2 } from "./validate-core.js";

/** One segment of an XLIFF file, source and target in the segment inline format. */
export interface XliffSegment {
  unitId: string;
  /** The segment's id (2.x), or undefined (1.2, or a 2.x segment without one). */
  segmentId: string | undefined;
  /** "unit u1, segment s2", for messages. */
  ref: string;
  source: string;
  /** Undefined when the file has no target or an empty one: untranslated. */
  target: string | undefined;
  /** 2.x `state` or 1.2 target `state`, when given. */
  state: string | undefined;
}

/** A read and validated XLIFF document. */
export interface XliffDocument {
  version: string;
  srcLang: string;
  trgLang: string | undefined;
  segments: XliffSegment[];
  tree: XmlElement;
}

/** Files above this many bytes are refused. */
export const MAX_XLIFF_BYTES = 20 * 1024 * 1024;

/** A file that is XML but breaks XLIFF's rules; every violation is kept. */
export class InvalidXliffError extends XliffError {
  constructor(readonly violations: Violation[]) {
    const first = violations[0];
    super(
      first?.rule ?? "invalid",
      `invalid XLIFF: ${violations
        .map((v) => `line ${v.line}: ${v.message}`)
        .slice(0, 5)
        .join("; ")}`,
    );
  }
}

/**
 * Reads XLIFF 2.0/2.1/2.2 or 1.2 from bytes (any encoding decodeXmlBytes knows),
 * validates it (2.x: validateXliff2; 1.2: the rules this reader relies on) and returns
 * its segments. Throws XliffError (or InvalidXliffError) naming the rule broken.
 */
export function readXliff(
  bytes: Uint8Array,
  options: { maxBytes?: number; limits?: XmlLimits } = {},
): XliffDocument {
  const maxBytes = options.maxBytes ?? MAX_XLIFF_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new XliffError("too-large", `${bytes.byteLength} bytes, over the limit of ${maxBytes}`);
  }
  const tree = parseXmlTree(decodeXmlBytes(bytes), options.limits ?? DEFAULT_XML_LIMITS);
  if (tree.uri === XLF22) renameNamespace(tree, XLF22, XLF);
  if (tree.local !== "xliff")
    throw new XliffError("root", `not an XLIFF document (root <${tree.name}>)`);
  if (tree.uri === XLF) {
    const violations = validateXliff2(tree);
    if (violations.length > 0) throw new InvalidXliffError(violations);
    return {
      version: attributeOf(tree, "version") ?? "2.0",
      srcLang: attributeOf(tree, "srcLang") ?? "",
      trgLang: attributeOf(tree, "trgLang"),
      segments: segments2(tree),
      tree,
    };
  }
  if (tree.uri === XLF12 || (tree.uri === "" && attributeOf(tree, "version") === "1.2"))
    return read12(tree);
  throw new XliffError("namespace", `unknown XLIFF namespace "${tree.uri}"`);
}

function renameNamespace(element: XmlElement, from: string, to: string): void {
  if (element.uri === from) element.uri = to;
  for (const child of elementsOf(element)) renameNamespace(child, from, to);
}

function segments2(root: XmlElement): XliffSegment[] {
  const out: XliffSegment[] = [];
  const walk = (element: XmlElement) => {
    for (const child of elementsOf(element)) {
      if (child.uri !== XLF) continue;
      if (child.local === "file" || child.local === "group") walk(child);
      if (child.local !== "unit") continue;
      const unitId = attributeOf(child, "id") ?? "";
      for (const [index, segment] of elementsOf(child)
        .filter((e) => e.uri === XLF && e.local === "segment")
        .entries()) {
        const segmentId = attributeOf(segment, "id");
        const source = elementsOf(segment).find((e) => e.uri === XLF && e.local === "source");
        const target = elementsOf(segment).find((e) => e.uri === XLF && e.local === "target");
        const targetText = target ? toInline(target, XLF) : "";
        out.push({
          unitId,
          segmentId,
          ref: `unit ${unitId}, segment ${segmentId ?? index + 1}`,
          source: source ? toInline(source, XLF) : "",
          target: targetText === "" ? undefined : targetText,
          state: attributeOf(segment, "state"),
        });
      }
    }
  };
  walk(root);
  return out;
}

function read12(root: XmlElement): XliffDocument {
  const ns = root.uri;
  const violations: Violation[] = [];
  const add = (rule: string, element: XmlElement, message: string) =>
    violations.push({ rule, message, line: element.line });
  if (attributeOf(root, "version") !== "1.2") add("version", root, "version must be 1.2");
  const files = elementsOf(root).filter((e) => e.uri === ns && e.local === "file");
  if (files.length === 0) add("content", root, "no <file>");
  let srcLang = "";
  let trgLang: string | undefined;
  const segments: XliffSegment[] = [];
  for (const file of files) {
    const source = attributeOf(file, "source-language");
    if (!source) add("source-language", file, "<file> needs source-language");
    srcLang ||= source ?? "";
    const target = attributeOf(file, "target-language");
    if (trgLang !== undefined && target !== undefined && target !== trgLang) {
      add("target-language", file, "files of different target languages");
    }
    trgLang ??= target;
    const ids = new Set<string>();
    const units = descendantsNamed(file, ns, "trans-unit");
    for (const unit of units) {
      const id = attributeOf(unit, "id");
      if (id === undefined) add("unit-id", unit, "<trans-unit> needs an id");
      else if (ids.has(id)) add("unit-id", unit, `id "${id}" is used twice`);
      ids.add(id ?? "");
      const sources = elementsOf(unit).filter((e) => e.uri === ns && e.local === "source");
      const targets = elementsOf(unit).filter((e) => e.uri === ns && e.local === "target");
      if (sources.length !== 1) add("content", unit, "<trans-unit> needs exactly one <source>");
      if (targets.length > 1) add("content", unit, "<trans-unit> has more than one <target>");
      const targetElement = targets[0];
      const lang = targetElement ? attributeOf(targetElement, "lang", XML_NS) : undefined;
      if (
        lang !== undefined &&
        target !== undefined &&
        lang.toLowerCase() !== target.toLowerCase()
      ) {
        add("xml-lang", targetElement ?? unit, `<target> is in ${lang}, not ${target}`);
      }
      const targetText = targetElement ? toInline(targetElement, ns) : "";
      segments.push({
        unitId: id ?? "",
        segmentId: undefined,
        ref: `unit ${id ?? ""}`,
        source: sources[0] ? toInline(sources[0], ns) : "",
        target: targetText === "" ? undefined : targetText,
        state: targetElement ? attributeOf(targetElement, "state") : undefined,
      });
    }
  }
  if (violations.length > 0) throw new InvalidXliffError(violations);
  return { version: "1.2", srcLang, trgLang, segments, tree: root };
}

function descendantsNamed(element: XmlElement, ns: string, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of elementsOf(element)) {
    if (child.uri === ns && child.local === local) out.push(child);
    else out.push(...descendantsNamed(child, ns, local));
  }
  return out;
}

const PAIRED = new Set(["g", "pc"]);
const STANDALONE = new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec"]);

/** Source or target content in the segment inline format (whitespace collapsed). */
export function toInline(content: XmlElement, ns: string): string {
  const write = (element: XmlElement): string =>
    element.children
      .map((child) => {
        if (typeof child === "string") return escapeInlineText(child);
        if (child.uri !== ns) return "";
        const id = attributeOf(child, "id") ?? attributeOf(child, "startRef") ?? "";
        if (child.local === "cp") return escapeInlineText(codePoint(attributeOf(child, "hex")));
        if (PAIRED.has(child.local)) return `<g id="${safeId(id)}">${write(child)}</g>`;
        if (STANDALONE.has(child.local)) {
          const isEnd =
            child.local === "ept" ||
            child.local === "ex" ||
            (child.local === "ec" && attributeOf(child, "startRef") !== undefined);
          // 1.2 ph/bpt/ept/it hold native code, never text: not read.
          return `<x id="${safeId(isEnd ? `${id}-end` : id)}"/>`;
        }
        return write(child); // mrk, sm, em: annotations, transparent
      })
      .join("");
  return write(content).replace(/\s+/gu, " ").trim();
}

function safeId(value: string): string {
  return value.replace(/[^\p{L}\p{N}_.:-]/gu, "_");
}

function codePoint(hex: string | undefined): string {
  const value = Number.parseInt(hex ?? "", 16);
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : "";
}
