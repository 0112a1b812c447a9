import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { memoryOnlyDeps, publishTranslated } from "./review/review.test-kit.js";

const NOW = new Date("2026-11-26T12:00:00Z");

for (const dialect of DIALECTS) {
  describe(`moving a reader to an item's address in another script on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr"],
          translation: { engine: "none", policies: { fr: "immediate" } },
        },
      });
      const deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      await publishTranslated(deps, {
        draft: { slug: "souk-سوق-day", title: "Souk سوق day", body: "The market opens." },
        language: "fr",
        translate: (source) =>
          source === "Souk سوق day" ? "Journée du souk سوق" : `[fr] ${source}`,
      });
      await t.app.civitas.refreshContentVersion();
    });
    afterAll(async () => {
      await t?.close();
    });

    it("percent-encodes the Location of a redirect to a slug with non-ASCII letters", async () => {
      const moved = await t.app.inject(`/fr/news/${encodeURIComponent("souk-سوق-day")}`);
      expect(moved.statusCode).toBe(301);
      const location = String(moved.headers.location);
      expect(location).toMatch(/^[\x21-\x7e]+$/);
      expect(decodeURI(location)).toMatch(/^\/fr\/news\/.*سوق/);
      const page = await t.app.inject(location);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Journée du souk سوق");
    });
  });
}
