import { describe, expect, it } from "vitest";
import { bumpChangeCounter } from "../src/platform/db/change-counter.js";
import { getTranslator } from "../src/platform/i18n/translator.js";
import { insertTestCities, numberedNames } from "../src/modules/network/network.test-kit.js";
import { installAxe, seriousAxeViolations, useDemoBrowser, watchProblems } from "./browser.js";

describe("the network's map and city pages in Chromium", () => {
  const demo = useDemoBrowser(120_000);

  it("reaches a city from its dot on the map, and both pages pass axe-core", async () => {
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    const response = await page.goto(`${demo.server.baseUrl}/en/network`);
    expect(response?.status()).toBe(200);
    const dots = page.locator("svg a");
    expect(await dots.count()).toBeGreaterThanOrEqual(40);
    // Every dot is a link with an accessible name, drawn inside the map.
    const mapBox = await page.locator("svg").first().boundingBox();
    const dot = page.getByRole("link", { name: "Calgary, Canada" }).first();
    const dotBox = await dot.boundingBox();
    expect(mapBox && dotBox && dotBox.x >= mapBox.x && dotBox.y >= mapBox.y).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dot.click();
    await page.waitForURL(`${demo.server.baseUrl}/en/network/cities/calgary`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Calgary");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("puts the list view beside the map on a wide screen, on the other side in Arabic", async () => {
    for (const [lang, listIsAfter] of [
      ["en", true],
      ["ar", false],
    ] as const) {
      const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
      const problems = watchProblems(page);
      expect((await page.goto(`${demo.server.baseUrl}/${lang}/network`))?.status()).toBe(200);
      const map = await page.locator("figure.network-map").boundingBox();
      const list = await page.locator("#city-list-heading").boundingBox();
      expect(map && list, lang).toBeTruthy();
      if (!map || !list) continue;
      // Side by side: the list starts above the map's bottom, beside it.
      expect(list.y, lang).toBeLessThan(map.y + map.height);
      expect(list.x >= map.x + map.width - 1, lang).toBe(listIsAfter);
      expect(problems, lang).toEqual([]);
      await page.close();
    }
  });

  it("shows an event's time in the reader's own zone too, with JavaScript", async () => {
    const context = await demo.browser.newContext({ timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${demo.server.baseUrl}/en/network/events/un-general-assembly-2021-side-event`);
    const local = page.locator(".article [data-reader-time]").first();
    await expect(local.isVisible()).resolves.toBe(true);
    const text = (await local.textContent()) ?? "";
    // The zone named for readers, not as the IANA database does.
    expect(text).toContain("Japan Standard Time");
    expect(text).not.toContain("Asia/Tokyo");
    // 14:00 UTC is 23:00 in Tokyo.
    expect(text).toContain("23:00");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("passes axe-core on the committee and the side event", async () => {
    // One page for the four addresses: a fresh page costs Chromium a cold renderer (~0.6 core-s).
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    for (const path of [
      "/en/network/committee",
      "/en/network/events/un-general-assembly-2021-side-event",
      "/en/network/events",
      "/ar/network/events/un-general-assembly-2021-side-event",
    ]) {
      problems.length = 0;
      expect((await page.goto(demo.server.baseUrl + path))?.status(), path).toBe(200);
      expect(await seriousAxeViolations(page), path).toEqual([]);
      expect(problems, path).toEqual([]);
    }
    await page.close();
  });

  it("says one true thing about the page's language on every network page, in the page's language", async () => {
    // Every notice a network page may show, as the catalogs write it for this site (English originals).
    const sayings = (lang: "fr" | "es" | "ar") => {
      const t = getTranslator(lang);
      const values = {
        language: t.t(`language.name.${lang}`),
        sourceLanguage: t.t("language.name.en"),
      };
      return [
        ...(["pending", "held", "awaiting", "partial", "partialMachine"] as const).map((key) =>
          t.t(`translation.notice.${key}`, values),
        ),
        t.t("translation.notice.machine", { language: values.sourceLanguage }),
        t.t("translation.notice.reviewed", { language: values.sourceLanguage }),
        t.t("translation.notice.updating"),
      ];
    };
    // One tab for the twelve pages: a new one each made this test outlast 30 s on a loaded CI.
    const page = await demo.browser.newPage();
    for (const lang of ["fr", "es", "ar"] as const) {
      for (const path of ["network", "network/hubs", "network/events", "network/committee"]) {
        expect((await page.goto(`${demo.server.baseUrl}/${lang}/${path}`))?.status()).toBe(200);
        const notice = page.locator(".notice--translation");
        expect(await notice.count(), `${lang}/${path}`).toBe(1);
        expect(await notice.getAttribute("lang")).toBe(lang);
        const sentences = notice.locator("p:not(:has(a))");
        expect(await sentences.count(), `${lang}/${path}`).toBe(1);
        expect(sayings(lang), `${lang}/${path}`).toContain(await sentences.textContent());
      }
    }
    await page.close();
  }, 90_000);

  it("says once that part of a page is machine translated and the rest still the original", async () => {
    // A reviewer accepts the French name of one hub: the hubs page mixes it with held English texts.
    await demo.server.app.civitas.db
      .updateTable("networkTranslations")
      .set({ state: "reviewed", errorCount: 0 })
      .where("tableName", "=", "hubs")
      .where("rowId", "=", 1)
      .where("field", "=", "name")
      .where("language", "=", "fr")
      .execute();
    await bumpChangeCounter(demo.server.app.civitas.db);
    await demo.server.app.civitas.refreshContentVersion();
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    expect((await page.goto(`${demo.server.baseUrl}/fr/network/hubs`))?.status()).toBe(200);
    const notice = page.locator(".notice--translation");
    expect(await notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("Une partie de cette page est traduite de l’original en anglais");
    expect(text).not.toContain("Vous lisez l’original");
    expect(text).not.toContain("en cours de traduction");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows every city of the directory without an inner scroll box, with a search box and filters a finger can use", async () => {
    for (const width of [1366, 390]) {
      const page = await demo.browser.newPage({ viewport: { width, height: 900 } });
      const problems = watchProblems(page);
      expect((await page.goto(`${demo.server.baseUrl}/es/network`))?.status()).toBe(200);
      const list = page.locator(".network-directory .network-list");
      const scrolls = await list.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      expect(scrolls, `${width}`).toBe(false);
      expect(await list.locator("li").count()).toBe(46);
      for (const control of await page
        .locator(".network-filters input, .network-filters select, .network-filters button")
        .all()) {
        const box = await control.boundingBox();
        expect(box && box.height >= 24 && box.width >= 24, `${width}`).toBe(true);
      }
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await page.fill("#filter-q", "kenia");
      await page.keyboard.press("Enter");
      await page.waitForURL(/q=kenia/);
      const found = await list.locator("li a").allTextContents();
      expect(found).toContain("Mombasa");
      expect(found.length).toBeLessThan(46);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it("keeps Spanish news, an event and the directory within a 390-pixel screen", async () => {
    const page = await demo.browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ["/es/news", "/es/network", "/fr/network/events", "/ar/network"]) {
      expect((await page.goto(demo.server.baseUrl + path))?.status()).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(390);
    }
    await page.close();
  });

  it("says where and when an event is in the reader's words: no raw zone, no English 'Online'", async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.baseUrl}/es/events/un-general-assembly-2021-virtual-side-event`);
    const facts = (await page.locator(".event-facts").textContent()) ?? "";
    expect(facts).not.toContain("America/New_York");
    expect(facts).not.toContain("Online");
    expect(facts).toContain("En línea");
    expect(await page.locator(".reading-time").textContent()).not.toMatch(/^\s*—/);
    await page.close();
  });

  it("pages a large directory: a hundred cities a page, links a finger can use, within a 390-pixel screen", async () => {
    const db = demo.server.app.civitas.db;
    const added = numberedNames("Rivertown", 60, 0);
    await insertTestCities(db, added);
    await bumpChangeCounter(db);
    await demo.server.app.civitas.refreshContentVersion();
    try {
      for (const [width, lang] of [
        [390, "es"],
        [390, "ar"],
        [1366, "en"],
      ] as const) {
        const page = await demo.browser.newPage({ viewport: { width, height: 900 } });
        await installAxe(page);
        const problems = watchProblems(page);
        expect((await page.goto(`${demo.server.baseUrl}/${lang}/network`))?.status()).toBe(200);
        const list = page.locator(".network-directory .network-list li");
        expect(await list.count()).toBe(100);
        const next = page.locator('.pagination a[rel="next"]');
        const box = await next.boundingBox();
        expect(box && box.height >= 24 && box.width >= 24, `${width} ${lang}`).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        expect(await seriousAxeViolations(page)).toEqual([]);
        await next.click();
        await page.waitForURL(/page=2/);
        expect(await list.count()).toBe(46 + added.length - 100);
        expect(await page.locator('.pagination a[rel="prev"]').count()).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      }
    } finally {
      await db.deleteFrom("cities").where("name", "like", "Rivertown %").execute();
      await bumpChangeCounter(db);
      await demo.server.app.civitas.refreshContentVersion();
    }
    // Six axe-core audits of a hundred-city page: 20 s in a loaded run, 30 s when the machine was busier.
  }, 90_000);
});
