import fc from "fast-check";
import type { Element, Root, RootContent } from "hast";
import rehypeRaw from "rehype-raw";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderMarkdown, renderMarkdownToHast } from "./render-markdown.js";
import { XSS_PAYLOADS } from "./xss-corpus.js";

const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "form",
  "base",
  "meta",
  "link",
  "svg",
  "math",
  "template",
  "noscript",
  "frame",
  "frameset",
  "applet",
  "textarea",
  "button",
  "select",
]);
const FORBIDDEN_PROPERTIES = new Set([
  "style",
  "srcSet",
  "srcDoc",
  "formAction",
  "action",
  "xLinkHref",
]);
const HREF_PROTOCOLS = ["http:", "https:", "mailto:", "tel:"];
const SRC_PROTOCOLS = ["http:", "https:"];
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  href: HREF_PROTOCOLS,
  src: SRC_PROTOCOLS,
  cite: SRC_PROTOCOLS,
  action: [],
  formaction: [],
  srcset: [],
  data: [],
  poster: [],
  background: [],
  "xlink:href": [],
};

// Re-parsing our output the way a browser would exposes mutation XSS: a tree that only
// becomes dangerous after a serialize/parse round trip.
const reparser = unified().use(rehypeRaw).freeze();
const reparse = (html: string): Root =>
  reparser.runSync({ type: "root", children: [{ type: "raw", value: html }] });

function expectSafeUrl(value: string, allowed: readonly string[], where: string): void {
  let protocol: string;
  try {
    protocol = new URL(value.trim().toLowerCase(), "https://example.org/").protocol;
  } catch {
    return; // A URL the browser cannot parse navigates nowhere.
  }
  expect(allowed, `${where}: unsafe URL ${JSON.stringify(value)}`).toContain(protocol);
}

function expectInertTree(node: Root | RootContent, where: string): void {
  if (node.type !== "root" && node.type !== "element") return;
  if (node.type === "element") expectInertElement(node, where);
  for (const child of node.children) expectInertTree(child, where);
}

function expectInertElement(node: Element, where: string): void {
  expect(FORBIDDEN_ELEMENTS.has(node.tagName), `${where}: <${node.tagName}>`).toBe(false);
  for (const [key, value] of Object.entries(node.properties)) {
    expect(key, `${where}: <${node.tagName} ${key}>`).not.toMatch(/^on/i);
    expect(FORBIDDEN_PROPERTIES.has(key), `${where}: <${node.tagName} ${key}>`).toBe(false);
    if (typeof value !== "string") continue;
    if (key === "href") expectSafeUrl(value, HREF_PROTOCOLS, where);
    if (key === "src" || key === "cite") expectSafeUrl(value, SRC_PROTOCOLS, where);
  }
}

const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>|<\/[a-zA-Z][^\s/>]*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)")?/g;
const decode = (value: string): string =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&amp;/gi, "&");

/** String-level checks that do not trust any parser, ours included. */
function expectInertHtml(html: string, where: string): void {
  expect(html, where).not.toMatch(/<script/i);
  // Text is always escaped, so every `<` left after removing tags would be raw markup.
  expect(html.replace(TAG, ""), `${where}: stray markup`).not.toContain("<");
  for (const [, tagName = "", attributes = ""] of html.matchAll(TAG)) {
    expect(FORBIDDEN_ELEMENTS.has(tagName.toLowerCase()), `${where}: <${tagName}>`).toBe(false);
    for (const [, name = "", value = ""] of attributes.matchAll(ATTRIBUTE)) {
      expect(name, `${where}: attribute ${name}`).not.toMatch(/^on/i);
      expect(name.toLowerCase(), `${where}: attribute ${name}`).not.toBe("style");
      const allowed = URL_ATTRIBUTES[name.toLowerCase()];
      if (!allowed) continue;
      expect(decode(value).replace(/[\s\p{Cc}]/gu, ""), `${where}: ${name}`).not.toMatch(
        /^(?:javascript|vbscript|data):/i,
      );
      expectSafeUrl(decode(value), allowed, where);
    }
  }
}

function expectInert(markdown: string, where: string): void {
  expectInertTree(renderMarkdownToHast(markdown), `${where} (tree)`);
  const { html } = renderMarkdown(markdown);
  expectInertHtml(html, `${where} (html)`);
  expectInertTree(reparse(html), `${where} (re-parsed html)`);
}

const CONTEXTS: readonly [string, (payload: string) => string][] = [
  ["alone", (p) => p],
  ["in a paragraph", (p) => `Before ${p} after.`],
  ["in a list item", (p) => `- first\n- ${p}\n- last`],
  ["in a table cell", (p) => `| head | other |\n| --- | --- |\n| ${p} | cell |`],
  ["in an inline image title", (p) => `Look: ![alt](/a.png "${p}") here`],
  ["in a figure caption", (p) => `![alt](https://example.org/a.png "${p}")`],
  ["in a link title", (p) => `[link](https://example.org "${p}")`],
  ["in a heading", (p) => `## ${p}`],
  ["in a blockquote", (p) => `> ${p}`],
];

describe("XSS corpus", () => {
  it("has checks that actually catch dangerous HTML", () => {
    const dangerous = [
      "<script>alert(1)</script>",
      '<img src="x" onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<img src="data:image/svg+xml,x">',
      '<div style="color:red">x</div>',
      '<p title="x"></p><svg></svg>',
      "<iframe></iframe>",
    ];
    for (const html of dangerous) {
      expect(() => expectInertHtml(html, "probe"), html).toThrow();
      expect(() => expectInertTree(reparse(html), "probe"), html).toThrow();
    }
  });

  it("holds at least 60 distinct payloads", () => {
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CONTEXTS)("renders every payload inert %s", (context, wrap) => {
    XSS_PAYLOADS.forEach((payload, index) => {
      expectInert(wrap(payload), `payload #${index} ${JSON.stringify(payload)} ${context}`);
    });
  });

  it("never lets a payload through in a heading's anchor label or the heading list", () => {
    for (const payload of XSS_PAYLOADS) {
      const { headings, html } = renderMarkdown(`## ${payload}`);
      for (const heading of headings) expect(heading.id).toMatch(/^[\p{L}\p{M}\p{N}\p{Pc}-]+$/u);
      expect(html).not.toMatch(/aria-label="[^"]*</);
    }
  });
});

const DANGEROUS_FRAGMENTS = [
  "<script>",
  "</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "javascript:",
  "java",
  "script:",
  "&#x6A;",
  "&#106;",
  "&colon;",
  "&#58;",
  "data:text/html,",
  "vbscript:",
  "[a](",
  "](",
  ")",
  "<",
  ">",
  "/",
  '"',
  "'",
  "`",
  "=",
  " ",
  "\n",
  "\n\n",
  "\t",
  "\0",
  "<!--",
  "-->",
  "--!>",
  "<noscript>",
  "</noscript>",
  "<template>",
  "<math>",
  "<style>",
  "</style>",
  '<a href="',
  "<a href=",
  "<img src=",
  " onerror=",
  " onclick=",
  "![x](",
  ' "',
  "| a |\n| - |\n| ",
  "> ",
  "- ",
  "1. ",
  "# ",
  "**",
  "~~",
  "[^1]",
  "\n\n[^1]: ",
  "[r]",
  "\n\n[r]: ",
  '<p title="',
  "<![CDATA[",
  "]]>",
  "<xmp>",
  "<plaintext>",
  "\uD800",
  "\u2028",
];

describe("XSS properties", () => {
  const hostile = fc
    .array(fc.oneof(fc.constantFrom(...DANGEROUS_FRAGMENTS), fc.string({ maxLength: 4 })), {
      maxLength: 24,
    })
    .map((parts) => parts.join(""));
  const anyString = fc.oneof(fc.string(), fc.string({ unit: "binary" }), hostile);

  it("keeps arbitrary input free of scripts, script URLs and event handlers", () => {
    fc.assert(
      fc.property(anyString, (markdown) => {
        const { html } = renderMarkdown(markdown);
        expect(html).not.toMatch(/<script/i);
        expectInertHtml(html, JSON.stringify(markdown));
      }),
      { numRuns: 500 },
    );
  });

  it("produces HTML that re-parses to an inert tree", () => {
    fc.assert(
      fc.property(hostile, (markdown) => {
        expectInertTree(reparse(renderMarkdown(markdown).html), JSON.stringify(markdown));
      }),
      { numRuns: 300 },
    );
  });
});
