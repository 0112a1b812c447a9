import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { bumpChangeCounter } from "../src/platform/db/change-counter.js";
import { seriousAxeViolations, useDemoBrowser, watchProblems } from "./browser.js";

describe("the translated site in Chromium", () => {
  const demo = useDemoBrowser();

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    const response = await page.goto(demo.server.baseUrl + path);
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  /**
   * A news item with its slug in the language: one whose translation passed the gate if
   * any did, else the first (the gate holds nearly all of Apertium's output: readers get
   * the original with a notice in their language).
   */
  const liveIn = async (language: string) => {
    const rows = await demo.server.app.civitas.db
      .selectFrom("items as i")
      .leftJoin("itemTranslations as t", (join) =>
        join.onRef("t.itemId", "=", "i.id").on("t.language", "=", language),
      )
      .select(["i.slug", "t.slug as translatedSlug", "t.liveLocalizedId"])
      .where("i.type", "=", "news")
      .where("i.status", "=", "published")
      .orderBy("i.id")
      .execute();
    const row = rows.find((r) => r.liveLocalizedId !== null) ?? rows[0];
    if (!row) throw new Error("the demo has no news");
    return row;
  };

  it("reaches the Spanish page of an article from the language switcher, by keyboard, whatever its translation's state", async () => {
    const { slug } = await liveIn("es");
    const { page, problems } = await open(`/en/news/${slug}`);
    const spanish = page.locator('.language-switcher a[hreflang="es"]');
    await spanish.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/es\/news\//);
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await expect(page.locator(".notice--translation").textContent()).resolves.toMatch(
      /traducido automáticamente|traducción|original/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists every language with its state in the switcher, even on an item with no live translation", async () => {
    // The September update: the gate holds its translations, so every other language shows the English.
    const { page, problems } = await open("/ar/news/september-update-2021");
    const entries = page.locator(".language-switcher li");
    expect(await entries.count()).toBe(4);
    const current = page.locator('.language-switcher [aria-current="true"]');
    expect(await current.getAttribute("lang")).toBe("ar");
    expect(await current.textContent()).toContain("باللغة");
    const english = page.locator('.language-switcher a[hreflang="en"]');
    expect(await english.getAttribute("href")).toBe("/en/news/september-update-2021");
    expect(await english.textContent()).toBe("Englishoriginal");
    const french = page.locator('.language-switcher a[hreflang="fr"]');
    expect(await french.textContent()).toContain("en anglais pour l’instant");
    // Large enough to hit with a finger on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const box of await entries
      .locator("a, span[aria-current]")
      .evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]),
      ))
      expect(Math.min(...box)).toBeGreaterThanOrEqual(44);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("marks a language whose translation is live as machine translated or reviewed", async () => {
    // A reviewer's acceptance, as the review desk records it: the French translation goes live.
    const db = demo.server.app.civitas.db;
    const item = await db
      .selectFrom("items")
      .select(["id", "publishedRevisionId"])
      .where("slug", "=", "youth-forum-2023-recommendations")
      .executeTakeFirstOrThrow();
    const localized = await db
      .selectFrom("localizedRevisions")
      .select("id")
      .where("revisionId", "=", item.publishedRevisionId)
      .where("language", "=", "fr")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("itemTranslations")
      .set({ liveLocalizedId: localized.id })
      .where("itemId", "=", item.id)
      .where("language", "=", "fr")
      .execute();
    await bumpChangeCounter(db);
    await demo.server.app.civitas.refreshContentVersion();
    const { page, problems } = await open("/es/news/youth-forum-2023-recommendations");
    const french = page.locator('.language-switcher a[hreflang="fr"]');
    expect(await french.textContent()).toContain("traduction automatique");
    const spanish = page.locator('.language-switcher [aria-current="true"]');
    expect(await spanish.textContent()).toContain("en inglés por ahora");
    // hreflang names the languages the item reads in, not those that show the English.
    const hreflangs = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute("hreflang")));
    expect(hreflangs.sort()).toEqual(["en", "fr", "x-default"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps the query when the reader switches language on the search page", async () => {
    const { page, problems } = await open("/fr/search?q=villes&type=news");
    await page.locator('.language-switcher a[hreflang="es"]').click();
    await page.waitForURL(/\/es\/search/);
    const url = new URL(page.url());
    expect(url.searchParams.get("q")).toBe("villes");
    expect(url.searchParams.get("type")).toBe("news");
    expect(await page.inputValue("#search-page-q")).toBe("villes");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lays Arabic pages out right to left, the untranslated original left to right", async () => {
    const { page, problems } = await open("/ar/news/september-update-2021");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).direction);
    expect(await direction("body")).toBe("rtl");
    expect(await direction(".notice--translation")).toBe("rtl");
    expect(await direction("article h1")).toBe("ltr");
    expect(await page.getAttribute("article h1", "lang")).toBe("en");
    expect(await direction(".article .prose")).toBe("ltr");
    // The page's own labels and dates inside the article stay Arabic, right to left.
    expect(await page.getAttribute("article", "lang")).toBeNull();
    expect(await direction(".article__meta")).toBe("rtl");
    expect(await direction(".article__meta time")).toBe("rtl");
    // The header's first item sits at the right edge in a right-to-left page.
    const brand = await page.locator(".site-header__brand").boundingBox();
    const viewport = page.viewportSize();
    expect(brand && viewport && brand.x > viewport.width / 2).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serves French pages with the seed's dates (19/10/2021) and no serious accessibility violation", async () => {
    const live = await liveIn("fr");
    // The English address moves to the French slug.
    const { page, problems } = await open(`/fr/news/${live.slug}`);
    expect(page.url()).toContain(`/fr/news/${live.translatedSlug ?? live.slug}`);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const published = await page.locator(".article__meta time").first().textContent();
    expect(published?.trim()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serves the French home page with no serious accessibility violation", async () => {
    const { page, problems } = await open("/fr");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows an address with a trailing slash to the page, in every language", async () => {
    // One page for the four languages: a fresh page costs Chromium a cold renderer (~0.6 core-s).
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    for (const lang of ["en", "fr", "es", "ar"]) {
      problems.length = 0;
      expect((await page.goto(`${demo.server.baseUrl}/${lang}/`))?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`/${lang}`);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      await page.goto(`${demo.server.baseUrl}/${lang}/network/hubs/`);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/network/hubs`);
      expect(problems, lang).toEqual([]);
    }
    await page.close();
  });

  it("marks English cards on Arabic and French listings as English, left to right", async () => {
    // (Resources: an earlier test makes one French news translation live.)
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    for (const [lang, listing] of [
      ["ar", "news"],
      ["fr", "resources"],
    ]) {
      problems.length = 0;
      expect((await page.goto(`${demo.server.baseUrl}/${lang}/${listing}`))?.status()).toBe(200);
      const titles = page.locator(".card__title");
      expect(await titles.count()).toBeGreaterThan(0);
      const marks = await titles.evaluateAll((els) =>
        els.map((el) => [el.getAttribute("lang"), getComputedStyle(el).direction]),
      );
      // The demo's translations are held in every language: every card shows the English.
      for (const mark of marks) expect(mark).toEqual(["en", "ltr"]);
      expect(
        await page
          .locator(".card__meta")
          .first()
          .evaluate((el) => getComputedStyle(el).direction),
      ).toBe(lang === "ar" ? "rtl" : "ltr");
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    }
    await page.close();
  });

  it("lists in the sitemap only addresses that answer, the network's pages in every language among them", async () => {
    const sitemap = await (await fetch(`${demo.server.baseUrl}/sitemap.xml`)).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? "").pathname,
    );
    for (const lang of ["en", "fr", "es", "ar"])
      for (const rest of ["/network", "/network/hubs", "/network/committee", "/network/events"])
        expect(paths).toContain(`/${lang}${rest}`);
    expect(paths.filter((p) => p.includes("/network/cities/")).length).toBe(46 * 4);
    for (const path of paths) {
      const response = await fetch(demo.server.baseUrl + path, { redirect: "manual" });
      expect(response.status, path).toBe(200);
    }
  });
});
