import { describe, expect, it } from "vitest";
import { assertLinearTime } from "../../../test-support/linear-time.test-kit.js";
import {
  countWords,
  findRemoteImages,
  renderMarkdown,
  renderMarkdownToHast,
} from "./render-markdown.js";

const html = (markdown: string): string => renderMarkdown(markdown).html;

describe("renderMarkdown", () => {
  it("renders CommonMark basics", () => {
    expect(html("Hello *world* and **you**.\n\n> quoted\n\n1. one\n2. two")).toBe(
      "<p>Hello <em>world</em> and <strong>you</strong>.</p>\n" +
        "<blockquote>\n<p>quoted</p>\n</blockquote>\n" +
        "<ol>\n<li>one</li>\n<li>two</li>\n</ol>",
    );
  });

  it("renders GFM tables, strikethrough and task lists", () => {
    const out = html("~~old~~ new\n\n- [x] done\n- [ ] todo\n\n| a | b |\n| :- | -: |\n| 1 | 2 |");
    expect(out).toContain("<del>old</del> new");
    expect(out).toContain('<ul class="contains-task-list">');
    expect(out).toContain(
      '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>',
    );
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" disabled> todo</li>');
    expect(out).toContain('<th align="left">a</th>');
    expect(out).toContain('<td align="right">2</td>');
  });

  it("wraps tables in a keyboard-focusable scroll region", () => {
    expect(html("| a |\n| - |\n| 1 |")).toMatch(
      /^<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>[^]*<\/table><\/div>$/,
    );
  });

  it("links bare URLs (GFM autolink literals)", () => {
    expect(html("See www.example.org")).toContain('<a href="http://www.example.org"');
  });

  it("turns an image with a title into a figure with a caption", () => {
    expect(html('![A bridge](https://img.example.org/b.jpg "The old bridge")')).toBe(
      '<figure class="figure"><img src="https://img.example.org/b.jpg" alt="A bridge" ' +
        'loading="lazy" decoding="async"><figcaption>The old bridge</figcaption></figure>',
    );
  });

  it("turns an image without a title into a figure without a caption", () => {
    expect(html("![A bridge](/b.jpg)")).toBe(
      '<figure class="figure"><img src="/b.jpg" alt="A bridge" loading="lazy" decoding="async"></figure>',
    );
  });

  it("turns a linked image alone in a paragraph into a figure", () => {
    expect(html('[![Map](/map.png "Town map")](https://maps.example.org)')).toBe(
      '<figure class="figure"><a href="https://maps.example.org" rel="noopener noreferrer">' +
        '<img src="/map.png" alt="Map" loading="lazy" decoding="async"></a>' +
        "<figcaption>Town map</figcaption></figure>",
    );
  });

  it("keeps an empty alt so decorative images stay silent", () => {
    expect(html("![](/line.png)")).toContain('<img src="/line.png" alt=""');
  });

  it("lazy-loads inline images and keeps them inside their paragraph", () => {
    expect(html('Icon ![i](/i.png "hint") here')).toBe(
      '<p>Icon <img src="/i.png" alt="i" title="hint" loading="lazy" decoding="async"> here</p>',
    );
  });

  it("gives headings unique anchors", () => {
    const result = renderMarkdown("## Opening hours\n\n## Opening hours\n\n### Über uns");
    expect(result.headings).toEqual([
      { depth: 2, id: "opening-hours", text: "Opening hours" },
      { depth: 2, id: "opening-hours-1", text: "Opening hours" },
      { depth: 3, id: "über-uns", text: "Über uns" },
    ]);
    // One slugger per document: a second render starts from scratch.
    expect(renderMarkdown("## Opening hours").headings[0]?.id).toBe("opening-hours");
    expect(renderMarkdown("## ???\n\n## !!!").html).toMatch(/id="section"[^]*id="section-1"/);
  });

  it("adds an accessible self-link to each heading", () => {
    expect(html("## Parking & permits")).toBe(
      '<h2 id="parking--permits">Parking &#x26; permits ' +
        '<a class="heading-anchor" href="#parking--permits" ' +
        'aria-label="Link to this section: Parking &#x26; permits">' +
        '<span aria-hidden="true">#</span></a></h2>',
    );
  });

  it("demotes an h1 in the body", () => {
    const result = renderMarkdown("# Welcome\n\n<h1>Raw</h1>");
    expect(result.html).not.toContain("<h1");
    expect(result.headings.map((heading) => heading.depth)).toEqual([2, 2]);
  });

  it("ignores editor-given ids, names and heading classes", () => {
    const out = html('<h2 id="config" class="sr-only">Config</h2>\n\n<p id="x" name="y">z</p>');
    expect(out).toContain('<h2 id="config">Config <a class="heading-anchor"');
    expect(out).toContain("<p>z</p>");
    const taken = html('<a id="top" name="top" href="#a">a</a>\n\n## Top');
    expect(taken).toContain('<a href="#a">a</a>');
    expect(taken).toContain('<h2 id="top">');
  });

  it("does not nest a self-link inside a link", () => {
    const out = html('<a href="/news">\n\n### Latest news\n\n</a>');
    expect(out).toContain('<h3 id="latest-news">Latest news</h3>');
    expect(out).not.toContain("heading-anchor");
  });

  it("adds a heading id but no anchor or table-of-contents entry to an empty heading", () => {
    const result = renderMarkdown("##\n\n## ");
    expect(result.headings).toEqual([]);
    expect(result.html).toBe('<h2 id="section"></h2>\n<h2 id="section-1"></h2>');
  });

  it("marks only external links with noopener noreferrer", () => {
    const out = html(
      "[a](https://example.org) [b](/about) [c](#top) [d](mailto:x@example.org) " +
        "[e](tel:+33123) [f](//cdn.example.org/x) [g](http://example.org)",
    );
    expect(out).toBe(
      '<p><a href="https://example.org" rel="noopener noreferrer">a</a> <a href="/about">b</a> ' +
        '<a href="#top">c</a> <a href="mailto:x@example.org">d</a> <a href="tel:+33123">e</a> ' +
        '<a href="//cdn.example.org/x" rel="noopener noreferrer">f</a> ' +
        '<a href="http://example.org" rel="noopener noreferrer">g</a></p>',
    );
    expect(out).not.toContain("target");
  });

  it("keeps the harmless formatting HTML editors use", () => {
    const out = html(
      'H<sub>2</sub>O, m<sup>2</sup>, <kbd>Ctrl</kbd>, <abbr title="City Council">CC</abbr>, ' +
        "<mark>new</mark>, a<br>b\n\n<details><summary>More</summary>\n\nHidden *text*\n\n</details>",
    );
    expect(out).toContain(
      'H<sub>2</sub>O, m<sup>2</sup>, <kbd>Ctrl</kbd>, <abbr title="City Council">CC</abbr>, ' +
        "<mark>new</mark>, a<br>b",
    );
    expect(out).toContain(
      "<details><summary>More</summary>\n<p>Hidden <em>text</em></p>\n</details>",
    );
  });

  it("strips styles, classes and unknown attributes from editor HTML", () => {
    expect(
      html('<p class="red" style="color:red" data-x="1" tabindex="1" accesskey="s">x</p>'),
    ).toBe("<p>x</p>");
    expect(html("```js\nlet a;\n```")).toBe('<pre><code class="language-js">let a;\n</code></pre>');
  });

  it("links footnotes with ids that survive sanitization", () => {
    const out = html("Fact[^1].\n\n[^1]: Source.");
    expect(out).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(out).toContain('aria-describedby="footnote-label"');
    expect(out).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
    expect(out).toContain('<li id="user-content-fn-1">');
    expect(out).toContain('<a href="#user-content-fnref-1" data-footnote-backref=""');
  });

  it("extracts plain text with block separators and counts its words", () => {
    const result = renderMarkdown(
      "## Market days\n\nThe market opens at *eight*.\n\n- Fruit\n- Fish\n\n| Day | Place |\n| - | - |\n| Mon | Square |",
    );
    expect(result.text).toBe(
      "Market days\nThe market opens at eight.\nFruit\nFish\nDay Place\nMon Square",
    );
    expect(result.wordCount).toBe(13);
  });

  it("exposes the final tree for tests", () => {
    const tree = renderMarkdownToHast("## Hi");
    expect(tree.type).toBe("root");
    expect(tree.children[0]).toMatchObject({
      type: "element",
      tagName: "h2",
      properties: { id: "hi" },
    });
  });
});

describe("renderMarkdown labels in the document's language", () => {
  const sample = "## Horaires\n\n| a |\n| - |\n| 1 |\n\nFait[^1] et re[^1].\n\n[^1]: Source.";

  it("labels anchors, tables and footnotes in French", () => {
    const out = renderMarkdown(sample, { locale: "fr" }).html;
    expect(out).toContain('aria-label="Lien vers cette section\u00a0: Horaires"');
    expect(out).toContain('role="region" aria-label="Tableau"');
    expect(out).toContain('<h2 class="sr-only" id="footnote-label">Notes</h2>');
    expect(out).toContain('aria-label="Retour à l’appel de note 1"');
    expect(out).toContain('aria-label="Retour à l’appel de note 1-2"');
    expect(out).not.toMatch(/Link to this section|"Table"|Footnotes|Back to reference/);
  });

  it("labels anchors, tables and footnotes in Arabic, isolating the heading's text", () => {
    const out = renderMarkdown("## Budget 2024\n\n" + sample, { locale: "ar" }).html;
    expect(out).toContain('aria-label="رابط إلى هذا القسم: \u2068Budget 2024\u2069"');
    expect(out).toContain('aria-label="جدول"');
    expect(out).toContain(">الحواشي</h2>");
    expect(out).toContain('aria-label="العودة إلى موضع الإحالة \u20681\u2069"');
  });

  it("keeps English for English, a region subtag's language, and languages without a catalog", () => {
    expect(html(sample)).toBe(renderMarkdown(sample, { locale: "en" }).html);
    expect(renderMarkdown(sample, { locale: "fr-CA" }).html).toContain("Tableau");
    for (const locale of ["ca", "not a locale!"]) {
      const out = renderMarkdown(sample, { locale }).html;
      expect(out).toContain('aria-label="Table"');
      expect(out).toContain(">Footnotes</h2>");
    }
  });

  it("counts words with the document's language", () => {
    expect(renderMarkdown("L’hôtel de ville ouvre à 8 h.", { locale: "fr" }).wordCount).toBe(
      countWords("L’hôtel de ville ouvre à 8 h.", "fr"),
    );
  });

  it("reads the text and word count only when asked (the translation pipeline stores the HTML alone)", () => {
    const result = renderMarkdown("# Budget\n\nThe council met **twice** in May.", {
      locale: "en",
    });
    expect(Object.getOwnPropertyDescriptor(result, "wordCount")?.get).toBeTypeOf("function");
    expect(Object.getOwnPropertyDescriptor(result, "text")?.get).toBeTypeOf("function");
    expect(result.text).toBe("Budget\nThe council met twice in May.");
    expect(result.wordCount).toBe(7);
    expect(result.headings).toEqual([{ depth: 2, id: "budget", text: "Budget" }]);
    expect({ ...result }).toEqual({
      html: result.html,
      text: "Budget\nThe council met twice in May.",
      wordCount: 7,
      headings: [{ depth: 2, id: "budget", text: "Budget" }],
    });
  });
});

describe("renderMarkdown on hostile or pathological input", () => {
  it("returns empty output for empty input", () => {
    expect(renderMarkdown("")).toEqual({ html: "", text: "", wordCount: 0, headings: [] });
  });

  it("replaces NUL bytes and lone surrogates instead of throwing", () => {
    const result = renderMarkdown("a\u0000b \uD800 c \uDC00 ok \uD83D\uDE00");
    expect(result.html).toBe("<p>a\uFFFDb \uFFFD c \uFFFD ok \uD83D\uDE00</p>");
    expect(() => encodeURIComponent(result.html)).not.toThrow();
  });

  it("caps 5,000 levels of nested block quotes", () => {
    const result = renderMarkdown(`${">".repeat(5000)} deep`);
    expect(result.text).toBe("deep");
    expect(result.html.match(/<blockquote>/g)).toHaveLength(32);
  });

  it("caps 5,000 levels of nested lists", () => {
    const result = renderMarkdown(`${"- ".repeat(2500)}${"1. ".repeat(2500)}deep`);
    expect(result.text).toBe("deep");
    expect(result.html.match(/<li>/g)).toHaveLength(32);
  });

  it("falls back to escaped text when raw HTML nests 5,000 levels deep", () => {
    const result = renderMarkdown(`Intro\n\n${"<div>".repeat(5000)}deep`);
    expect(result.html.startsWith("<p>Intro</p><p>&#x3C;div>")).toBe(true);
    expect(result.html).not.toContain("<div");
    expect(renderMarkdownToHast(`${"<div>".repeat(5000)}`).type).toBe("root");
  });

  it("keeps the rest of the article after a stray <style>, <script> or <textarea> line", () => {
    const rest = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} of the article.`);
    for (const tag of ["<style>", "<STYLE type='text/css'>", "<script>alert(1)", "<textarea>"]) {
      const out = renderMarkdown(`Intro.\n\n${tag}\n${rest.join("\n\n")}`);
      expect(out.html, tag).toContain("<p>Paragraph 1999 of the article.</p>");
      expect(out.html, tag).not.toMatch(/<(style|script|textarea)/i);
      expect(out.wordCount, tag).toBeGreaterThan(2000 * 5);
    }
    const stacked = html("<style><style><script>\nStill here.");
    expect(stacked).toContain("Still here.");
    expect(stacked).not.toMatch(/<(style|script)/i);
  });

  it("still drops a closed <style> element with its content, and leaves code alone", () => {
    const closed = html("<style>\np { color: red }\n</style>\n\nAfter the style.");
    expect(closed).not.toContain("color");
    expect(closed).toContain("<p>After the style.</p>");
    const code = html("```html\n<style>\n```\n\nAfter the code.");
    expect(code).toContain("&#x3C;style>");
    expect(code).toContain("<p>After the code.</p>");
  });

  it("handles many stray <style> lines in linear time", () => {
    const strays = (count: number) => "<style>\n".repeat(count) + "The end.";
    expect(html(strays(20_000))).toContain("The end.");
    // Above the knee: on a quiet machine 5,000 lines take ~20 ms, 10,000 ~84 ms (×4 for ×2, once:
    // the heap outgrows V8's young generation), then 20,000 ~183, 40,000 ~419, 80,000 ~805, linear.
    // 5,000 against 20,000 straddled the knee at ×9, and failed CI now and then.
    assertLinearTime("renderMarkdown", (markdown: string) => renderMarkdown(markdown), {
      small: strays(10_000),
      large: strays(40_000),
    });
  });

  it("renders a 1 MB document", () => {
    const paragraph =
      "The council meets on *Tuesday* at the [town hall](/hall). " +
      "Residents may attend and speak. ".repeat(30) +
      "\n\n";
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const result = renderMarkdown(paragraph.repeat(copies));
    expect(result.wordCount).toBe(copies * (9 + 5 * 30));
    expect(result.html.match(/<p>/g)).toHaveLength(copies);
  });
});

describe("countWords", () => {
  it("counts word-like segments and ignores punctuation and spaces", () => {
    expect(countWords("Hello, world — it's 2024!")).toBe(4);
    expect(countWords("")).toBe(0);
    expect(countWords("  \n\t ... ")).toBe(0);
  });

  it("segments scripts without spaces", () => {
    expect(countWords("東京都庁に行きます", "ja")).toBeGreaterThan(1);
  });

  it("counts long texts exactly and in linear time", () => {
    // Intl.Segmenter alone needs minutes for this on Node 20.
    const words = (count: number) => "word, ".repeat(count);
    const kanji = (count: number) => "語".repeat(count);
    expect(countWords(words(200_000))).toBe(200_000);
    expect(countWords(kanji(300_000), "ja")).toBeGreaterThan(0);
    assertLinearTime("countWords", (text: string) => countWords(text), {
      small: words(50_000),
      large: words(200_000),
    });
    assertLinearTime("countWords (ja)", (text: string) => countWords(text, "ja"), {
      small: kanji(75_000),
      large: kanji(300_000),
    });
  });

  it("falls back to English for an invalid locale tag", () => {
    expect(countWords("two words", "not a locale!")).toBe(2);
  });
});

describe("findRemoteImages", () => {
  it("lists images other websites serve, not the media library's, links or code", () => {
    const rendered = html(
      [
        "![a](https://maps.example.com/a.png?x=1&y=2) ![b](/media/img-1-960.jpg)",
        '<img src="//cdn.example/b.jpg"> <img src="http://tracker.example/p.gif">',
        "[link](https://example.com) `![c](https://code.example/c.png)`",
        "![dup](https://maps.example.com/a.png?x=1&y=2)",
      ].join("\n\n"),
    );
    expect(findRemoteImages(rendered)).toEqual([
      "https://maps.example.com/a.png?x=1&y=2",
      "//cdn.example/b.jpg",
      "http://tracker.example/p.gif",
    ]);
  });
});
