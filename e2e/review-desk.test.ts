import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertReport } from "../src/modules/translation/review/report.repository.js";
import {
  releaseBrowser,
  workerBrowser,
  seriousAxeViolations,
  signInAs,
  startDemoServer,
  watchProblems,
} from "./browser.js";

const EMAIL = "desk-reviewer@cities.example";
const PASSWORD = "a long passphrase for the desk reviewer";

// What a reviewer meets first (issue 16): a dashboard that shows readers' reports, no
// links that end in 403, and a review desk that speaks in words.
describe("the reviewer's desk in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await workerBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    problems = watchProblems(page);
    await signInAs(server, page, {
      email: EMAIL,
      password: PASSWORD,
      displayName: "Desk Reviewer",
      role: "reviewer",
    });
  }, 240_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });

  it("shows reader reports on the dashboard and, once a reader reports, links to the sentence", async () => {
    expect(await page.locator("#reader-reports").textContent()).toBe("Reader reports");
    expect(await page.textContent("main")).toContain("No open reader reports.");
    // A reader's report on a French sentence of a published item (the public form has its own tests).
    const db = server.app.civitas.db;
    const unit = await db
      .selectFrom("translationUnits as u")
      .innerJoin("revisionSegments as rs", "rs.hash", "u.sourceHash")
      .innerJoin("items as i", "i.publishedRevisionId", "rs.revisionId")
      .select(["u.id", "u.sourceHash", "u.targetText", "i.id as itemId"])
      .where("u.targetLanguage", "=", "fr")
      .where("rs.field", "=", "body")
      .orderBy("i.id")
      .executeTakeFirstOrThrow();
    await insertReport(db, {
      unitId: unit.id,
      sourceHash: unit.sourceHash,
      language: "fr",
      itemId: unit.itemId,
      quotedText: unit.targetText,
      suggestion: "Une meilleure phrase.",
      comment: "",
      email: null,
      ipHash: "e2e",
      now: new Date().toISOString(),
    });
    await page.goto(`${server.baseUrl}/admin`);
    const link = page.locator("section[aria-labelledby=reader-reports] ul a").first();
    expect(await link.textContent()).toMatch(/\(Français\): 1 report$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/\/admin\/review\/items\/\d+\/fr/), link.click()]);
    expect(await page.textContent("main")).toContain("Une meilleure phrase.");
  });

  it("names fields in words and gives the codes hint only where codes are", async () => {
    const headings = await page.locator(".review-unit__heading").allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(heading).toMatch(
        /^Sentence \d+ \((Title|Summary|Body|Hero image (caption|alt text)|Tag: .+|Document \d+ title)\)/,
      );
    }
    const units = page.locator("[data-review-unit]");
    for (let i = 0; i < (await units.count()); i += 1) {
      const unit = units.nth(i);
      const field = unit.locator("textarea[data-review-edit]");
      if ((await field.count()) === 0) continue;
      const hasCodes = /<\/?[gx][\s/>]/.test(await field.inputValue());
      expect(await unit.locator(".hint").count()).toBe(hasCodes ? 1 : 0);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("offers no Edit link that would end in 403", async () => {
    for (const path of ["/admin/content", "/admin/translations", "/admin"]) {
      await page.goto(`${server.baseUrl}${path}`);
      expect(await page.locator("a[href$='/edit']").count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });

  it("logged no console errors (a CSP violation would be one)", () => {
    expect(problems).toEqual([]);
  });
});
