import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../content/markdown/render-markdown.js";
import { visibleTextOfHtml, wordpressHtmlToMarkdown } from "./html-to-markdown.js";
import { readWxr } from "./wxr-reader.js";

const WXR_DIR = path.resolve(process.cwd(), "../shared/data/wxr");
const FILES = [
  ...fs.readdirSync(WXR_DIR).filter((f) => f.endsWith(".xml")),
  ...fs
    .readdirSync(path.join(WXR_DIR, "wordpress-importer-edge-cases"))
    .filter((f) => !f.includes("malformed"))
    .map((f) => path.join("wordpress-importer-edge-cases", f)),
];

const words = (text: string) =>
  text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words of the HTML's visible text that the rendered Markdown does not show. */
export function lostWords(html: string, markdown: string): string[] {
  const shown = renderMarkdown(markdown).text;
  const joined = words(shown).join("");
  const available = new Map<string, number>();
  for (const w of words(shown)) available.set(w, (available.get(w) ?? 0) + 1);
  return words(visibleTextOfHtml(html)).filter((w) => {
    const left = available.get(w) ?? 0;
    if (left > 0) {
      available.set(w, left - 1);
      return false;
    }
    // Two blocks the HTML separates may be one line in Markdown (a quote and its citation).
    return !joined.includes(w);
  });
}

describe("wordpressHtmlToMarkdown", () => {
  it.each(FILES)("loses no visible text of any post or page in %s", async (file) => {
    const doc = await readWxr(fs.createReadStream(path.join(WXR_DIR, file)));
    const bodies = doc.items.filter(
      (i) => i.postType !== "attachment" && i.postType !== "nav_menu_item",
    );
    expect(bodies.length).toBeGreaterThan(0);
    for (const item of bodies) {
      const { markdown } = wordpressHtmlToMarkdown(item.content);
      expect({ post: item.postId, lost: lostWords(item.content, markdown) }).toEqual({
        post: item.postId,
        lost: [],
      });
    }
  });

  it("strips Gutenberg block comments and keeps headings, lists and quotes", () => {
    const html = `<!-- wp:heading --><h2 class="wp-block-heading">Our plan</h2><!-- /wp:heading -->
<!-- wp:list --><ul><li>One</li><li><strong>Two</strong></li></ul><!-- /wp:list -->
<!-- wp:quote --><blockquote class="wp-block-quote"><p>Cities first.</p><cite>Mayor</cite></blockquote><!-- /wp:quote -->`;
    const { markdown } = wordpressHtmlToMarkdown(html);
    expect(markdown).not.toContain("wp:");
    expect(markdown).toContain("## Our plan");
    expect(markdown).toContain("- **Two**");
    expect(markdown).toContain("> Cities first.");
  });

  it("turns classic wpautop text into paragraphs and line breaks", () => {
    const { markdown } = wordpressHtmlToMarkdown(
      "First line\nsame paragraph\n\nSecond <em>one</em>",
    );
    const html = renderMarkdown(markdown).html;
    expect(html).toMatch(/<p>First line<br>\s*same paragraph<\/p>/);
    expect(html).toContain("<p>Second <em>one</em></p>");
  });

  it("reports shortcodes, keeps their text, unwraps captions", () => {
    const { markdown, notes } = wordpressHtmlToMarkdown(
      `[caption id="a" width="300"]<img src="https://old.example/wp-content/uploads/2020/01/a.jpg" alt="A bridge"> The bridge[/caption]\n\n[gallery ids="1,2"]`,
    );
    expect(notes.shortcodes).toEqual(["caption", "gallery"]);
    expect(markdown).not.toContain("caption");
    expect(markdown).toContain("gallery");
    expect(markdown).toContain("The bridge");
    expect(notes.missingImages).toEqual(["https://old.example/wp-content/uploads/2020/01/a.jpg"]);
    expect(markdown).toContain("[A bridge](https://old.example/wp-content/uploads/2020/01/a.jpg)");
  });

  it("rewrites images it can resolve to the media library", () => {
    const { markdown } = wordpressHtmlToMarkdown(
      `<p><img src="https://old.example/wp-content/uploads/a.jpg" alt="Map"></p>`,
      {
        resolveImage: (src) => (src.endsWith("/a.jpg") ? "/media/img-abc-960.webp" : undefined),
      },
    );
    expect(markdown.trim()).toBe("![Map](/media/img-abc-960.webp)");
  });

  it("points links to files of the uploads folder at the media library", () => {
    const { markdown } = wordpressHtmlToMarkdown(
      `<p><a href="https://old.example/wp-content/uploads/2020/plan.pdf">The plan</a> and <a href="https://w.org">W</a></p>`,
      { resolveImage: (src) => (src.endsWith("plan.pdf") ? "/media/doc-abc.pdf" : undefined) },
    );
    expect(markdown.trim()).toBe("[The plan](/media/doc-abc.pdf) and [W](https://w.org)");
  });

  it("keeps superscripts as sanitized HTML and drops scripts", () => {
    const { markdown, notes } = wordpressHtmlToMarkdown(
      `<p>H<sub>2</sub>O and E=mc<sup onclick="x()">2</sup><script>alert(1)</script><img src=x onerror=alert(2)></p>`,
    );
    expect(notes.keptHtml).toEqual(["sub", "sup"]);
    expect(markdown).not.toMatch(/onclick|onerror|<script/);
    const html = renderMarkdown(markdown).html;
    expect(html).toContain("<sub>2</sub>");
    expect(html).not.toMatch(/<script|onerror|onclick/);
  });

  it("turns embeds into links to what they showed", () => {
    const { markdown, notes } = wordpressHtmlToMarkdown(
      `<figure><iframe src="https://www.youtube.com/embed/x"></iframe></figure><video src="https://old.example/v.mp4"></video>`,
    );
    expect(notes.embeds).toEqual(["https://www.youtube.com/embed/x", "https://old.example/v.mp4"]);
    expect(markdown).toContain("https://www.youtube.com/embed/x");
  });
});
