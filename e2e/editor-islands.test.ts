import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  releaseBrowser,
  workerBrowser,
  signInAs,
  startDemoServer,
  watchProblems,
} from "./browser.js";

const EMAIL = "islands-editor@cities.example";
const PASSWORD = "a passphrase long enough for the islands";

describe("the editor's islands in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await workerBrowser();
    page = await browser.newPage();
    problems = watchProblems(page);
    await signInAs(server, page, {
      email: EMAIL,
      password: PASSWORD,
      displayName: "Island Editor",
      role: "editor",
      next: "/admin/content/new",
    });
  }, 120_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });

  it("shows the rendered Markdown beside the body within a second", async () => {
    const body = page.locator("#f-body");
    await body.fill("");
    await body.pressSequentially("## Live heading\n\nSome *words*.", { delay: 5 });
    const heading = page.locator("[data-preview-output] h2");
    await heading.waitFor({ timeout: 1_000 });
    expect(await heading.textContent()).toContain("Live heading");
    expect(await page.locator("[data-preview-output] em").textContent()).toBe("words");
  });

  it("keeps hostile Markdown inert in the preview", async () => {
    const body = page.locator("#f-body");
    await body.fill(
      "<script>window.__pwned = 1</script>\n\n" +
        '<a href="javascript:window.__pwned=1" onclick="window.__pwned=1">x</a>\n\n## Safe',
    );
    await page.locator("[data-preview-output] h2", { hasText: "Safe" }).waitFor({ timeout: 1_000 });
    const html = await page.locator("[data-preview-output]").innerHTML();
    expect(html).not.toMatch(/<script|onclick|javascript:/);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  const suggestion = (name: string) =>
    page.getByRole("listbox").getByRole("option", { name, exact: true });

  it("offers an existing tag for the last comma-separated term, by mouse and by keyboard", async () => {
    const tags = page.locator("#f-tags");
    await tags.fill("");
    await tags.pressSequentially("Housing, steer", { delay: 10 });
    const option = suggestion("Steering Committee");
    await option.waitFor({ timeout: 2_000 });
    expect(await tags.getAttribute("aria-expanded")).toBe("true");
    await option.click();
    expect(await tags.inputValue()).toBe("Housing, Steering Committee, ");

    await tags.pressSequentially("mayo", { delay: 10 });
    await suggestion("Mayors").waitFor({ timeout: 2_000 });
    await tags.press("ArrowDown");
    await tags.press("Enter");
    expect(await tags.inputValue()).toBe("Housing, Steering Committee, Mayors, ");
    expect(await tags.getAttribute("aria-expanded")).toBe("false");
    expect(page.url()).toMatch(/\/admin\/content\/new/);
  });

  it("selects the hero image by its thumbnail and fills an empty alt text", async () => {
    const choices = page.locator(".image-picker__choice");
    expect(await choices.count()).toBeGreaterThan(0);
    const second = choices.nth(Math.min(1, (await choices.count()) - 1));
    const value = await second.getAttribute("data-value");
    const storedAlt = await page
      .locator(`#f-heroMediaId option[value="${value ?? ""}"]`)
      .getAttribute("data-alt");
    await page.locator("#f-heroAlt").fill("");
    const thumb = second.locator("img");
    await thumb.waitFor();
    expect(await thumb.evaluate((img: HTMLImageElement) => img.src)).toMatch(/\/media\/img-/);
    await second.click();
    expect(await page.locator("#f-heroMediaId").inputValue()).toBe(value);
    expect(await second.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("#f-heroAlt").inputValue()).toBe(storedAlt ?? "");
  });

  it("logged no console errors (a CSP violation would be one)", () => {
    expect(problems).toEqual([]);
  });
});
