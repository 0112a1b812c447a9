import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  releaseBrowser,
  workerBrowser,
  seriousAxeViolations,
  startDemoServer,
  watchProblems,
} from "./browser.js";

describe("search in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    // The demo is indexed, as `civitas demo` leaves it.
    server = await startDemoServer();
    browser = await workerBrowser();
    page = await browser.newPage();
    problems = watchProblems(page);
  }, 120_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });

  it("shows results with highlights and filters, accessible to axe", async () => {
    await page.goto(`${server.baseUrl}/en/search?q=cities`);
    expect(await page.locator(".search-result").count()).toBeGreaterThan(0);
    expect(await page.locator(".search-result mark").count()).toBeGreaterThan(0);
    expect(await page.locator(".search-facets a").count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${server.baseUrl}/ar/search?q=`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("suggests results as the reader types in the header box, with the keyboard", async () => {
    await page.goto(`${server.baseUrl}/en`);
    await page.locator("#site-search").pressSequentially("citi", { delay: 20 });
    const options = page.locator("#site-search-suggestions [role=option]");
    await options.first().waitFor({ timeout: 3_000 });
    expect(await page.locator("#site-search").getAttribute("aria-expanded")).toBe("true");
    expect(await seriousAxeViolations(page)).toEqual([]);
    const href = await options.first().getAttribute("data-href");
    await page.keyboard.press("ArrowDown");
    await Promise.all([
      page.waitForURL((url) => url.pathname === href),
      page.keyboard.press("Enter"),
    ]);
    expect(problems).toEqual([]);
  });

  it("works without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.baseUrl}/fr`);
    await plain.fill("#site-search", "villes");
    await Promise.all([
      plain.waitForURL(/\/fr\/search\?q=villes/),
      plain.press("#site-search", "Enter"),
    ]);
    expect(await plain.locator("h2[aria-live]").textContent()).toMatch(/résultat/);
    await context.close();
  });
});
