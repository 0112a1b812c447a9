import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, signInAs, startDemoServer } from "./browser.js";

// Every kind of public page, in every language of the demo (as English paths: other
// languages' addresses redirect to their own slugs), and every page of the workspace.
const PUBLIC_PATHS = [
  "",
  "/news",
  "/news/september-update-2021",
  "/resources",
  "/resources/ten-actions-cities-can-take",
  "/events",
  "/tags/steering-committee",
  "/search?q=cities",
  "/network",
  "/network/cities/calgary",
  "/network/hubs",
  "/network/committee",
  "/network/events",
  "/network/events/un-general-assembly-2021-side-event",
];
const LANGUAGES = ["en", "fr", "es", "ar"] as const;
const WIDE_PATHS = [
  "",
  "/news/september-update-2021",
  "/news",
  "/network",
  "/network/cities/calgary",
];

describe("accessibility of every page (axe-core, violations of any impact)", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function audit(page: Page, path: string): Promise<string[]> {
    const response = await page.goto(server.baseUrl + path);
    expect(response?.status(), path).toBeLessThan(400);
    return (await axeViolations(page)).map(
      (v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).join(", ")}`,
    );
  }

  it("finds none on the public pages in four languages, on a phone and a laptop", async () => {
    const found: string[] = [];
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      // Every page in every language on a phone; on a laptop, the pages whose layout changes
      // most with the width, in both directions (English, Arabic): the run stays short.
      const languages = width === 390 ? LANGUAGES : (["en", "ar"] as const);
      const paths = width === 390 ? PUBLIC_PATHS : WIDE_PATHS;
      for (const lang of languages) {
        for (const path of paths) found.push(...(await audit(page, `/${lang}${path}`)));
      }
      await page.close();
    }
    expect(found).toEqual([]);
  }, 600_000);

  it("finds none on the workspace's pages, in each of the four languages a person may choose", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signInAs(server, page, {
      email: "axe-admin@example.org",
      password: "a long pass phrase for axe",
      displayName: "Axe Admin",
      role: "admin",
    });
    await page.goto(`${server.baseUrl}/admin/content`);
    const edit = await page.locator('a[href$="/edit"]').first().getAttribute("href");
    const itemId = /\/admin\/content\/(\d+)\/edit/.exec(edit ?? "")?.[1];
    expect(itemId).toBeDefined();
    await page.goto(`${server.baseUrl}/admin/network`);
    const networkEdit = await page
      .locator('a[href^="/admin/network/"][href$="/edit"]')
      .first()
      .getAttribute("href");
    expect(networkEdit).toBeTruthy();
    const found: string[] = [];
    for (const lang of LANGUAGES) {
      // The workspace follows the language the person picks on their account page.
      await page.goto(`${server.baseUrl}/admin/account`);
      await page.selectOption("#account-language", lang);
      await Promise.all([
        page.waitForURL((url) => url.search === "?saved=1"),
        page.click('form[action="/admin/account"] button[type="submit"]'),
      ]);
      for (const path of [
        "/admin",
        "/admin/content",
        "/admin/content/new",
        `/admin/content/${itemId}/edit`,
        `/admin/content/${itemId}/preview`,
        `/admin/content/${itemId}/revisions`,
        "/admin/media",
        "/admin/translations",
        "/admin/glossary",
        "/admin/review",
        `/admin/review/items/${itemId}/fr`,
        `/admin/review/items/${itemId}/ar`,
        "/admin/network",
        "/admin/network/cities/new",
        networkEdit ?? "",
        "/admin/network/import",
        "/admin/audit",
      ]) {
        found.push(...(await audit(page, path)).map((v) => `[${lang}] ${v}`));
        // The preview is the public page as readers will see it, in the site's language.
        if (!path.endsWith("/preview"))
          expect(await page.getAttribute("html", "lang"), `${lang} ${path}`).toBe(lang);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  }, 600_000);
});
