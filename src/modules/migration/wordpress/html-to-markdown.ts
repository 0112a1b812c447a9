import type { Element, ElementContent, Root, RootContent } from "hast";
import type { Nodes as MdastNodes } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";

/** What the conversion of one body noticed, for the import report. */
export interface ConversionNotes {
  /** Shortcode names found (`[gallery]`): kept as text, since only WordPress can run them. */
  shortcodes: string[];
  /** Elements kept as sanitized HTML because Markdown has no form for them. */
  keptHtml: string[];
  /** Image addresses the caller could not give a media-library address for (kept as links). */
  missingImages: string[];
  /** Embeds (iframes, video, audio) turned into links to what they showed. */
  embeds: string[];
}

/** The Markdown of a WordPress body and what was noticed on the way. */
export interface ConvertedBody {
  markdown: string;
  notes: ConversionNotes;
}

/**
 * Turns WordPress post content (Gutenberg block markup or classic HTML with
 * `wpautop` paragraphs) into the Markdown the editor writes: block comments
 * removed, images given their media-library address by `resolveImage` (or
 * kept as a link to the old address), shortcodes kept as text and reported,
 * and what Markdown cannot say kept as sanitized HTML. No text is dropped.
 */
export function wordpressHtmlToMarkdown(
  html: string,
  options: { resolveImage?: (src: string) => string | undefined } = {},
): ConvertedBody {
  const notes: ConversionNotes = { shortcodes: [], keptHtml: [], missingImages: [], embeds: [] };
  const prepared = autop(stripBlockComments(html));
  for (const match of prepared.matchAll(SHORTCODE)) {
    const name = match[1] ?? "";
    if (!notes.shortcodes.includes(name)) notes.shortcodes.push(name);
  }
  const withoutCaptions = prepared.replace(CAPTION_OPEN, "").replace(CAPTION_CLOSE, "");
  const tree = unified().use(rehypeParse, { fragment: true }).parse(withoutCaptions);
  rewriteMedia(tree, notes, options.resolveImage ?? (() => undefined));
  const mdast = unified()
    .use(rehypeRemark, {
      handlers: {
        details: (_state, node: Element) => keepAsHtml(node, notes),
        sup: (_state, node: Element) => keepAsHtml(node, notes),
        sub: (_state, node: Element) => keepAsHtml(node, notes),
        // Form controls have no Markdown form; their visible words are kept as a line of text.
        select: (_state, node: Element) => ({
          type: "paragraph",
          children: [{ type: "text", value: optionsOf(node).join(" / ") }],
        }),
      },
    })
    .runSync(tree) as MdastNodes;
  const markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "_", rule: "-", fences: true })
    .stringify(mdast as never);
  return { markdown: markdown.trim() + "\n", notes };
}

/** Visible text of HTML, for the "no text lost" comparison. */
export function visibleTextOfHtml(html: string): string {
  const tree = unified()
    .use(rehypeParse, { fragment: true })
    .parse(stripBlockComments(html).replace(CAPTION_OPEN, "").replace(CAPTION_CLOSE, ""));
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === "element" && INVISIBLE.has(node.tagName)) return SKIP;
    if (node.type === "text") parts.push(node.value);
    if (node.type === "element") {
      // Inline elements join their text ("H<sub>2</sub>O" is one word); blocks separate it.
      if (!INLINE.has(node.tagName)) parts.push(" ");
      const alt = node.properties["alt"];
      if (node.tagName === "img" && typeof alt === "string") parts.push(` ${alt} `);
    }
    return undefined;
  });
  return parts.join("");
}

const INLINE = new Set(
  "a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr".split(
    " ",
  ),
);
const INVISIBLE = new Set(["script", "style", "template", "noscript", "head", "title"]);
// `[name attr…]` or `[/name]`: WordPress shortcodes are lowercase names with underscores and hyphens.
const SHORTCODE = /\[\/?([a-z][a-z0-9_-]*)(?:\s[^\]]*)?\/?\]/g;
const CAPTION_OPEN = /\[caption(?:\s[^\]]*)?\]/g;
const CAPTION_CLOSE = /\[\/caption\]/g;
const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
const BLOCK_TAG =
  /^<(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|ul|!--)/i;

function stripBlockComments(html: string): string {
  return html.replace(BLOCK_COMMENT, "").replace(/<!--\s*(?:more|nextpage|noteaser)\s*-->/g, "");
}

/**
 * WordPress's `wpautop`, enough for Markdown: a blank line separates
 * paragraphs, a single line break inside one is a `<br>`; block elements and
 * preformatted text are left alone.
 */
function autop(html: string): string {
  if (!/\n\s*\n/.test(html) && !/\n/.test(html.trim())) return html;
  const chunks = html.split(/\n\s*\n/);
  let inPre = 0;
  return chunks
    .map((chunk) => {
      const trimmed = chunk.trim();
      const opens = (chunk.match(/<pre\b/gi) ?? []).length;
      const closes = (chunk.match(/<\/pre>/gi) ?? []).length;
      const wasInPre = inPre > 0;
      inPre += opens - closes;
      if (trimmed === "" || wasInPre || opens > 0 || BLOCK_TAG.test(trimmed)) return chunk;
      return `<p>${trimmed.replace(/\n/g, "<br>\n")}</p>`;
    })
    .join("\n\n");
}

/** Images get their new address or become links; embeds become links to what they showed. */
function rewriteMedia(
  tree: Root,
  notes: ConversionNotes,
  resolveImage: (src: string) => string | undefined,
): void {
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.tagName === "img") {
      const src = stringProp(node, "src");
      const alt = stringProp(node, "alt");
      const resolved = src ? resolveImage(src) : undefined;
      if (resolved) {
        node.properties = { src: resolved, alt, title: node.properties["title"] ?? undefined };
        return undefined;
      }
      if (src) notes.missingImages.push(src);
      const label = alt || (src ? fileName(src) : "");
      const replacement: ElementContent = src
        ? link(src, label || src)
        : { type: "text", value: label };
      parent.children.splice(index, 1, replacement as RootContent & ElementContent);
      return SKIP;
    }
    if (node.tagName === "a") {
      // A link to a file of the uploads folder (a PDF, an image at full size) follows the file.
      const href = stringProp(node, "href");
      const resolved = href ? resolveImage(href) : undefined;
      if (resolved) node.properties["href"] = resolved;
      return undefined;
    }
    if (EMBEDS.has(node.tagName)) {
      const src = stringProp(node, "src") || firstSource(node);
      const text = visibleText(node).trim();
      if (src) notes.embeds.push(src);
      const replacement: ElementContent[] = [];
      if (src) replacement.push(link(src, text || src));
      else if (text) replacement.push({ type: "text", value: text });
      parent.children.splice(index, 1, ...(replacement as (RootContent & ElementContent)[]));
      return [SKIP, index + replacement.length];
    }
    return undefined;
  });
}

const EMBEDS = new Set(["iframe", "video", "audio", "embed", "object"]);

function keepAsHtml(node: Element, notes: ConversionNotes): MdastNodes {
  const root: Root = { type: "root", children: [node] };
  const processor = unified().use(rehypeSanitize).use(rehypeStringify);
  const html = processor.stringify(processor.runSync(root) as Root);
  if (!notes.keptHtml.includes(node.tagName)) notes.keptHtml.push(node.tagName);
  return { type: "html", value: html };
}

function optionsOf(node: Element): string[] {
  const options: string[] = [];
  visit(node, "element", (child) => {
    if (child.tagName === "option") options.push(visibleText(child).trim());
  });
  return options.filter(Boolean);
}

function stringProp(node: Element, name: string): string {
  const value = node.properties[name];
  return typeof value === "string" ? value : "";
}

function firstSource(node: Element): string {
  for (const child of node.children) {
    if (child.type === "element" && child.tagName === "source") return stringProp(child, "src");
  }
  return "";
}

function visibleText(node: Element): string {
  let out = "";
  visit(node, "text", (text) => {
    out += text.value;
  });
  return out;
}

function link(href: string, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: { href },
    children: [{ type: "text", value: text }],
  };
}

function fileName(src: string): string {
  const last = src.split(/[?#]/)[0]?.split("/").pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
