import { describe, expect, it } from "vitest";
import { auditPage, installAxe, signInAs, useDemoBrowser } from "./browser.js";

// Every page of the workspace; the public pages are in accessibility-public.test.ts.
const LANGUAGES = ["en", "fr", "es", "ar"] as const;

describe("accessibility of every page of the workspace (axe-core, violations of any impact)", () => {
  const demo = useDemoBrowser();

  it("finds none on the workspace's pages, in each of the four languages a person may choose", async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await installAxe(page);
    await signInAs(demo.server, page, {
      email: "axe-admin@example.org",
      password: "a long pass phrase for axe",
      displayName: "Axe Admin",
      role: "admin",
    });
    await page.goto(`${demo.server.baseUrl}/admin/content`);
    const edit = await page.locator('a[href$="/edit"]').first().getAttribute("href");
    const itemId = /\/admin\/content\/(\d+)\/edit/.exec(edit ?? "")?.[1];
    expect(itemId).toBeDefined();
    await page.goto(`${demo.server.baseUrl}/admin/network`);
    const networkEdit = await page
      .locator('a[href^="/admin/network/"][href$="/edit"]')
      .first()
      .getAttribute("href");
    expect(networkEdit).toBeTruthy();
    const found: string[] = [];
    for (const lang of LANGUAGES) {
      // The workspace follows the language the person picks on their account page.
      await page.goto(`${demo.server.baseUrl}/admin/account`);
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
        found.push(...(await auditPage(page, demo.server, path)).map((v) => `[${lang}] ${v}`));
        // The preview is the public page as readers will see it, in the site's language.
        if (!path.endsWith("/preview"))
          expect(await page.getAttribute("html", "lang"), `${lang} ${path}`).toBe(lang);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  }, 600_000);
});
