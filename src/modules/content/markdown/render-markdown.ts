import GithubSlugger, { slug as slugify } from "github-slugger";
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Plugin } from "unified";
import type { LocaleCode } from "../../../platform/config.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import { getTranslator } from "../../../platform/i18n/translator.js";

/** The result of rendering one Markdown document. */
export interface RenderedMarkdown {
  html: string;
  /** Plain text, NOT escaped: callers must escape it before putting it into HTML. */
  text: string;
  wordCount: number;
  headings: { depth: number; id: string; text: string }[];
}

/** How to render: the document's language names the labels added to it (anchors, tables, footnotes). */
export interface RenderMarkdownOptions {
  /** Language of the document; labels come from its catalog, English for a language without one. */
  locale?: string;
}

type Summary = Omit<RenderedMarkdown, "html">;

/** The words the renderer adds to a body, in the document's language. */
interface Labels {
  headingAnchor: string;
  headingAnchorNamed: (heading: string) => string;
  table: string;
  footnotes: string;
  footnoteBack: (referenceIndex: number, rereferenceIndex: number) => string;
}

// Anything beyond this many container markers (`>`, `-`, `1.`) at the start of one line is
// pathological; without the cap, 5,000 of them cost seconds and then overflow the stack.
const MAX_LINE_CONTAINERS = 32;
const CONTAINER = String.raw`(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))`;
const CONTAINER_RUN = new RegExp(
  String.raw`^[ \t]*${CONTAINER}{${MAX_LINE_CONTAINERS + 1},}`,
  "gm",
);
const CONTAINER_TOKEN = new RegExp(CONTAINER, "y");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Only these ids survive sanitization, so editors can neither clobber DOM globals nor break
// our heading anchors; the fixed prefix comes from remark-rehype's footnote output.
const FOOTNOTE_REF_ID = /^user-content-fnref-\S+$/;
const FOOTNOTE_ID = /^user-content-fn-\S+$/;

const words = (list: string): string[] => list.split(" ");
const WEB = words("http https");

const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // Our own ids are assigned after sanitizing, so prefixing would only break anchors.
  clobber: [],
  clobberPrefix: "",
  // Dropped together with their content: either executable or meaningless once disarmed.
  strip: words(
    "script style template noscript iframe frame frameset object embed applet svg math " +
      "textarea title xmp noembed noframes select head",
  ),
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((name) => name !== "picture" && name !== "source"),
    ...words("abbr bdi bdo caption cite dfn figcaption figure mark small time u wbr"),
  ],
  ancestors: { ...defaultSchema.ancestors, figcaption: ["figure"], caption: ["table"] },
  attributes: {
    "*": words(
      "abbr align alt cite colSpan dateTime dir headers height hrefLang lang open rowSpan " +
        "scope span start summary title vAlign width",
    ),
    a: [
      ...words("href ariaLabel dataFootnoteRef dataFootnoteBackref"),
      ["className", "data-footnote-backref"],
      ["ariaDescribedBy", "footnote-label"],
      ["id", FOOTNOTE_REF_ID],
    ],
    code: [["className", /^language-./]],
    h2: [["className", "sr-only"]],
    img: ["src", "ariaLabel"],
    input: [["disabled", true], ["type", "checkbox"], "checked"],
    li: [["className", "task-list-item"], ["id", FOOTNOTE_ID], "value"],
    ol: [["className", "contains-task-list"], "reversed"],
    section: ["dataFootnotes", ["className", "footnotes"]],
    ul: [["className", "contains-task-list"]],
  },
  protocols: { href: [...WEB, "mailto", "tel"], src: WEB, cite: WEB },
  required: { input: { disabled: true, type: "checkbox" } },
};

// Resolving against a reserved domain tells relative links (same origin) from external ones.
const LOCAL_BASE = new URL("https://civitas.invalid/");
const HEADING = /^h[1-6]$/;
// Attribute values that look like markup are harmless in body context but turn into live tags
// if a template ever re-embeds the HTML in a raw-text element (the noscript/mXSS family).
const MARKUP_LIKE = /<[/!?a-z]|-->|]]>/i;
const BLOCK =
  /^(?:address|blockquote|br|caption|d[dlt]|details|div|fig(?:caption|ure)|h[1-6r]|li|ol|p|pre|section|summary|table|tr|ul)$/;

// Keyed by VFile so that processSync can hand back what the trusted step learned: read
// only when asked (the translation pipeline stores the HTML alone, per page and language).
const summaries = new WeakMap<object, () => Summary>();

interface Context {
  labels: Labels;
  slugger: GithubSlugger;
  headings: Summary["headings"];
  insideLink: boolean;
  inFootnotes: boolean;
}

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

const txt = (value: string): ElementContent => ({ type: "text", value });

function hasClass(node: Element, name: string): boolean {
  const value = node.properties["className"];
  return Array.isArray(value) && value.includes(name);
}

function isExternal(href: unknown): boolean {
  if (typeof href !== "string" || !URL.canParse(href, LOCAL_BASE)) return false;
  const { protocol, host } = new URL(href, LOCAL_BASE);
  return (protocol === "http:" || protocol === "https:") && host !== LOCAL_BASE.host;
}

function meaningful(children: ElementContent[]): ElementContent[] {
  return children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
}

/** A paragraph that holds nothing but one (possibly linked) image is an illustration. */
function asFigure(paragraph: Element): Element | undefined {
  const [only, ...rest] = meaningful(paragraph.children);
  if (!only || rest.length > 0 || only.type !== "element") return undefined;
  let image: Element | undefined = only.tagName === "img" ? only : undefined;
  if (only.tagName === "a") {
    const [inner, ...others] = meaningful(only.children);
    if (inner?.type === "element" && inner.tagName === "img" && others.length === 0) image = inner;
  }
  if (!image) return undefined;
  const title = image.properties["title"];
  delete image.properties["title"];
  const caption = typeof title === "string" ? title.trim() : "";
  const children: ElementContent[] = [only];
  if (caption) children.push(el("figcaption", {}, [txt(caption)]));
  return el("figure", { className: ["figure"] }, children);
}

function enhanceHeading(node: Element, ctx: Context): void {
  if (ctx.inFootnotes && node.tagName === "h2" && hasClass(node, "sr-only")) {
    node.properties["id"] = "footnote-label";
    return;
  }
  if (node.tagName === "h1") node.tagName = "h2";
  delete node.properties["className"];
  const text = toString(node).replace(/\s+/g, " ").trim();
  const id = ctx.slugger.slug(slugify(text) ? text : "section");
  node.properties["id"] = id;
  // An empty heading is noise in a table of contents and has nothing to link to.
  if (!text) return;
  ctx.headings.push({ depth: Number(node.tagName.slice(1)), id, text });
  // A link inside a link is invalid HTML and confuses assistive technology.
  if (ctx.insideLink) return;
  const { labels } = ctx;
  const label = MARKUP_LIKE.test(text) ? labels.headingAnchor : labels.headingAnchorNamed(text);
  node.children.push(
    txt(" "),
    el("a", { className: ["heading-anchor"], href: `#${id}`, ariaLabel: label }, [
      el("span", { ariaHidden: "true" }, [txt("#")]),
    ]),
  );
}

function enhanceElement(node: Element, ctx: Context): Element {
  if (node.tagName === "p") {
    const figure = asFigure(node);
    if (figure) {
      enhanceChildren(figure, ctx);
      return figure;
    }
  }
  for (const [key, value] of Object.entries(node.properties)) {
    if (typeof value === "string" && MARKUP_LIKE.test(value)) delete node.properties[key];
  }
  if (node.tagName === "img") {
    node.properties["loading"] = "lazy";
    node.properties["decoding"] = "async";
  }
  if (node.tagName === "a" && isExternal(node.properties["href"])) {
    node.properties["rel"] = ["noopener", "noreferrer"];
  }
  const inner: Context = {
    ...ctx,
    insideLink: ctx.insideLink || node.tagName === "a",
    inFootnotes: ctx.inFootnotes || (node.tagName === "section" && hasClass(node, "footnotes")),
  };
  enhanceChildren(node, inner);
  if (HEADING.test(node.tagName)) enhanceHeading(node, inner);
  if (node.tagName !== "table") return node;
  // A focusable region lets keyboard users scroll a table that is wider than the phone.
  const region = {
    className: ["table-scroll"],
    tabIndex: 0,
    role: "region",
    ariaLabel: ctx.labels.table,
  };
  return el("div", region, [node]);
}

function enhanceChildren(parent: Root | Element, ctx: Context): void {
  const children: (RootContent | ElementContent)[] = parent.children;
  children.forEach((child, index) => {
    if (child.type === "element") children[index] = enhanceElement(child, ctx);
  });
}

function collectText(node: Root | RootContent, parts: string[]): void {
  if (node.type === "text") {
    // Whitespace-only nodes are source formatting between cells and blocks, not content.
    parts.push(node.value.trim() === "" ? " " : node.value);
    return;
  }
  if (node.type !== "root" && node.type !== "element") return;
  if (node.type === "element") {
    if (hasClass(node, "heading-anchor") || node.properties["dataFootnoteBackref"] !== undefined)
      return;
    if (node.tagName === "td" || node.tagName === "th") parts.push(" ");
    if (BLOCK.test(node.tagName)) parts.push("\n");
  }
  for (const child of node.children) collectText(child, parts);
  if (node.type === "element" && BLOCK.test(node.tagName)) parts.push("\n");
}

function summarize(tree: Root, headings: Summary["headings"], locale?: string): Summary {
  const parts: string[] = [];
  collectText(tree, parts);
  const text = parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
  return { text, wordCount: countWords(text, locale), headings };
}

/** Trusted transforms: they run after sanitizing, so what they add is never filtered. */
const rehypeCivitas: Plugin<[Labels, string | undefined], Root> = function (labels, locale) {
  return (tree, file) => {
    const slugger = new GithubSlugger();
    // Keeps a heading called "Footnote label" from stealing the footnotes' aria target.
    slugger.slug("footnote-label");
    const ctx: Context = { labels, slugger, headings: [], insideLink: false, inFootnotes: false };
    enhanceChildren(tree, ctx);
    // Stringifying reads the tree and never changes it: the text is the same read later.
    summaries.set(file, () => summarize(tree, ctx.headings, locale));
  };
};

function createProcessor(labels: Labels, locale: string | undefined) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: labels.footnotes,
      footnoteBackLabel: labels.footnoteBack,
    })
    .use(rehypeRaw)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeCivitas, labels, locale)
    .use(rehypeStringify)
    .freeze();
}

type Processor = ReturnType<typeof createProcessor>;

// One frozen pipeline per catalog language, plus one per other language tag for word counts
// (bounded, as for segmenters, because the tag may come from stored data).
const processors = new Map<string, Processor>();

function processorFor(locale: string | undefined): Processor {
  const key = locale ?? "";
  let processor = processors.get(key);
  if (processor) return processor;
  processor = createProcessor(labelsFor(catalogLanguage(locale)), locale);
  if (processors.size < 64) processors.set(key, processor);
  return processor;
}

function catalogLanguage(locale: string | undefined): LocaleCode {
  const primary = (locale ?? "en").toLowerCase().split("-")[0] ?? "en";
  return Object.hasOwn(LOCALES, primary) ? (primary as LocaleCode) : "en";
}

function labelsFor(locale: LocaleCode): Labels {
  const { t } = getTranslator(locale);
  return {
    headingAnchor: t("markdown.headingAnchor"),
    headingAnchorNamed: (heading) => t("markdown.headingAnchorNamed", { heading }),
    table: t("markdown.table"),
    footnotes: t("markdown.footnotes"),
    footnoteBack: (referenceIndex, rereferenceIndex) =>
      t("markdown.footnoteBack", {
        reference: `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""}`,
      }),
  };
}

const fallbackStringifier = unified().use(rehypeStringify).freeze();

function capContainers(run: string): string {
  let end = run.search(/[^ \t]/);
  for (let count = 0; count < MAX_LINE_CONTAINERS; count++) {
    CONTAINER_TOKEN.lastIndex = end;
    if (!CONTAINER_TOKEN.test(run)) break;
    end = CONTAINER_TOKEN.lastIndex;
  }
  return run.slice(0, end);
}

function prepareSource(markdown: string): string {
  const source = String(markdown)
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(CONTAINER_RUN, capContainers);
  return dropUnclosedRawTextTags(source);
}

// CommonMark's HTML block of kind 1 starts at a line opening with one of these tags and ends
// only at a line holding one of the closers; without a closer it runs to the end of the
// document, and sanitizing strips the element with everything in it.
const RAW_TEXT_INDENT = /^ {0,3}(?=<)/;
const RAW_TEXT_TAG = /<(?:script|style|textarea)(?=[\s>]|$)[^>]*>?/iy;
const RAW_TEXT_CLOSER = /<\/(?:script|pre|style|textarea)>/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Removes an opening `<style>` (or `<script>`, `<textarea>`) tag at the start of a line that
 * no closer follows, so a stray tag drops only itself instead of the rest of the article
 * (before: 199 of 101,841 characters kept). A closed element is left to the sanitizer, which
 * drops it with its content; lines inside fenced code are never touched. Linear in the input.
 * `fill` says what the tags become: nothing here; spaces for the translation segmenter,
 * which keeps offsets (segments/markdown-source.ts).
 */
export function dropUnclosedRawTextTags(
  source: string,
  fill: (tags: string) => string = () => "",
): string {
  if (!/<(?:script|style|textarea)/i.test(source)) return source;
  const lines = source.split("\n");
  let lastCloser = -1;
  for (let i = lines.length - 1; i >= 0 && lastCloser === -1; i--)
    if (RAW_TEXT_CLOSER.test(lines[i] ?? "")) lastCloser = i;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (i <= lastCloser) continue;
    // Every opener the line starts with, one after the other (sticky: "<style>" ten thousand
    // times on one line is one pass, where replacing them one by one was quadratic).
    const indent = RAW_TEXT_INDENT.exec(line)?.[0].length ?? 0;
    let end = indent;
    for (;;) {
      RAW_TEXT_TAG.lastIndex = end;
      const tag = RAW_TEXT_TAG.exec(line);
      if (!tag) break;
      end += tag[0].length;
    }
    if (end > indent)
      lines[i] = line.slice(0, indent) + fill(line.slice(indent, end)) + line.slice(end);
  }
  return lines.join("\n");
}

/** Pathological input still deserves readable, safe output: every blank-line block as text. */
function fallbackTree(source: string): Root {
  const blocks = source.split(/\n[ \t]*\n/).map((block) => block.trim());
  return { type: "root", children: blocks.filter(Boolean).map((b) => el("p", {}, [txt(b)])) };
}

/** Runs the pipeline up to the final tree; exported for tests, which assert on hast. */
export function renderMarkdownToHast(markdown: string, options: RenderMarkdownOptions = {}): Root {
  const source = prepareSource(markdown);
  const processor = processorFor(options.locale);
  try {
    return processor.runSync(processor.parse(source));
  } catch {
    return fallbackTree(source);
  }
}

/** Renders editor Markdown (CommonMark + GFM) to sanitized HTML, labelled in the document's language. */
export function renderMarkdown(
  markdown: string,
  options: RenderMarkdownOptions = {},
): RenderedMarkdown {
  const source = prepareSource(markdown);
  const processor = processorFor(options.locale);
  try {
    const file = processor.processSync(source);
    const summary = summaries.get(file);
    if (summary) return withSummary(String(file.value), summary);
  } catch {
    // Deep nesting overflows the stack inside remark/rehype; fall through to plain text.
  }
  const tree = fallbackTree(source);
  return { html: fallbackStringifier.stringify(tree), ...summarize(tree, [], options.locale) };
}

/** The HTML, and its text, word count and headings read the first time one is asked for. */
function withSummary(html: string, read: () => Summary): RenderedMarkdown {
  let summary: Summary | undefined;
  const get = () => (summary ??= read());
  return {
    html,
    get text() {
      return get().text;
    },
    get wordCount() {
      return get().wordCount;
    },
    get headings() {
      return get().headings;
    },
  };
}

// The sanitized HTML writes every attribute double-quoted; `[^>]*?` stops at the tag's end.
const IMAGE_SOURCE = /<img\b[^>]*?\ssrc="([^"]*)"/g;

/**
 * The images of rendered HTML that another website serves (absolute or
 * protocol-relative http(s) addresses): the Content-Security-Policy blocks
 * them, so they would show as broken images.
 */
export function findRemoteImages(html: string): string[] {
  const found = new Set<string>();
  for (const [, src = ""] of html.matchAll(IMAGE_SOURCE)) {
    const url = src.replaceAll("&#x26;", "&").replaceAll("&amp;", "&");
    if (/^(?:https?:)?\/\//i.test(url)) found.add(url);
  }
  return [...found];
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter) return segmenter;
  try {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  } catch {
    return segmenterFor("en"); // An invalid locale tag must not break reading time.
  }
  // Bounded because locale strings may come from request data.
  if (segmenters.size < 64) segmenters.set(locale, segmenter);
  return segmenter;
}

// V8's segment iterator does O(length) work per step, so one 1 MB string takes minutes; words
// never span whitespace, so counting short whitespace-bounded chunks gives the same total (a
// 1,024-character run without whitespace, as in Japanese, is cut and may split one word).
const CHUNK = /[^]{1,1024}(?=\s|$)|[^]{1,1024}/gu;

/** Counts words the way reading time is computed (Intl.Segmenter word-like segments). */
export function countWords(text: string, locale?: string): number {
  const segmenter = segmenterFor(locale ?? "en");
  let count = 0;
  for (const [chunk] of text.matchAll(CHUNK)) {
    for (const segment of segmenter.segment(chunk)) if (segment.isWordLike) count++;
  }
  return count;
}
