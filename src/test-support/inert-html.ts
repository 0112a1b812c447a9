import { parse } from "parse5";

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const FORBIDDEN = new Set([
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "base",
  "style",
  "frame",
  "frameset",
  "applet",
  "template",
  "noscript",
]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "data",
  "xlink:href",
  "background",
  "cite",
]);

/**
 * Parses a page as a browser would and lists everything that could run script:
 * script elements other than the page's own bundle and JSON-LD, dangerous elements,
 * event-handler attributes, script/data URLs, and meta refreshes.
 */
export function findLiveScript(html: string, options: { allowedScriptSrc: RegExp }): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    const tag = node.tagName;
    if (tag) {
      const attrs = new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value]));
      if (tag === "script") {
        const src = attrs.get("src");
        const isJsonLd = attrs.get("type") === "application/ld+json" && src === undefined;
        if (!isJsonLd && !(src !== undefined && options.allowedScriptSrc.test(src)))
          found.push(`<script ${src ?? ""}>`);
      }
      if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
      if (tag === "meta" && attrs.has("http-equiv"))
        found.push(`<meta http-equiv=${attrs.get("http-equiv")}>`);
      for (const [name, value] of attrs) {
        if (name.startsWith("on")) found.push(`<${tag} ${name}>`);
        if (URL_ATTRIBUTES.has(name) || name === "srcset") {
          // Browsers ignore control characters and spaces inside a URL's scheme.
          const normalized = [...value]
            .filter((c) => c.charCodeAt(0) > 0x20)
            .join("")
            .toLowerCase();
          if (/^(javascript|vbscript|data):/.test(normalized))
            found.push(`<${tag} ${name}=${value}>`);
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return found;
}
