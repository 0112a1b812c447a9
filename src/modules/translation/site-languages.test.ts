import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../platform/config.js";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { type TranslateDeps, translateRevision } from "./translate.service.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

for (const dialect of DIALECTS) {
  describe(`the site in every language on ${dialect}`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    beforeEach(async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "es", "ar"],
          translation: { engine: "apertium", policies: { es: "immediate" } },
        },
        translationEngine: apertium,
      });
      // The app's own runtime (its engine is the test's), so pages know which languages can be translated.
      deps = {
        db: t.database.db,
        config: t.config,
        runtime: t.app.civitas.translation,
        now: () => NOW,
      };
    });
    afterEach(async () => {
      await t.close();
    });

    async function publishTranslated(
      overrides: Parameters<typeof makeDraft>[0],
      translateDeps: TranslateDeps = deps,
    ) {
      const saved = await saveItem(t.database.db, {
        draft: makeDraft(overrides),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      await translateRevision(translateDeps, { revisionId: saved.revision.id });
      await t.app.civitas.refreshContentVersion();
      return saved;
    }

    const get = (url: string) => t.app.inject({ method: "GET", url });
    const slugOf = async (itemId: number, language: string) =>
      (
        await t.database.db
          .selectFrom("itemTranslations")
          .select("slug")
          .where("itemId", "=", itemId)
          .where("language", "=", language)
          .executeTakeFirst()
      )?.slug;

    it("serves French and Spanish translations with lang, hreflang, a switcher and a notice", async () => {
      // What a published translation looks like, whatever the checks think of Apertium's French.
      const immediate = {
        ...deps,
        config: {
          ...t.config,
          translation: { ...t.config.translation, policies: { es: "immediate", fr: "immediate" } },
        },
      } as const;
      const saved = await publishTranslated(
        {
          slug: "mayors-meet",
          title: "The mayors meet in the city",
          summary: "The cities are strong.",
          body: "The mayors meet in the city.\n\nSee [the other news](/en/news/mayors-meet).",
        },
        immediate,
      );
      const frSlug = await slugOf(saved.item.id, "fr");
      expect(frSlug).toMatch(/^[a-z0-9-]+$/);
      expect(frSlug).not.toBe("mayors-meet");
      const page = await get(`/fr/news/${frSlug}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<html lang="fr" dir="ltr">');
      expect(page.body).toContain(
        'hreflang="en" href="https://cities.example.org/en/news/mayors-meet"',
      );
      expect(page.body).toContain(
        `hreflang="fr" href="https://cities.example.org/fr/news/${frSlug}"`,
      );
      expect(page.body).toContain(
        'hreflang="x-default" href="https://cities.example.org/en/news/mayors-meet"',
      );
      // Arabic has no engine here: it is not an alternate of this page, but the switcher
      // still offers it, saying the page reads in English there.
      expect(page.body).not.toContain('<link rel="alternate" hreflang="ar"');
      expect(page.body).toContain(
        '<a href="/ar/news/mayors-meet" hreflang="ar" lang="ar" dir="rtl"><span class="language-switcher__name">العربية</span><span class="language-switcher__state">باللغة ⁨الإنجليزية⁩ حاليًا</span></a>',
      );
      expect(page.body).toMatch(/traduction automatique de l’original en anglais/);
      expect(page.body).toContain('class="language-switcher"');
      // The link to an item of the site points at its page in French (here through the
      // English slug, which moves to the French one: the slug did not exist when the body was assembled).
      expect(page.body).toContain('href="/fr/news/mayors-meet"');
      const prose = page.body.slice(page.body.indexOf('class="prose"'));
      expect(prose.slice(0, prose.indexOf("</div>"))).not.toContain("/en/news/");
      // The English slug under /fr/ moves to the French one.
      const moved = await get("/fr/news/mayors-meet");
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe(`/fr/news/${frSlug}`);
      const spanish = await get(`/es/news/${await slugOf(saved.item.id, "es")}`);
      expect(spanish.body).toContain('<html lang="es" dir="ltr">');
      expect(spanish.body).toMatch(/alcaldes/i);
    });

    it("serves Arabic right to left, with the original text marked as English and a notice in Arabic", async () => {
      const saved = await publishTranslated({
        slug: "summit",
        title: "The summit",
        summary: "",
        body: "The cities meet.",
      });
      expect(await slugOf(saved.item.id, "ar")).toBeFalsy();
      const page = await get("/ar/news/summit");
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<html lang="ar" dir="rtl">');
      // The English texts are marked English; the article itself (labels, dates) stays Arabic.
      expect(page.body).toContain('<article class="article">');
      expect(page.body).toMatch(/<h1 class="page-title" lang="en" dir="ltr">/);
      expect(page.body).toMatch(/<div class="prose" lang="en" dir="ltr">/);
      expect(page.body).toContain("notice--awaiting");
      expect(page.body).toMatch(/[\u0600-\u06FF]{3,}/);
      const home = await get("/ar");
      expect(home.body).toContain('<html lang="ar" dir="rtl">');
      expect(home.body).toContain('hreflang="ar"');
    });

    it("holds a translation with errors under the gate policy, publishes it at once under immediate", async () => {
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({
          slug: "checked",
          title: "The cities",
          summary: "",
          body: "The cities are strong.",
        }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["es", "fr"] });
      // A reviewer would see an error in every unit: the checks found something.
      await t.database.db.updateTable("translationUnits").set({ errorCount: 1 }).execute();
      await t.database.db.deleteFrom("itemTranslations").execute();
      await translateRevision(deps, { revisionId: saved.revision.id, languages: ["es", "fr"] });
      await t.app.civitas.refreshContentVersion();
      expect(await slugOf(saved.item.id, "es")).toBeTruthy();
      const fr = await get("/fr/news/checked");
      expect(fr.statusCode).toBe(200);
      expect(fr.body).toContain("notice--held");
      expect(fr.body).toContain("attend un relecteur");
      expect(fr.body).toContain("The cities are strong.");
    });

    it("keeps the last good translation live while a new revision is translated", async () => {
      const saved = await publishTranslated({
        slug: "update",
        title: "The cities",
        summary: "",
        body: "The cities are strong.",
      });
      const esSlug = await slugOf(saved.item.id, "es");
      const edited = await saveItem(t.database.db, {
        itemId: saved.item.id,
        draft: makeDraft({
          slug: "update",
          title: "The cities",
          summary: "",
          body: "The cities are very strong.",
        }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      await t.app.civitas.refreshContentVersion();
      const before = await get(`/es/news/${esSlug}`);
      expect(before.body).toContain("notice--updating");
      expect(before.body).not.toContain("very strong");
      await translateRevision(deps, { revisionId: edited.revision.id });
      await t.app.civitas.refreshContentVersion();
      const after = await get(`/es/news/${esSlug}`);
      expect(after.body).toContain("notice--machine");
      expect(after.body).toMatch(/muy/);
    });

    it("lists each language's translations in its feeds and in the sitemap", async () => {
      const saved = await publishTranslated({
        slug: "mayors",
        title: "The mayors meet",
        summary: "",
        body: "The cities meet.",
      });
      const esSlug = await slugOf(saved.item.id, "es");
      const feed = await get("/es/feed.rss");
      expect(feed.body).toContain(`https://cities.example.org/es/news/${esSlug}`);
      expect(feed.body).toMatch(/<title>[^<]*alcaldes/i);
      const sitemap = await get("/sitemap.xml");
      expect(sitemap.body).toContain("https://cities.example.org/en/news/mayors");
      expect(sitemap.body).toContain(`https://cities.example.org/es/news/${esSlug}`);
      // No translation into Arabic: no Arabic address for the item.
      expect(sitemap.body).not.toContain("/ar/news/");
    });

    it("publishes a language under the review policy only once every sentence is reviewed", async () => {
      const reviewDeps = {
        ...deps,
        config: loadConfig(
          { ...t.config, translation: { ...t.config.translation, policies: { fr: "review" } } },
          {},
        ),
      };
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({
          slug: "reviewed",
          title: "The cities",
          summary: "",
          body: "The cities meet.",
        }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      await translateRevision(reviewDeps, { revisionId: saved.revision.id, languages: ["fr"] });
      expect(await slugOf(saved.item.id, "fr")).toBeFalsy();
      await t.database.db.updateTable("translationUnits").set({ state: "reviewed" }).execute();
      await translateRevision(reviewDeps, { revisionId: saved.revision.id, languages: ["fr"] });
      expect(await slugOf(saved.item.id, "fr")).toBeTruthy();
      await t.app.civitas.refreshContentVersion();
      const page = await get("/fr/news/reviewed");
      expect(page.statusCode).toBe(301);
      const french = await get(page.headers.location as string);
      expect(french.body).toContain("notice--reviewed");
    });
  });
}
