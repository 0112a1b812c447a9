import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { openConfiguredDatabase } from "../src/database.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import {
  memoryOnlyDeps,
  publishTranslated,
} from "../src/modules/translation/review/review.test-kit.js";
import { createUser } from "../src/platform/auth/user.service.js";
import { loadConfig } from "../src/platform/config.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { releaseBrowser, workerBrowser, seriousAxeViolations, watchProblems } from "./browser.js";

const EMAIL = "reviewer@cities.example";
const PASSWORD = "a long reviewer passphrase";
const SHARED = "The steering committee meets in May.";
const BROKEN = "Le comité comité directeur se réunit en mai.";
const FIXED = "Le comité directeur se réunit en mai.";

/** French units written by hand, the shared sentence with a repeated word (as in the seed's pages). */
const french = (source: string): string =>
  source === SHARED
    ? BROKEN
    : ({
        "Spring meeting": "Réunion de printemps",
        "Committee news": "Nouvelles du comité",
        "A short summary.": "Un court résumé.",
        "Mayors gather in Lisbon.": "Les maires se réunissent à Lisbonne.",
        "The agenda is short.": "L’ordre du jour est court.",
        "News from the network.": "Nouvelles du réseau.",
        "It elects a chair.": "Il élit une présidence.",
      }[source] ?? source);

// A reader reports a sentence with a better wording on a French page; a
// reviewer signs in, finds it first in the queue, accepts the wording from the
// keyboard, and every French page that uses the sentence shows the fix.
describe("reader reports and the review desk in Chromium", () => {
  let app: FastifyInstance;
  let base: string;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-e2e-review-"));
    const config = loadConfig(
      {
        dataDir,
        logLevel: "silent",
        host: "127.0.0.1",
        port: 0,
        languages: ["en", "fr"],
        translation: { engine: "none", policies: { fr: "immediate" } },
      },
      {},
    );
    const setup = openConfiguredDatabase(config);
    await migrateToLatest(setup.db, MIGRATIONS);
    const deps = memoryOnlyDeps(setup.db, config, () => new Date());
    await publishTranslated(deps, {
      draft: {
        slug: "spring-meeting",
        title: "Spring meeting",
        body: `Mayors gather in Lisbon. ${SHARED}\n\nThe agenda is short.`,
      },
      language: "fr",
      translate: french,
    });
    await publishTranslated(deps, {
      draft: {
        slug: "committee-news",
        title: "Committee news",
        body: `News from the network.\n\n${SHARED} It elects a chair.`,
      },
      language: "fr",
      translate: french,
    });
    await createUser(setup.db, {
      email: EMAIL,
      role: "reviewer",
      password: PASSWORD,
      actorId: null,
      now: new Date(),
    });
    await setup.destroy();
    app = await buildApp(config, { rawCacheFastPath: true });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await workerBrowser();
    page = await browser.newPage();
    problems = watchProblems(page);
  }, 60_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("takes a reader's report to a reviewer and the fix to every page using the sentence", async () => {
    // The reader selects the broken words; the page offers to report them.
    await page.goto(`${base}/fr/news/spring-meeting`);
    const articleUrl = page.url();
    expect(await page.textContent(".prose")).toContain(BROKEN);
    await page.evaluate((needle) => {
      const prose = document.querySelector(".prose");
      const walker = document.createTreeWalker(prose as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
    }, "comité comité");
    const button = page.locator(".report-selection button");
    await button.waitFor({ state: "visible" });
    // The button sits just under the selection, not in a corner of the screen.
    const selected = await page.evaluate(() => {
      const r = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
      return r ? { bottom: r.bottom, left: r.left, right: r.right } : undefined;
    });
    const near = await button.boundingBox();
    expect(selected && near && near.y >= selected.bottom && near.y - selected.bottom < 40).toBe(
      true,
    );
    expect(near && near.height >= 44).toBe(true);
    // The form opens in place, in a dialog, with the selected sentence chosen.
    await button.click();
    const dialog = page.locator("dialog.report-dialog[open]");
    await dialog.waitFor({ state: "visible" });
    expect(page.url()).toBe(articleUrl);
    const chosen = dialog.locator("input[name=position]:checked + label .report-sentence__target");
    expect(await chosen.textContent()).toBe(BROKEN);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.fill("#r-suggestion", FIXED);
    await page.fill("#r-comment", "Le mot «\u00a0comité\u00a0» est répété.");
    await Promise.all([
      page.waitForURL(/\/fr\/translation-report\/thanks/),
      page.click("dialog .report-form button[type=submit]"),
    ]);
    expect(await page.textContent("h1")).toBe("Merci pour votre signalement");

    // The reviewer signs in and finds the reported sentence first.
    await page.goto(`${base}/admin/review`);
    expect(page.url()).toContain("/admin/sign-in");
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([
      page.waitForURL(`${base}/admin/review`),
      page.click("form:not(.admin-session) button[type=submit]"),
    ]);
    const firstRow = page.locator("table.review-queue tbody tr").first();
    expect(await firstRow.locator("td").nth(1).textContent()).toBe(BROKEN);
    await Promise.all([
      page.waitForURL(/\/admin\/review\/items\/\d+\/fr#u-\d+/),
      firstRow.locator("a").click(),
    ]);
    expect(await page.textContent(".review-unit--current .review-reports")).toContain(FIXED);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // "a" accepts the reader's wording (the shortcut documented on the page).
    await Promise.all([page.waitForURL(/pages=2&reports=1/), page.keyboard.press("a")]);
    expect(await page.textContent("[role=status]")).toContain("Pages updated: 2");

    for (const slug of ["spring-meeting", "committee-news"]) {
      await page.goto(`${base}/fr/news/${slug}`);
      const text = await page.textContent(".prose");
      expect(text, slug).toContain(FIXED);
      expect(text, slug).not.toContain("comité comité");
    }
    await page.goto(articleUrl);
    expect(await page.textContent(".prose")).toContain(FIXED);
    // The reader's status toggle marks the reviewed sentence and gives its original.
    await page.click("[data-marks-toggle]");
    const reviewed = page.locator(".prose .marks__block .tu--reviewed").first();
    await reviewed.waitFor();
    expect(await reviewed.getAttribute("title")).toBe(`Original\u00a0: ${SHARED}`);
    expect(await page.getAttribute("[data-marks-toggle]", "aria-pressed")).toBe("true");
    expect(problems).toEqual([]);
  });

  it("opens a paragraph's report in place on a phone, its only sentence chosen, from a ⚑ a finger can hit", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const phoneProblems = watchProblems(phone);
    await phone.goto(`${base}/fr/news/spring-meeting`);
    const articleUrl = phone.url();
    const flag = phone.locator(".prose a.report-link").last();
    const box = await flag.boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    await flag.click();
    const dialog = phone.locator("dialog.report-dialog[open]");
    await dialog.waitFor({ state: "visible" });
    expect(phone.url()).toBe(articleUrl);
    expect(await dialog.locator("input[name=position]").count()).toBe(1);
    expect(await dialog.locator("input[name=position]:checked").count()).toBe(1);
    expect(await dialog.getAttribute("aria-labelledby")).toBe("report-title");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await phone.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(phoneProblems).toEqual([]);
    await phone.close();
  });
});
