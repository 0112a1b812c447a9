import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { identityFor } from "../../test-support/sign-in.js";
import { recordEngineEvaluations } from "./engine-evaluations.repository.js";
import { reserveEngineCharacters } from "./engine-usage.repository.js";

for (const dialect of DIALECTS) {
  describe(`the engines page on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
    });

    it("shows administrators each direction's engine, a warning where text leaves the server, and the month's budget use", async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "es"],
          translation: {
            engine: "none",
            engines: { "en>fr": "deepl" },
            cloudPairs: ["en>fr"],
            budgets: { deepl: 500_000 },
            deepl: { apiKey: "key:fx", glossaries: {} },
          },
        },
      });
      await reserveEngineCharacters(t.database.db, {
        engine: "deepl",
        month: "2026-11",
        characters: 125_000,
        limit: 500_000,
        now: new Date("2026-11-26T12:00:00Z").toISOString(),
      });
      const admin = await identityFor(t, "admin");
      const page = await t.app.inject({
        method: "GET",
        url: "/admin/engines",
        cookies: admin.cookies,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("leaves this server and is sent to that service");
      expect(page.body.match(/engine--cloud/g)).toHaveLength(1);
      expect(page.body).toContain("125,000 of 500,000 characters (25%)");
      // No measurement yet: each direction tells how to take one.
      expect(page.body).toContain(
        "Not measured yet. Run: civitas engines evaluate --from en --to fr FILE.tsv",
      );
      await recordEngineEvaluations(t.database.db, [
        {
          from: "en",
          to: "fr",
          engine: "apertium",
          route: "apertium:en>es>fr",
          sentences: 220,
          chrF: 49.43,
          heldShare: 1,
          fileName: "en-fr.tsv",
          evaluatedAt: "2026-12-04T20:00:00.000Z",
        },
        {
          from: "en",
          to: "fr",
          engine: "deepl",
          route: "deepl:en>fr",
          sentences: 1,
          chrF: 61,
          heldShare: 0.125,
          fileName: "en-fr.tsv",
          evaluatedAt: "2026-12-04T20:00:00.000Z",
        },
      ]);
      const measured = await t.app.inject({
        method: "GET",
        url: "/admin/engines",
        cookies: admin.cookies,
      });
      expect(measured.body).toContain("apertium: chrF 49.4, 100% held (220 sentences, 4 Dec 2026)");
      expect(measured.body).toContain("deepl: chrF 61.0, 13% held (1 sentence, 4 Dec 2026)");
      expect(measured.body).not.toContain("--from en --to fr FILE.tsv");
      expect(measured.body).toContain("--from fr --to en FILE.tsv");
      const editor = await identityFor(t, "editor");
      const refused = await t.app.inject({
        method: "GET",
        url: "/admin/engines",
        cookies: editor.cookies,
      });
      expect(refused.statusCode).toBe(403);
    });
  });
}
