import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations, useDemoBrowser, watchProblems } from "./browser.js";

describe("the public site in Chromium", () => {
  const demo = useDemoBrowser(120_000);

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await demo.browser.newPage();
    const problems = watchProblems(page);
    // The player host is outside this closed network: answer for it, so the click is tested hermetically.
    await page.route("https://www.youtube-nocookie.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>player</title>" }),
    );
    const response = await page.goto(demo.server.baseUrl + path);
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  it("opens the article page without console errors and with no serious accessibility violation", async () => {
    const { page, problems } = await open("/en/news/september-update-2021");
    await expect(page.locator("h1").textContent()).resolves.toContain("September");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("loads the video player only when the reader presses play", async () => {
    const { page, problems } = await open("/en/events/un-general-assembly-2021-virtual-side-event");
    expect(await page.locator("iframe").count()).toBe(0);
    await page.getByRole("button", { name: /Play the recording/ }).click();
    const src = await page.locator("iframe").getAttribute("src");
    expect(src).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}\?autoplay=1/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lets a keyboard user skip to the content", async () => {
    const { page } = await open("/en");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("passes axe-core on the home page, the listings and a resource", async () => {
    for (const path of [
      "/en",
      "/en/news",
      "/en/events",
      "/en/resources/ten-actions-cities-can-take",
    ]) {
      const { page, problems } = await open(path);
      expect(await seriousAxeViolations(page), path).toEqual([]);
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });
});
