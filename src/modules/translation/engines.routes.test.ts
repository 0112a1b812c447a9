import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { identityFor } from "../../test-support/sign-in.js";
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
