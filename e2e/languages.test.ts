import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, seriousAxeViolations, startDemoServer, watchProblems } from "./browser.js";

describe("the translated site in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const response = await page.goto(server.baseUrl + path);
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  /** A news item whose translation into the language passed the checks (the gate holds others back). */
  const liveIn = (language: string) =>
    server.app.civitas.db
      .selectFrom("itemTranslations as t")
      .innerJoin("items as i", "i.id", "t.itemId")
      .select(["i.slug", "t.slug as translatedSlug"])
      .where("t.language", "=", language)
      .where("t.liveLocalizedId", "is not", null)
      .where("i.type", "=", "news")
      .orderBy("i.id")
      .executeTakeFirstOrThrow();

  it("reaches the Spanish translation of an article from the language switcher, by keyboard", async () => {
    const { slug } = await liveIn("es");
    const { page, problems } = await open(`/en/news/${slug}`);
    const spanish = page.locator('.language-switcher a[hreflang="es"]');
    await spanish.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/es\/news\//);
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await expect(page.locator(".notice--translation").textContent()).resolves.toMatch(
      /traducido automáticamente/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
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
    expect(page.url()).toContain(`/fr/news/${live.translatedSlug ?? ""}`);
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
});
