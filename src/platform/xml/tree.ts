import { SaxesParser, type SaxesTagPlain } from "saxes";
import { ValidationError } from "../errors.js";

/** An element of a parsed XML document: name as written (prefix included), attributes, children in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The line it starts on, for error reports. */
  line: number;
}

/** A child of an element: an element or a piece of text (CDATA included). */
export type XmlNode = XmlElement | string;

/** Bounds that keep a hostile file from using up memory. */
export interface XmlLimits {
  maxElements: number;
  maxDepth: number;
}

const DEFAULT_LIMITS: XmlLimits = { maxElements: 2_000_000, maxDepth: 64 };

/**
 * Parses XML text into a tree with saxes, without any DTD processing: a
 * DOCTYPE that only names an external DTD is ignored (nothing is fetched), a
 * DOCTYPE with an internal subset (entity declarations: XXE, "billion laughs")
 * is refused, and so is any entity other than the five predefined ones and
 * character references. Malformed XML and files past the limits are refused
 * with a ValidationError naming the line.
 */
export function parseXmlTree(text: string, limits: Partial<XmlLimits> = {}): XmlElement {
  const { maxElements, maxDepth } = { ...DEFAULT_LIMITS, ...limits };
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let failure: ValidationError | undefined;
  const fail = (message: string): never => {
    throw new ValidationError(message, [{ path: `line ${parser.line}`, message }]);
  };
  parser.on("doctype", (doctype) => {
    if (doctype.includes("["))
      fail("The file's DOCTYPE declares entities or elements; it is refused");
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    count += 1;
    if (count > maxElements) fail(`The file has more than ${maxElements} elements`);
    if (stack.length >= maxDepth) fail(`The file nests elements deeper than ${maxDepth}`);
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...tag.attributes },
      children: [],
      line: parser.line,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (chunk: string) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + chunk;
    else parent.children.push(chunk);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => {
    // saxes goes on after an error; the first one is the one to report.
    failure ??= new ValidationError("The file is not well-formed XML", [
      { path: `line ${parser.line}`, message: error.message },
    ]);
  });
  parser.write(text).close();
  if (failure) throw failure;
  if (!root) fail("The file has no root element");
  return root as XmlElement;
}

/** The element children of an element, optionally only those with a name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name),
  );
}

/** The text of an element and its descendants, in order. */
export function textContent(node: XmlNode): string {
  if (typeof node === "string") return node;
  return node.children.map(textContent).join("");
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
