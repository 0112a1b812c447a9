import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { formBody, identityFor, type TestIdentity } from "../../test-support/sign-in.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/test-factories.js";
import { listGlossary } from "./glossary.repository.js";

for (const dialect of DIALECTS) {
  describe(`translation workspace pages on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      // No engine: French and Spanish wait for people, which the status page must say.
      t = await buildTestApp(dialect, {
        config: { languages: ["en", "fr", "es"], translation: { engine: "none" } },
      });
    });
    afterEach(async () => {
      await t.close();
    });

    const post = (who: TestIdentity, url: string, fields: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: who.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: who.csrf, ...fields }),
      });

    it("lets a reviewer add, list and delete glossary terms, with CSRF and validation", async () => {
      const reviewer = await identityFor(t, "reviewer");
      const added = await post(reviewer, "/admin/glossary", {
        targetLanguage: "fr",
        sourceTerm: "Strong Cities Network",
        targetTerm: "Réseau des villes fortes",
        note: "<b>the name</b>",
      });
      expect(added.statusCode).toBe(303);
      const page = await t.app.inject({
        method: "GET",
        url: "/admin/glossary",
        cookies: reviewer.cookies,
      });
      expect(page.body).toContain("Réseau des villes fortes");
      expect(page.body).toContain("&lt;b>the name&lt;/b>");
      expect(page.body).not.toContain("<b>the name");
      const forged = await t.app.inject({
        method: "POST",
        url: "/admin/glossary",
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({
          _csrf: "forged",
          targetLanguage: "fr",
          sourceTerm: "x",
          targetTerm: "y",
        }),
      });
      expect(forged.statusCode).toBe(403);
      const invalid = await post(reviewer, "/admin/glossary", {
        targetLanguage: "*",
        sourceTerm: "UN",
        targetTerm: "ONU",
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.body).toContain("do-not-translate");
      const [term] = await listGlossary(t.database.db);
      expect((await post(reviewer, `/admin/glossary/${term?.id}/delete`, {})).statusCode).toBe(303);
      expect(await listGlossary(t.database.db)).toEqual([]);
      const anonymous = await t.app.inject({ method: "GET", url: "/admin/glossary" });
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.headers.location).toMatch(/^\/admin\/sign-in/);
    });

    it("imports pasted CSV all or nothing, naming the bad lines", async () => {
      const editor = await identityFor(t, "editor");
      const bad = await post(editor, "/admin/glossary/import", {
        targetLanguage: "es",
        csv: "source,target\nCity,Ciudad\n,vacío\n",
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain("line 3");
      expect(await listGlossary(t.database.db)).toEqual([]);
      const good = await post(editor, "/admin/glossary/import", {
        targetLanguage: "es",
        csv: "source,target\nCity,Ciudad\nAmina Yusuf,\n",
      });
      expect(good.statusCode).toBe(303);
      expect(good.headers.location).toBe("/admin/glossary?notice=imported&count=2");
      expect((await listGlossary(t.database.db)).length).toBe(2);
    });

    it("shows every published item's status per language", async () => {
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({ title: "Mayors <meet>" }),
        actorId: null,
        now: new Date("2026-11-26T12:00:00Z"),
      });
      await publishItem(t.database.db, {
        itemId: saved.item.id,
        now: new Date("2026-11-26T12:00:00Z"),
      });
      const reviewer = await identityFor(t, "reviewer");
      const page = await t.app.inject({
        method: "GET",
        url: "/admin/translations",
        cookies: reviewer.cookies,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Mayors &lt;meet>");
      expect(page.body).toContain("status--source");
      expect(page.body.match(/status--awaiting/g)?.length).toBe(2);
    });
  });
}
