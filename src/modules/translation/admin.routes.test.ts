import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { formBody, identityFor, type TestIdentity } from "../../test-support/sign-in.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { listGlossary } from "./glossary.repository.js";
import { memoryOnlyDeps, prefillUnits } from "./review/review.test-kit.js";
import { translateRevision } from "./translate.service.js";

for (const dialect of DIALECTS) {
  describe(`translation workspace pages on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      // No engine: French and Spanish wait for people, which the status page must say.
      // French is gated by the checks; Spanish publishes reviewed translations only.
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "es"],
          translation: { engine: "none", policies: { es: "review" } },
        },
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

    it("saves a term typed again with another case of a non-ASCII letter over the same row, by form and pasted CSV", async () => {
      const reviewer = await identityFor(t, "reviewer");
      for (const sourceTerm of ["Égalité", "ÉGALITÉ", "İzmir", "İzmir"]) {
        const saved = await post(reviewer, "/admin/glossary", {
          targetLanguage: "fr",
          sourceTerm,
          targetTerm: sourceTerm === "İzmir" ? "Izmir" : "Égalité",
        });
        expect(saved.statusCode, sourceTerm).toBe(303);
        expect(saved.headers.location).toBe("/admin/glossary?notice=added");
      }
      const imported = await post(reviewer, "/admin/glossary/import", {
        targetLanguage: "fr",
        csv: "source,target\nÉGALITÉ,égalité\nİzmir,Izmir\n",
      });
      expect(imported.statusCode).toBe(303);
      expect(imported.headers.location).toBe("/admin/glossary?notice=imported&count=2");
      expect((await listGlossary(t.database.db)).map((g) => [g.sourceTerm, g.targetTerm])).toEqual([
        ["ÉGALITÉ", "égalité"],
        ["İzmir", "Izmir"],
      ]);
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

    it("says in words why a held translation is held, and links each cell to the review desk", async () => {
      const now = new Date("2026-11-26T12:00:00Z");
      const db = t.database.db;
      const saved = await saveItem(db, {
        draft: makeDraft({
          title: "Mayors meet",
          summary: "A short summary.",
          // "More to come." twice: one sentence, used twice, counts once.
          body: "Cities work together.\n\n## Next steps\n\nMore to come. More to come.",
        }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: saved.item.id, now });
      const deps = memoryOnlyDeps(db, t.config, () => now);
      for (const language of ["fr", "es"]) {
        await prefillUnits(deps, {
          revisionId: saved.revision.id,
          language,
          translate: (source) => `[${language}] ${source}`,
        });
      }
      // The checks' findings, set by hand so the counts do not depend on the checks' wording rules.
      const error = (code: string, params: Record<string, string | number> = {}) => ({
        code,
        severity: "error",
        params,
        span: null,
      });
      const repeated = error("repeated-word", { word: "le" });
      const missing = error("number-missing", { number: "3" });
      // On every machine sentence, yet named last: it says least of what to fix.
      const unproven = error("engine-unproven", {
        route: "en → fr",
        words: "1–3",
        passed: 0,
        acceptable: 0,
      });
      const findingsBySentence: Record<string, { findings: object[]; state?: "reviewed" }> = {
        "Mayors meet": {
          findings: [
            unproven,
            repeated,
            repeated,
            missing,
            {
              code: "markup-order",
              severity: "warning",
              params: { found: "2 1", expected: "1 2" },
              span: null,
            },
          ],
        },
        "A short summary.": {
          // A code with no label yet, named as it is (and escaped).
          findings: [unproven, repeated, error("made-up<check>"), error("made-up<check>")],
        },
        "Cities work together.": {
          // Reviewed: its errors hold nothing back.
          findings: [
            error("unchanged"),
            error("unchanged"),
            error("unchanged"),
            error("unchanged"),
          ],
          state: "reviewed",
        },
        "Next steps": { findings: [unproven, error("date-mismatch", { month: "May" })] },
        "More to come.": {
          findings: [
            unproven,
            missing,
            { code: "typography-nbsp", severity: "info", params: { mark: ":" }, span: null },
          ],
        },
      };
      const units = await db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select(["u.id", "s.text"])
        .where("u.targetLanguage", "=", "fr")
        .execute();
      expect(units.map((u) => u.text).sort()).toEqual(Object.keys(findingsBySentence).sort());
      for (const unit of units) {
        const { findings, state } = findingsBySentence[unit.text] ?? { findings: [] };
        await db
          .updateTable("translationUnits")
          .set({
            findings: JSON.stringify(findings),
            errorCount: findings.filter((f) => "severity" in f && f.severity === "error").length,
            state: state ?? "machine",
          })
          .where("id", "=", unit.id)
          .execute();
      }
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["fr", "es"] });

      const reviewer = await identityFor(t, "reviewer");
      const page = await t.app.inject({
        method: "GET",
        url: "/admin/translations",
        cookies: reviewer.cookies,
      });
      expect(page.statusCode).toBe(200);
      const id = saved.item.id;
      expect(page.body.match(/status--flagged/g)?.length).toBe(2);
      // French: 4 unreviewed sentences with errors; the 3 most frequent codes, then "other kinds".
      expect(page.body).toContain(
        "Held for review: 4 sentences with errors — 3 repeated words, 2 problems found by check made-up&lt;check>, 2 missing numbers and other kinds.",
      );
      expect(page.body).not.toContain("made-up<check>");
      expect(page.body).not.toContain("unchanged");
      // Spanish: the policy waits for a reviewer, whatever the checks found.
      expect(page.body).toContain(
        "Held for review: every sentence must be reviewed before publication.",
      );
      for (const language of ["fr", "es"]) {
        expect(page.body).toMatch(
          new RegExp(`<a href="/admin/review/items/${id}/${language}"[^>]*>held for review</a>`),
        );
      }
      // One wording everywhere on the page: "held for review", "waiting".
      expect(page.body).not.toMatch(/held back|awaiting|Held:/i);
      expect(page.body).toMatch(/held for review: \d+, waiting: \d+/);
      // The original has no review desk.
      expect(page.body).not.toContain(`/admin/review/items/${id}/en"`);
      const desk = await t.app.inject({
        method: "GET",
        url: `/admin/review/items/${id}/fr`,
        cookies: reviewer.cookies,
      });
      expect(desk.statusCode).toBe(200);
    });
  });
}
