import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishItem, saveItem } from "../src/modules/content/item.service.js";
import { makeDraft } from "../src/modules/content/factories.test-kit.js";
import { buildTestApp, type TestApp } from "../src/test-support/app.js";
import { identityFor, type TestIdentity } from "../src/test-support/sign-in.js";
import { releaseBrowser, workerBrowser } from "./browser.js";

/**
 * Names and titles stored before bidirectional controls were refused at the
 * edge: in Chromium, an unterminated U+202E in one must not reverse the text
 * shown after it.
 */
describe("bidirectional isolation of names and titles in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let editor: TestIdentity;

  beforeAll(async () => {
    t = await buildTestApp("sqlite", { now: () => new Date() });
    const { db } = t.database;
    const now = new Date("2021-10-19T09:00:00Z");
    const saved = await saveItem(db, {
      draft: makeDraft({ slug: "legacy", title: "Legacy", summary: "The summary follows." }),
      actorId: null,
      now,
    });
    await publishItem(db, { itemId: saved.item.id, now });
    await db
      .updateTable("revisions")
      .set({ title: "Mayors \u202emeet" })
      .where("id", "=", saved.revision.id)
      .execute();
    editor = await identityFor(t, "editor");
    await db
      .updateTable("users")
      .set({ displayName: "\u202eAda" })
      .where("id", "=", editor.userId ?? 0)
      .execute();
    await t.app.civitas.refreshContentVersion();
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await workerBrowser();
  }, 120_000);
  afterAll(async () => {
    await releaseBrowser(browser);
    await t?.close();
  });

  it("keeps the role after a display name carrying U+202E, and isolates an item's title", async () => {
    const context = await browser.newContext();
    await context.addCookies(
      Object.entries(editor.cookies).map(([name, value]) => ({ name, value, url: base })),
    );
    const page = await context.newPage();
    expect((await page.goto(`${base}/admin`))?.status()).toBe(200);
    // x of the first character of the name and of the "(" opening the role, as laid out.
    const [nameX, roleX] = await page.evaluate(() => {
      const span = document.querySelector(".admin-session span");
      const text = span?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [Number.NaN, Number.NaN];
      const value = text.textContent ?? "";
      const xOf = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().left;
      };
      return [xOf(value.indexOf("Ada")), xOf(value.indexOf("("))];
    });
    expect(roleX).toBeGreaterThan(nameX);

    expect((await page.goto(`${base}/en/news/legacy`))?.status()).toBe(200);
    const h1 = page.locator("h1.page-title");
    expect(await h1.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe("isolate");
    const listing = await page.goto(`${base}/en/news`);
    expect(listing?.status()).toBe(200);
    const card = page.locator('a[href="/en/news/legacy"]');
    expect(await card.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe("isolate");
    await context.close();
  });
});
