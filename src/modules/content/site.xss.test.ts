import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaDir } from "../../platform/config.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { hasNoControlCharacters } from "../../platform/text/control-characters.js";
import { publishItem, saveItem } from "./item.service.js";
import { XSS_PAYLOADS } from "./markdown/xss-corpus.js";
import { storeImage } from "./media.service.js";
import { makeDraft, makeJpeg } from "./factories.test-kit.js";
import { findLiveScript } from "../../test-support/inert-html.js";

const findLive = (html: string) =>
  findLiveScript(html, { allowedScriptSrc: /^\/assets\/site\.[0-9a-f]+\.js$/ });

for (const dialect of DIALECTS) {
  describe(`hostile content on ${dialect}`, () => {
    let t: TestApp;
    const slugs: string[] = [];

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const { db } = t.database;
      const now = new Date("2021-10-19T09:00:00Z");
      const image = await storeImage(db, {
        bytes: await makeJpeg(320, 180),
        originalName: "x.jpg",
        altText: "",
        mediaDir: mediaDir(t.config),
        actorId: null,
        now,
      });
      for (const [index, payload] of XSS_PAYLOADS.entries()) {
        const slug = `hostile-${index}`;
        slugs.push(slug);
        // Names and titles refuse control characters at the edge (the body keeps them all).
        const line = [...payload].filter((char) => hasNoControlCharacters(char)).join("");
        const saved = await saveItem(db, {
          draft: makeDraft({
            slug,
            title: line.slice(0, 500),
            summary: line.slice(0, 2000),
            body: `${payload}\n\n- ${payload}\n\n| a |\n| - |\n| ${payload.replace(/\n/g, " ")} |\n\n![${payload}](/media/x.jpg "${payload.replace(/"/g, "")}")`,
            tags: [line.slice(0, 80)],
            heroMediaId: image.id,
            heroAlt: line.slice(0, 500),
            heroCaption: line.slice(0, 1000),
          }),
          actorId: null,
          now,
        });
        await publishItem(db, { itemId: saved.item.id, now });
      }
      await t.app.civitas.refreshContentVersion();
    }, 120_000);
    afterAll(async () => {
      await t.close();
    });

    it("renders every payload in every field inert on the item page", async () => {
      for (const slug of slugs) {
        const res = await t.app.inject(`/en/news/${slug}`);
        expect(res.statusCode, slug).toBe(200);
        expect(findLive(res.body), slug).toEqual([]);
      }
    });

    it("renders listings, tag pages and feeds of hostile items inert", async () => {
      for (const url of ["/en", "/en/news", "/en/news?page=2", "/en/feed.rss", "/en/feed.atom"]) {
        const res = await t.app.inject(url);
        expect(res.statusCode, url).toBe(200);
        expect(findLive(res.body), url).toEqual([]);
      }
    });

    it("renders a very long title and body", async () => {
      const { db } = t.database;
      const saved = await saveItem(db, {
        draft: makeDraft({
          slug: "very-long",
          title: "Long ".repeat(99),
          body: "A sentence about cities. ".repeat(4_000),
        }),
        actorId: null,
        now: new Date(),
      });
      await publishItem(db, { itemId: saved.item.id, now: new Date() });
      await t.app.civitas.refreshContentVersion();
      const res = await t.app.inject("/en/news/very-long");
      expect(res.statusCode).toBe(200);
      expect(res.body.length).toBeGreaterThan(100_000);
    });
  });
}
