import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../src/platform/auth/user.service.js";
import { launchBrowser, seriousAxeViolations, startDemoServer, watchProblems } from "./browser.js";

const EMAIL = "workflow-editor@cities.example";
const PASSWORD = "a passphrase long enough for the workflow";

// What a new editor hits first (issue 16): putting media into the body, saving
// without losing work, publishing from a panel always in view, clear validation.
describe("the editor's workflow in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    await createUser(server.app.civitas.db, {
      email: EMAIL,
      displayName: "Workflow Editor",
      role: "admin",
      password: PASSWORD,
      actorId: null,
      now: new Date(),
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    problems = watchProblems(page);
    await page.goto(`${server.baseUrl}/admin/sign-in?next=${encodeURIComponent("/admin")}`);
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(/\/admin$/), page.click("form.stack-form button")]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("cleans the slug as it is typed", async () => {
    await page.goto(`${server.baseUrl}/admin/content/new?type=news`);
    await page.locator("#f-slug").pressSequentially("My Summer Plan!", { delay: 5 });
    expect(await page.locator("#f-slug").inputValue()).toBe("my-summer-plan-");
    await page.locator("#f-title").focus();
    expect(await page.locator("#f-slug").inputValue()).toBe("my-summer-plan");
  });

  it("has no serious axe violations on the editor of an event and of a news item", async () => {
    for (const type of ["news", "event"]) {
      await page.goto(`${server.baseUrl}/admin/content/new?type=${type}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });

  it("logged no console errors (a CSP violation would be one)", () => {
    expect(problems).toEqual([]);
  });
});
