import { describe, expect, it } from "vitest";
import { auditPage, installAxe, useDemoBrowser } from "./browser.js";

// Every kind of public page, in every language of the demo (as English paths: other
// languages' addresses redirect to their own slugs). The workspace's pages are audited
// in accessibility-workspace.test.ts: two files, so the two halves run on both workers.
const PUBLIC_PATHS = [
  "",
  "/news",
  "/news/september-update-2021",
  "/resources",
  "/resources/ten-actions-cities-can-take",
  "/events",
  "/tags/steering-committee",
  "/search?q=cities",
  "/network",
  "/network/cities/calgary",
  "/network/hubs",
  "/network/committee",
  "/network/events",
  "/network/events/un-general-assembly-2021-side-event",
];
const LANGUAGES = ["en", "fr", "es", "ar"] as const;
const WIDE_PATHS = [
  "",
  "/news/september-update-2021",
  "/news",
  "/network",
  "/network/cities/calgary",
];

describe("accessibility of every public page (axe-core, violations of any impact)", () => {
  const demo = useDemoBrowser();

  it("finds none on the public pages in four languages, on a phone and a laptop", async () => {
    const found: string[] = [];
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      const page = await demo.browser.newPage({ viewport: { width, height } });
      await installAxe(page);
      // Every page in every language on a phone; on a laptop, the pages whose layout changes
      // most with the width, in both directions (English, Arabic): the run stays short.
      const languages = width === 390 ? LANGUAGES : (["en", "ar"] as const);
      const paths = width === 390 ? PUBLIC_PATHS : WIDE_PATHS;
      for (const lang of languages) {
        for (const path of paths)
          found.push(...(await auditPage(page, demo.server, `/${lang}${path}`)));
      }
      await page.close();
    }
    expect(found).toEqual([]);
  }, 600_000);
});
