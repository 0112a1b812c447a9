import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../src/platform/auth/user.service.js";
import { makeJpeg } from "../src/modules/content/factories.test-kit.js";
import {
  releaseBrowser,
  workerBrowser,
  seriousAxeViolations,
  startDemoServer,
  watchProblems,
} from "./browser.js";

const EMAIL = "editor@cities.example";
const PASSWORD = "a long editor passphrase";

// The editors' whole round trip, as a person does it in a real browser:
// sign in, upload an image, write an article, preview, publish, see it on the
// site, edit it, and restore the earlier revision.
describe("the editors' workspace in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    await createUser(server.app.civitas.db, {
      email: EMAIL,
      role: "editor",
      password: PASSWORD,
      actorId: null,
      now: new Date(),
    });
    browser = await workerBrowser();
    page = await browser.newPage();
    problems = watchProblems(page);
  }, 120_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });

  it("signs in, uploads an image, writes, previews, publishes, edits and restores", async () => {
    const base = server.baseUrl;
    await page.goto(`${base}/admin`);
    expect(page.url()).toContain("/admin/sign-in");
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(`${base}/admin`), page.click("button[type=submit]")]);
    expect(await page.textContent("h1")).toBe("Dashboard");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${base}/admin/media`);
    await page.setInputFiles("input[name=file]", {
      name: "harbour.jpg",
      mimeType: "image/jpeg",
      buffer: await makeJpeg(1200, 675),
    });
    await page.fill("input[name=alt]:not([form])", "A harbour at dawn");
    await Promise.all([
      page.waitForURL(/\/admin\/media\?highlight=/),
      page.click("form[enctype='multipart/form-data'] button[type=submit]"),
    ]);
    expect(await page.content()).toContain("A harbour at dawn");

    await page.goto(`${base}/admin/content/new?type=news`);
    await page.fill("#f-title", "Cities meet in the harbour");
    await page.fill("#f-summary", "A short summary of the meeting.");
    await page.fill("#f-body", "Mayors met.\n\n## Outcomes\n\nThey agreed on *three* things.");
    await page.fill("#f-tags", "Mayors, Harbours");
    const heroValue = await page.$eval("#f-heroMediaId", (select) => {
      const options = [...(select as HTMLSelectElement).options].filter((o) => o.value !== "");
      return options[0]?.value ?? "";
    });
    expect(heroValue).not.toBe("");
    await page.selectOption("#f-heroMediaId", heroValue);
    await page.fill("#f-heroAlt", "A harbour at dawn");
    await page.fill("#f-heroCaption", "The harbour where the mayors met.");
    await Promise.all([
      page.waitForURL(/\/admin\/content\/\d+\/edit/),
      page.click("button:has-text('Save draft')"),
    ]);
    const editUrl = page.url().split("?")[0] ?? "";
    const itemId = /\/admin\/content\/(\d+)\/edit/.exec(editUrl)?.[1];
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${base}/admin/content/${itemId}/preview`);
    expect(await page.textContent("h1")).toBe("Cities meet in the harbour");
    const site = await page.request.get(`${base}/en/news/cities-meet-in-the-harbour`);
    expect(site.status()).toBe(404);

    await page.goto(editUrl);
    await Promise.all([
      page.waitForURL(/\/edit/),
      page.click(".publish-form button:has-text('Publish')"),
    ]);
    await page.goto(`${base}/en/news/cities-meet-in-the-harbour`);
    expect(await page.textContent("h1")).toBe("Cities meet in the harbour");
    expect(await page.getAttribute(".hero img", "alt")).toBe("A harbour at dawn");
    expect(await page.textContent(".hero figcaption")).toContain(
      "The harbour where the mayors met.",
    );

    await page.goto(editUrl);
    await page.fill("#f-title", "Cities meet again in the harbour");
    await Promise.all([page.waitForURL(/\/edit/), page.click("button:has-text('Save draft')")]);
    await Promise.all([
      page.waitForURL(/\/edit/),
      page.click(".publish-form button:has-text('Update the live page')"),
    ]);
    await page.goto(`${base}/en/news/cities-meet-in-the-harbour`);
    expect(await page.textContent("h1")).toBe("Cities meet again in the harbour");

    await page.goto(`${base}/admin/content/${itemId}/revisions`);
    await Promise.all([
      page.waitForURL(/\/admin\/content\/\d+/),
      page.locator("button:has-text('Restore as new revision')").last().click(),
    ]);
    await page.goto(editUrl);
    expect(await page.inputValue("#f-title")).toBe("Cities meet in the harbour");
    await Promise.all([
      page.waitForURL(/\/edit/),
      page.click(".publish-form button:has-text('Update the live page')"),
    ]);
    await page.goto(`${base}/en/news/cities-meet-in-the-harbour`);
    expect(await page.textContent("h1")).toBe("Cities meet in the harbour");
    expect(problems).toEqual([]);
  }, 120_000);

  it("folds the menu behind a Menu button on a phone, opened and closed by keyboard", async () => {
    // Signed in by the test before (the same page and its cookies).
    const base = server.baseUrl;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/admin/content`);
    const toggle = page.getByRole("button", { name: "Menu" });
    const media = page.getByRole("navigation", { name: "Workspace" }).getByRole("link", {
      name: "Media",
    });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await media.isVisible()).toBe(false);
    // The menu marks the page's section.
    expect(await page.locator(".site-nav a[aria-current=page]").allTextContents()).toEqual([
      "Content",
    ]);
    expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(false);
    // The page's own heading is in the first screen, not below ten links.
    expect((await page.locator("main h1").boundingBox())?.y).toBeLessThan(200);
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await media.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Dashboard");
    await page.keyboard.press("Escape");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");
    expect(await media.isVisible()).toBe(false);
    await Promise.all([
      page.waitForURL(/\/admin\/media/),
      toggle.click().then(() => media.click()),
    ]);
    // On a laptop there is no button: the menu is always there.
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await media.isVisible()).toBe(true);
    expect(await media.getAttribute("aria-current")).toBe("page");
    await page.goto(`${base}/admin`);
    expect(await page.locator(".site-nav a[aria-current=page]").allTextContents()).toEqual([
      "Dashboard",
    ]);
    // Without JavaScript the menu stays open on a phone.
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    await context.addCookies(await page.context().cookies());
    const plain = await context.newPage();
    await plain.goto(`${base}/admin/content`);
    expect(
      await plain
        .getByRole("navigation", { name: "Workspace" })
        .getByRole("link", { name: "Media" })
        .isVisible(),
    ).toBe(true);
    expect(await plain.getByRole("button", { name: "Menu" }).count()).toBe(0);
    // The server marks the page's section: no script needed.
    expect(await plain.locator(".site-nav a[aria-current=page]").allTextContents()).toEqual([
      "Content",
    ]);
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
