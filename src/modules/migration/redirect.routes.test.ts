import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { saveRedirect } from "./redirect.repository.js";
import { runWordpressImport } from "./wordpress/import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "./wordpress/plan.js";
import { readWxr } from "./wordpress/wxr-reader.js";

const HERE = path.dirname(new URL(import.meta.url).pathname);

for (const dialect of DIALECTS) {
  describe(`old addresses (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr"] } });
      const doc = await readWxr(
        fs.createReadStream(path.join(HERE, "wordpress/fixtures/polylang.xml")),
      );
      const plan = planImport(doc, {
        typeMap: DEFAULT_TYPE_MAP,
        languages: ["en", "fr"],
        sourceLanguage: "en",
        now: new Date("2026-11-26T12:00:00Z"),
      });
      await runWordpressImport(t.database.db, {
        plan,
        mediaDir: path.join(t.config.dataDir, "media"),
        isDryRun: false,
        actorId: null,
        now: new Date("2026-11-26T12:00:00Z"),
      });
      await saveRedirect(t.database.db, {
        // As WordPress links (and URL paths) hold them: percent-encoded.
        fromPath: new URL("https://old.example/2019/01/ελληνικά/").pathname,
        toPath: "/en/news/ελληνικά",
        origin: "test",
        createdAt: "2026-11-26T12:00:00.000Z",
      });
    });
    afterAll(() => t.close());

    it("answers a WordPress id address with a 301 to the new page", async () => {
      const res = await t.app.inject({ method: "GET", url: "/?p=10" });
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe("/en/news/cities-share-their-climate-plans");
      const page = await t.app.inject({ method: "GET", url: "/?page_id=20" });
      expect(page.headers.location).toBe("/en/about");
    });

    it("answers an old permalink, in every language, with or without its trailing slash", async () => {
      const en = await t.app.inject({
        method: "GET",
        url: "/2026/05/cities-share-their-climate-plans/",
      });
      expect(en.statusCode).toBe(301);
      expect(en.headers.location).toBe("/en/news/cities-share-their-climate-plans");
      const fr = await t.app.inject({
        method: "GET",
        url: "/fr/2026/05/les-villes-partagent-leurs-plans-climat",
      });
      expect(fr.statusCode).toBe(301);
      expect(fr.headers.location).toBe("/fr/news/cities-share-their-climate-plans");
      const greek = await t.app.inject({
        method: "GET",
        url: "/2019/01/%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC/",
      });
      expect(greek.statusCode).toBe(301);
      expect(greek.headers.location).toBe(
        "/en/news/%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC",
      );
    });

    it("leaves unknown addresses and the home page alone", async () => {
      expect(
        (await t.app.inject({ method: "GET", url: "/2026/05/nothing-here/" })).statusCode,
      ).toBe(404);
      const home = await t.app.inject({ method: "GET", url: "/?p=999" });
      expect(home.statusCode).toBe(302);
      expect((await t.app.inject({ method: "POST", url: "/?p=10" })).statusCode).not.toBe(301);
    });
  });
}
