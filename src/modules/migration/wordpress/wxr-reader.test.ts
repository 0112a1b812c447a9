import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunksOf, readWxr, type WxrDocument, WxrFormatError } from "./wxr-reader.js";

/** The shared WXR fixtures, read from beside the repository (../shared/data/wxr). */
export const WXR_DIR = path.resolve(process.cwd(), "../shared/data/wxr");
const EDGE = path.join(WXR_DIR, "wordpress-importer-edge-cases");

function read(file: string): Promise<WxrDocument> {
  return readWxr(fs.createReadStream(file));
}

function count<T>(list: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of list) out[key(entry)] = (out[key(entry)] ?? 0) + 1;
  return out;
}

describe("readWxr", () => {
  it("reads the theme unit test data with its real counts", async () => {
    const doc = await read(
      path.join(WXR_DIR, "wordpress-theme-test-data__themeunittestdata.wordpress.xml"),
    );
    expect(doc.wxrVersion).toBe("1.2");
    expect(count(doc.items, (i) => i.postType)).toEqual({
      post: 58,
      page: 21,
      attachment: 37,
      nav_menu_item: 70,
    });
    // 68 <wp:category> elements and one more category declared as a <wp:term>.
    expect(count(doc.terms, (t) => t.taxonomy)).toEqual({
      category: 69,
      post_tag: 110,
      nav_menu: 6,
    });
    expect(doc.items.reduce((n, i) => n + i.comments, 0)).toBe(33);
    expect(doc.baseBlogUrl).toBe("https://wpthemetestdata.wordpress.com");
  });

  it("reads the block test data and the theme preview (categories without a domain)", async () => {
    const blocks = await read(
      path.join(WXR_DIR, "wordpress-theme-test-data__64-block-test-data.xml"),
    );
    expect(count(blocks.items, (i) => i.postType)).toEqual({
      post: 61,
      page: 1,
      wp_navigation: 1,
      attachment: 9,
    });
    const preview = await read(path.join(WXR_DIR, "wordpress-theme-test-data__theme-preview.xml"));
    expect(preview.items).toHaveLength(7);
    const terms = preview.items.flatMap((i) => i.terms);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((t) => t.domain === "category")).toBe(true);
  });

  it("reads WXR 1.0 and 1.1 (http namespaces)", async () => {
    const v10 = await read(path.join(EDGE, "wordpress-importer__phpunit-data__valid-wxr-1.0.xml"));
    expect(v10.wxrVersion).toBe("1.0");
    expect(count(v10.items, (i) => i.postType)).toEqual({ post: 3, page: 3 });
    const v11 = await read(path.join(EDGE, "wordpress-importer__phpunit-data__valid-wxr-1.1.xml"));
    expect(v11.wxrVersion).toBe("1.1");
    expect(count(v11.items, (i) => i.postType)).toEqual({ post: 1, page: 1 });
    const small = await read(path.join(EDGE, "wordpress-importer__phpunit-data__small-export.xml"));
    expect(count(small.items, (i) => i.postType)).toEqual({ post: 6, page: 5 });
  });

  it("keeps the text of nested CDATA and a stray ]]>", async () => {
    const doc = await read(path.join(EDGE, "wordpress-importer__phpunit-data__crazy-cdata.xml"));
    // Not well-formed XML (a "]]>" in text); saxes delivers the pieces, none is lost.
    const content = doc.items[0]?.content ?? "";
    for (const piece of ["Content with nested <![CDATA[ tags", ":)", "]]>"])
      expect(content).toContain(piece);
    expect(doc.items[0]?.meta.find((m) => m.key === "Closing CDATA")?.value).toBe("]]>");
    expect(doc.warnings.length).toBeGreaterThan(0);
    const escaped = `<rss><channel><wp:wxr_version xmlns:wp="https://wordpress.org/export/1.2/">1.2</wp:wxr_version><item><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[a ]]]]><![CDATA[> b]]></content:encoded></item></channel></rss>`;
    const parsed = await readWxr([escaped]);
    expect(parsed.items[0]?.content).toBe("a ]]> b");
  });

  it("reads serialized term meta and custom taxonomies", async () => {
    const doc = await read(
      path.join(EDGE, "wordpress-importer__phpunit-data__test-serialized-term-meta.xml"),
    );
    expect(count(doc.terms, (t) => t.taxonomy)).toEqual({
      category: 1,
      post_tag: 1,
      custom_taxonomy: 1,
    });
  });

  it("reads the UTF-8 challenges whole, bidi overrides included", async () => {
    const doc = await read(
      path.join(EDGE, "wordpress-importer__phpunit-data__wxr-utf-8-challenges.xml"),
    );
    expect(doc.title).toContain("\u202E");
    expect(doc.items[0]?.title).toContain("Frost");
  });

  it("refuses the malformed file naming the line and column", async () => {
    const error = await read(
      path.join(EDGE, "wordpress-importer__phpunit-data__malformed.xml"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WxrFormatError);
    expect((error as WxrFormatError).line).toBe(90);
    expect((error as WxrFormatError).message).toMatch(/line 90, column \d+/);
  });

  it("refuses a DOCTYPE: billion laughs and external entities never expand", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>`;
    await expect(readWxr([laughs])).rejects.toThrow(/DOCTYPE is not allowed/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`;
    await expect(readWxr([xxe])).rejects.toThrow(WxrFormatError);
    await expect(readWxr(["<html><body>hi</body></html>"])).rejects.toThrow(/not <rss>/);
    await expect(readWxr(["<rss><channel></channel></rss>"])).rejects.toThrow(/wxr_version/);
  });

  it("streams a large export chunk by chunk", async () => {
    const post = (n: number) =>
      `<item><title>Post ${n}</title><wp:post_id>${n}</wp:post_id><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>${"Body text é ".repeat(200)}</p>]]></content:encoded></item>`;
    function* big() {
      yield `<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.2</wp:wxr_version>`;
      for (let n = 1; n <= 5000; n++) yield post(n);
      yield "</channel></rss>";
    }
    let bytes = 0;
    const doc = await readWxr(big(), { onBytes: (b) => (bytes += b) });
    expect(doc.items).toHaveLength(5000);
    expect(bytes).toBeGreaterThan(12_000_000);
    const cut = [...chunksOf(Buffer.from(`<rss><channel><title>é</title></channel></rss>`), 17)];
    expect(cut.join("")).toContain("é");
  });
});
