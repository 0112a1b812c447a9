import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test-support/databases.js";
import { buildTestApp } from "../../../test-support/app.js";
import { identityFor } from "../../../test-support/sign-in.js";
import { findItemBySlug } from "../../content/item.repository.js";
import { ApertiumLocalEngine } from "../../translation/engines/apertium-local.js";
import { TranslationRuntime, translateRevision } from "../../translation/pipeline/index.js";
import { RecordingEngine } from "../../translation/translation.test-kit.js";
import { runWordpressImport } from "./import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "./plan.js";
import { readWxr } from "./wxr-reader.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const HERE = path.dirname(new URL(import.meta.url).pathname);
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

// The French version of the Polylang fixture, rewritten freely: the English body's two
// paragraphs of three sentences become one paragraph of two, the one-sentence excerpt two.
const FRENCH_BODY =
  "Les villes partagent leurs plans et se réunissent chaque printemps, cette année à Lyon. Venez nombreux\u00a0!";
const FRENCH_SUMMARY = "Douze villes publient leurs plans. Elles les comparent.";

function freeFrenchFixture(dir: string): string {
  let xml = fs.readFileSync(path.join(HERE, "fixtures/polylang.xml"), "utf8");
  xml = xml.replace(
    /<p>Les villes partagent leurs plans\. Elles se réunissent chaque printemps\.<\/p>[\s\S]*?<p>La prochaine réunion a lieu à Lyon\.<\/p>/,
    `<p>${FRENCH_BODY}</p>`,
  );
  xml = xml.replace("Douze villes publient leurs plans.", FRENCH_SUMMARY);
  // Polylang groups the French category with the English one (term_translations).
  xml = xml.replace(
    "<wp:term><wp:term_id>4</wp:term_id>",
    `<wp:category><wp:term_id>9</wp:term_id><wp:category_nicename><![CDATA[climat]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Climat]]></wp:cat_name></wp:category>
	<wp:term><wp:term_id>12</wp:term_id><wp:term_taxonomy><![CDATA[term_translations]]></wp:term_taxonomy><wp:term_slug><![CDATA[pll_tt_climate]]></wp:term_slug><wp:term_name><![CDATA[pll_tt_climate]]></wp:term_name><wp:term_description><![CDATA[a:2:{s:2:"en";i:3;s:2:"fr";i:9;}]]></wp:term_description></wp:term>
	<wp:term><wp:term_id>4</wp:term_id>`,
  );
  expect(xml).toContain(FRENCH_BODY);
  const file = path.join(dir, "polylang-free-french.xml");
  fs.writeFileSync(file, xml);
  return file;
}

for (const dialect of DIALECTS) {
  describe(`a language version written freely (${dialect})`, () => {
    it("is stored whole as a person's translation: the /fr/ page shows it exactly with its own tag name, live, marked reviewed, and nothing goes to the engine", async () => {
      const engine = new RecordingEngine(apertium);
      const t = await buildTestApp(dialect, {
        config: { languages: ["en", "fr"], translation: { engine: "apertium" } },
        translationEngine: engine,
        now: () => NOW,
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-free-"));
      try {
        const doc = await readWxr(fs.createReadStream(freeFrenchFixture(dir)));
        const plan = planImport(doc, {
          typeMap: DEFAULT_TYPE_MAP,
          languages: ["en", "fr"],
          sourceLanguage: "en",
          now: NOW,
        });
        const run = () =>
          runWordpressImport(t.database.db, {
            plan,
            mediaDir: path.join(t.config.dataDir, "media"),
            isDryRun: false,
            actorId: null,
            now: NOW,
          });
        const report = await run();
        const fr = (code: string) =>
          report.lines.find((l) => l.code === code && l.detail.startsWith("fr:"))?.detail;
        const climate = await t.database.db
          .selectFrom("tags")
          .select("id")
          .where("slug", "=", "climate")
          .executeTakeFirstOrThrow();
        expect(fr("translation_aligned")).toBe(`fr: title, tag:${climate.id}`);
        expect(report.lines.some((l) => l.code === "tag_translation_unpaired")).toBe(false);
        expect(fr("translation_whole")).toBe("fr: summary, body");
        const item = await findItemBySlug(
          t.database.db,
          "news",
          "cities-share-their-climate-plans",
        );
        const revisionId = item?.latestRevisionId ?? 0;
        const stored = await t.database.db
          .selectFrom("humanFieldTranslations")
          .selectAll()
          .where("revisionId", "=", revisionId)
          .orderBy("field")
          .execute();
        expect(stored.map((r) => [r.language, r.field, r.text])).toEqual([
          ["fr", "body", `${FRENCH_BODY}\n`],
          ["fr", "summary", FRENCH_SUMMARY],
        ]);
        expect(stored[0]?.origin).toBe("import:wordpress:https://cities.example.org");

        // Importing again changes nothing.
        const again = await run();
        expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);
        const storedAgain = await t.database.db
          .selectFrom("humanFieldTranslations")
          .selectAll()
          .orderBy("field")
          .execute();
        expect(storedAgain).toEqual(stored);

        const runtime = new TranslationRuntime(t.config, engine);
        await runtime.load();
        const [outcome] = await translateRevision(
          { db: t.database.db, config: t.config, runtime, now: () => NOW },
          { revisionId, languages: ["fr"] },
        );
        expect(outcome).toMatchObject({ assembled: true, live: true, translated: 0 });
        expect(engine.requests).toEqual([]);
        const french = await t.database.db
          .selectFrom("localizedRevisions")
          .select(["title", "summary", "body", "state"])
          .where("revisionId", "=", revisionId)
          .where("language", "=", "fr")
          .executeTakeFirstOrThrow();
        expect(french).toEqual({
          title: "Les villes partagent leurs plans climat",
          summary: FRENCH_SUMMARY,
          body: `${FRENCH_BODY}\n`,
          state: "reviewed",
        });

        expect(
          await t.database.db
            .selectFrom("tagTranslations")
            .select(["language", "name"])
            .where("tagId", "=", climate.id)
            .execute(),
        ).toEqual([{ language: "fr", name: "Climat" }]);

        await t.app.civitas.refreshContentVersion();
        const page = await t.app.inject({
          method: "GET",
          url: "/fr/news/les-villes-partagent-leurs-plans-climat",
        });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain("notice--reviewed");
        expect(page.body).not.toContain("notice--machine");
        expect(page.body).toContain(`<div class="prose"><p>${FRENCH_BODY} <a class="report-link"`);
        expect(page.body).toContain(FRENCH_SUMMARY);
        expect(page.body).not.toContain("The next meeting is in Lyon.");
        expect(page.body).toMatch(/<a href="\/fr\/tags\/climate" rel="tag">Climat<\/a>/);

        // The desk shows the whole fields as a person wrote them and lists only the other sentences.
        const reviewer = await identityFor(t, "reviewer");
        const desk = await t.app.inject({
          url: `/admin/desk/items/${item?.id ?? 0}/fr`,
          cookies: reviewer.cookies,
        });
        expect(desk.statusCode).toBe(200);
        expect(desk.body).toContain('<section class="desk-whole"');
        expect(desk.body).toContain(
          `<dd lang="fr" dir="ltr" class="desk-whole__text">${FRENCH_SUMMARY}</dd>`,
        );
        expect(desk.body).toContain("Venez nombreux");
        expect(desk.body).not.toContain("They meet every spring.");
        expect(desk.body).toContain("2 of 2");
      } finally {
        await t.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
}
