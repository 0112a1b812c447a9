import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishItem, saveItem } from "../src/modules/content/item.service.js";
import { makeDraft } from "../src/modules/content/factories.test-kit.js";
import { findUnits, listRevisionSegments } from "../src/modules/translation/memory.repository.js";
import { translateRevision } from "../src/modules/translation/translate.service.js";
import {
  releaseBrowser,
  workerBrowser,
  seriousAxeViolations,
  signInAs,
  startDemoServer,
  watchProblems,
} from "./browser.js";

const EMAIL = "desk-translator@cities.example";
const PASSWORD = "a long passphrase for the desk translator";

/** A demo-like news item: title, summary, a body of paragraphs, a heading and a list. */
const DRAFT = {
  slug: "water-week",
  title: "Water week in the network",
  summary: "Member cities share how they save water.",
  body: [
    "Cities face longer droughts every year.",
    "",
    "## What cities do",
    "",
    "- They repair leaking pipes.",
    "- They collect rain on public roofs.",
    "",
    "The network publishes a guide in June. Mayors will discuss it in Lisbon.",
  ].join("\n"),
};
/** What the translator types, sentence by sentence in the desk's reading order. */
const ARABIC = [
  "أسبوع المياه في الشبكة",
  "تتبادل المدن الأعضاء طرق توفير المياه.",
  "تواجه المدن موجات جفاف أطول كل عام.",
  "ما تفعله المدن",
  "تصلح الأنابيب المسرّبة.",
  "تجمع مياه الأمطار على الأسطح العامة.",
  "تنشر الشبكة دليلًا في يونيو.",
  "سيناقشه رؤساء البلديات في لشبونة.",
];

// Issue 17 part 3: a whole item translated at the desk with the keyboard alone.
describe("the translation desk in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  let itemId = 0;
  let revisionId = 0;

  beforeAll(async () => {
    server = await startDemoServer();
    const civitas = server.app.civitas;
    const now = new Date();
    const saved = await saveItem(civitas.db, { draft: makeDraft(DRAFT), actorId: null, now });
    await publishItem(civitas.db, { itemId: saved.item.id, now });
    itemId = saved.item.id;
    revisionId = saved.revision.id;
    // What the job queue does after publishing: Apertium drafts French; Arabic has no engine.
    await translateRevision(
      { db: civitas.db, runtime: civitas.translation, config: civitas.config, now: () => now },
      { revisionId, languages: ["fr", "ar"] },
    );
    await civitas.refreshContentVersion();
    browser = await workerBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    problems = watchProblems(page);
    await signInAs(server, page, {
      email: EMAIL,
      password: PASSWORD,
      displayName: "Desk Translator",
      role: "reviewer",
    });
  }, 240_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });

  const units = async (language: string) => {
    const hashes = (await listRevisionSegments(server.app.civitas.db, revisionId)).map(
      (s) => s.hash,
    );
    return [...(await findUnits(server.app.civitas.db, hashes, language)).values()];
  };

  it("translates the item into Arabic from empty fields with the keyboard alone, then publishes it", async () => {
    await page.goto(`${server.baseUrl}/admin/desk/items/${itemId}/ar`);
    const fields = page.locator("textarea[data-desk-target]");
    expect(await fields.count()).toBe(ARABIC.length);
    expect(await fields.first().getAttribute("dir")).toBe("rtl");
    expect(await page.locator("[data-desk-source]").first().getAttribute("dir")).toBe("ltr");
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The cursor starts in the first sentence's empty field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await fields.first().getAttribute("id"),
    );
    const started = performance.now();
    let keystrokes = 0;
    for (const text of ARABIC) {
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(
        "",
      );
      await page.keyboard.type(text);
      await page.keyboard.press("Control+Enter");
      keystrokes += [...text].length + 1;
    }
    await page
      .locator("[data-desk-progress]")
      .filter({ hasText: "8 of 8 sentences done" })
      .waitFor();
    const perSentence = (performance.now() - started) / ARABIC.length;
    console.log(
      `desk e2e: Arabic, ${ARABIC.length} sentences typed: ${perSentence.toFixed(0)} ms per sentence (typing included), ${keystrokes} keystrokes`,
    );
    // After the last sentence the cursor is on "Publish": Enter publishes.
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute("data-desk-publish")),
    ).toBe(true);
    await Promise.all([page.waitForURL(/published=live/), page.keyboard.press("Enter")]);
    const stored = await units("ar");
    expect(stored).toHaveLength(ARABIC.length);
    expect(stored.every((u) => u.origin === "human" && u.state === "reviewed")).toBe(true);
    const live = page.locator("a", { hasText: "open the live page" });
    await Promise.all([page.waitForURL(/\/ar\/news\//), live.click()]);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.textContent("h1")).toContain("أسبوع المياه في الشبكة");
    expect(await page.textContent("main")).toContain("سيناقشه رؤساء البلديات في لشبونة.");
  }, 90_000);

  it("accepts the French machine drafts unchanged at one keystroke each", async () => {
    const before = await units("fr");
    expect(before.length).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/admin/desk/items/${itemId}/fr`);
    const fields = page.locator("textarea[data-desk-target]");
    const count = await fields.count();
    expect(await page.textContent("main")).toContain("Machine draft");
    let keystrokes = 0;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await page.keyboard.press("Control+Enter");
      keystrokes += 1;
      await page
        .locator("[data-desk-sentence]")
        .nth(i)
        .locator("[data-desk-state]")
        .filter({ hasText: /^Saved$/ })
        .waitFor();
      times.push(performance.now() - started);
    }
    const average = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(
      `desk e2e: French, ${count} drafts accepted: ${(keystrokes / count).toFixed(2)} keystrokes per accepted draft, ${average.toFixed(0)} ms per sentence (keystroke to "Saved")`,
    );
    expect(keystrokes / count).toBe(1);
    const after = await units("fr");
    for (const unit of after) {
      expect(unit.origin).toBe("human");
      expect(unit.targetText).toBe(before.find((u) => u.id === unit.id)?.targetText);
    }
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute("data-desk-publish")),
    ).toBe(true);
    await Promise.all([page.waitForURL(/published=live/), page.keyboard.press("Enter")]);
  }, 90_000);

  it("moves with Alt+arrows, copies the original with Alt+C, and shows a failed save with a retry", async () => {
    await page.goto(`${server.baseUrl}/admin/desk/items/${itemId}/ar`);
    const fields = page.locator("textarea[data-desk-target]");
    await fields.first().focus();
    await page.keyboard.press("Alt+ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await fields.nth(1).getAttribute("id"),
    );
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+c");
    expect(await fields.first().inputValue()).toBe(DRAFT.title);
    // The server refuses an empty sentence: the state says so and offers a retry.
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Control+Enter");
    const state = page.locator("[data-desk-sentence]").first().locator("[data-desk-state]");
    await state.filter({ hasText: "Not saved" }).waitFor();
    expect(await state.locator("button").textContent()).toBe("Retry");
    expect(problems.filter((p) => !p.includes("400"))).toEqual([]);
  }, 60_000);
});
