import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveItem } from "./modules/content/item.service.js";
import { makeDraft } from "./modules/content/factories.test-kit.js";
import { currentSection } from "./platform/ui/current-path.js";
import { buildTestApp, type TestApp } from "./test-support/app.js";
import { identityFor, type TestIdentity } from "./test-support/sign-in.js";

/** The menu links marked as the page's section, by their text. */
const marked = (html: string) =>
  [...html.matchAll(/<a href="[^"]*" aria-current="page">([^<]*)<\/a>/g)].map((m) => m[1]);

describe("the workspace menu marks the page's section without JavaScript", () => {
  // Rendering only (no query of its own): one database is enough.
  let t: TestApp;
  let admin: TestIdentity;
  let itemId = 0;
  beforeAll(async () => {
    t = await buildTestApp("sqlite");
    admin = await identityFor(t, "admin");
    const saved = await saveItem(t.database.db, {
      draft: makeDraft({ title: "Listed item" }),
      actorId: null,
      now: new Date("2026-11-20T10:00:00Z"),
    });
    itemId = saved.item.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ["/admin", "Dashboard"],
    ["/admin?saved=1", "Dashboard"],
    ["/admin/content", "Content"],
    ["/admin/content/new", "Content"],
    ["/admin/media", "Media"],
    ["/admin/network/cities/new", "Network"],
    ["/admin/translations", "Translations"],
    ["/admin/review", "Review translations"],
    ["/admin/account", "Your account"],
  ])("%s is under %s", async (url, section) => {
    const page = await t.app.inject({ url, cookies: admin.cookies });
    expect(page.statusCode).toBe(200);
    expect(marked(page.body)).toEqual([section]);
  });

  it("marks an item's editor under Content", async () => {
    const page = await t.app.inject({
      url: `/admin/content/${itemId}/edit`,
      cookies: admin.cookies,
    });
    expect(marked(page.body)).toEqual(["Content"]);
  });
});

describe("currentSection", () => {
  const hrefs = ["/admin", "/admin/content", "/admin/review", "/admin/my-translations"];
  it("takes the longest link the path is or starts with as a folder", () => {
    expect(currentSection(hrefs, "/admin")).toBe("/admin");
    expect(currentSection(hrefs, "/admin/content/12/edit")).toBe("/admin/content");
    expect(currentSection(hrefs, "/admin/contents")).toBe("/admin");
    expect(currentSection(hrefs, "/admin/review/items/3/fr")).toBe("/admin/review");
    expect(currentSection(hrefs, "/fr/news")).toBeUndefined();
    expect(currentSection(hrefs, undefined)).toBeUndefined();
  });
});
