import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { publishItem, saveItem } from "./item.service.js";
import { makeDraft } from "./factories.test-kit.js";

// Tag names nobody translated are shown in the language they were written in:
// each carries that language, so screen readers read it right and it lays out right.
for (const dialect of DIALECTS) {
  describe(`tag names in their original language on ${dialect}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr", "ar"] } });
      const { db } = t.database;
      const now = new Date("2026-11-20T09:00:00Z");
      const saved = await saveItem(db, {
        draft: makeDraft({ slug: "committee-meets", tags: ["Steering Committee", "Youth"] }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: saved.item.id, now });
      await t.app.civitas.refreshContentVersion();
    });
    afterAll(async () => {
      await t.close();
    });

    it("marks them on the article, the tag page and the listing's filter", async () => {
      const ar = (await t.app.inject("/ar/news/committee-meets")).body;
      expect(ar).toMatch(
        /<a href="\/ar\/tags\/steering-committee" rel="tag" lang="en" dir="ltr">Steering Committee<\/a>/,
      );
      const tagPage = (await t.app.inject("/fr/tags/steering-committee")).body;
      expect(tagPage).toMatch(
        /<h1 class="page-title">[^<]*<span lang="en" dir="ltr">Steering Committee<\/span>/,
      );
      const filtered = (await t.app.inject("/fr/news?tag=youth")).body;
      expect(filtered).toMatch(/<p class="lede">[^<]*<span lang="en" dir="ltr">Youth<\/span>/);
      expect(filtered).toMatch(
        /<option value="youth" selected lang="en" dir="ltr">Youth<\/option>/,
      );
    });

    it("leaves them unmarked in their own language", async () => {
      const en = (await t.app.inject("/en/tags/steering-committee")).body;
      expect(en).toContain('<h1 class="page-title">Tag: Steering Committee</h1>');
      const article = (await t.app.inject("/en/news/committee-meets")).body;
      expect(article).toMatch(
        /<a href="\/en\/tags\/steering-committee" rel="tag">Steering Committee<\/a>/,
      );
    });
  });
}
