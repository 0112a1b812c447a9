import { type SaxesTagNS, SaxesParser } from "saxes";
import { XliffError } from "./decode.js";

/** An attribute of an element, namespace resolved. */
export interface XmlAttribute {
  uri: string;
  local: string;
  name: string;
  value: string;
}

/** An element of the parsed document; children are elements and text. */
export interface XmlElement {
  uri: string;
  local: string;
  name: string;
  attributes: XmlAttribute[];
  /** Namespace declarations made on this element (prefix → uri; "" is the default). */
  declarations: Record<string, string>;
  children: (XmlElement | string)[];
  parent: XmlElement | undefined;
  line: number;
}

/** Limits that keep a hostile file from costing memory or stack. */
export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 64, maxElements: 2_000_000 };

/**
 * Parses XML into a small tree with namespaces resolved. A DOCTYPE is refused (no DTD is
 * ever read, so no external entity and no billion laughs), and so is any entity other than
 * XML's five; comments and processing instructions are dropped.
 */
export function parseXmlTree(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  parser.on("doctype", () => {
    throw new XliffError("no-dtd", "a DOCTYPE is not allowed (no DTD or entity is read)");
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    count++;
    if (count > limits.maxElements) {
      throw new XliffError("too-large", `more than ${limits.maxElements} elements`);
    }
    if (stack.length >= limits.maxDepth) {
      throw new XliffError("too-deep", `elements nested deeper than ${limits.maxDepth}`);
    }
    const parent = stack.at(-1);
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      name: tag.name,
      attributes: Object.values(tag.attributes)
        .filter((a) => a.prefix !== "xmlns" && a.name !== "xmlns")
        .map((a) => ({ uri: a.uri, local: a.local, name: a.name, value: a.value })),
      declarations: hasOwnKeys(tag.ns) ? { ...tag.ns } : NO_DECLARATIONS,
      children: [],
      parent,
      line: parser.line,
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  const onText = (chunk: string) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + chunk;
    else parent.children.push(chunk);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    throw new XliffError("xml", `malformed XML: ${error.message}`);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XliffError) throw error;
    throw new XliffError("xml", `malformed XML: ${(error as Error).message}`);
  }
  if (!root) throw new XliffError("xml", "no root element");
  return root;
}

const NO_DECLARATIONS: Record<string, string> = Object.freeze({});

function hasOwnKeys(object: Record<string, string> | undefined): object is Record<string, string> {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/** The value of an attribute without namespace (`uri` "") or in the given namespace. */
export function attributeOf(element: XmlElement, local: string, uri = ""): string | undefined {
  return element.attributes.find((a) => a.local === local && a.uri === uri)?.value;
}

/** The element children of an element. */
export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string");
}

/** The text of an element and its descendants. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** Writes a tree back as XML (UTF-8, namespace declarations where they were made). */
export function writeXmlTree(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeElement(root)}\n`;
}

function writeElement(element: XmlElement): string {
  const declarations = Object.entries(element.declarations).map(([prefix, uri]) =>
    prefix === "" ? ` xmlns="${escapeXml(uri)}"` : ` xmlns:${prefix}="${escapeXml(uri)}"`,
  );
  const attributes = element.attributes.map((a) => ` ${a.name}="${escapeXml(a.value)}"`);
  const open = `<${element.name}${declarations.join("")}${attributes.join("")}`;
  if (element.children.length === 0) return `${open}/>`;
  const inner = element.children
    .map((c) => (typeof c === "string" ? escapeXmlText(c) : writeElement(c)))
    .join("");
  return `${open}>${inner}</${element.name}>`;
}

/** Escapes text for XML content. */
export function escapeXmlText(text: string): string {
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/\r/gu, "&#13;");
}

/** Escapes text for a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/\r/gu, "&#13;")
    .replace(/\t/gu, "&#9;")
    .replace(/\n/gu, "&#10;");
}
