import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTestCities, numberedNames } from "../src/modules/network/network.test-kit.js";
import {
  launchBrowser,
  seriousAxeViolations,
  signInAs,
  startDemoServer,
  watchProblems,
} from "./browser.js";

// The network forms name a city by typing it (a datalist the admin bundle fills),
// not by a select of every city: with 120 more cities than the demo's, a person
// and a committee term are saved by keyboard alone, and without JavaScript too.
describe("the network forms' city field in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  const cityOfPerson = async (slug: string) =>
    (
      await server.app.civitas.db
        .selectFrom("people")
        .innerJoin("cities", "cities.id", "people.cityId")
        .select("cities.slug")
        .where("people.slug", "=", slug)
        .executeTakeFirst()
    )?.slug;

  beforeAll(async () => {
    server = await startDemoServer();
    await insertTestCities(server.app.civitas.db, numberedNames("Town", 120));
    browser = await launchBrowser();
    page = await browser.newPage();
    problems = watchProblems(page);
    await signInAs(server, page, {
      email: "network-editor@cities.example",
      password: "a long network passphrase",
      displayName: "Network Editor",
      role: "editor",
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("saves a person choosing a city among the suggestions, by keyboard", async () => {
    await page.goto(`${server.baseUrl}/admin/network/people/new`);
    expect(await page.locator("select#f-cityId").count()).toBe(0);
    await page.locator("#f-name").focus();
    await page.keyboard.type("Ana Teclado");
    await page.keyboard.press("Tab");
    // Tab reaches the other fields in order, then the city field.
    while ((await page.evaluate(() => document.activeElement?.id)) !== "f-cityId")
      await page.keyboard.press("Tab");
    await page.keyboard.type("town 07");
    const options = page.locator("#f-cityId-list option");
    await expect.poll(() => options.count()).toBe(10);
    expect(await options.first().getAttribute("value")).toBe("Town 070 (France)");
    // The browser's list is not in the DOM; choosing from it puts an option's value in the field.
    await page.keyboard.type("7");
    await expect.poll(() => options.count()).toBe(1);
    await page.locator("#f-cityId").fill("Town 077 (France)");
    await page.locator("button.button[type=submit]").focus();
    await Promise.all([
      page.waitForURL(/\/admin\/network\?notice=saved/),
      page.keyboard.press("Enter"),
    ]);
    expect(await cityOfPerson("ana-teclado")).toBe("town-077");
    expect(problems).toEqual([]);
  });

  it("says on the form when the name matches no city, and passes axe-core", async () => {
    await page.goto(`${server.baseUrl}/admin/network/terms/new`);
    await page.locator("#f-cityId").fill("Atlantis");
    await page.locator("#f-startsOn").fill("2026-01-01");
    // Waiting for the answer itself: the page before the click is already "loaded", so
    // waitForLoadState alone could return before the form came back (it failed so once).
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.locator("button.button[type=submit]").click(),
    ]);
    await page.waitForLoadState("load");
    // The form comes back with status 400, which Chromium reports; nothing else may be.
    await expect
      .poll(() => problems)
      .toEqual([
        "error: Failed to load resource: the server responded with a status of 400 (Bad Request)",
      ]);
    problems.splice(0);
    expect(await page.locator("#f-cityId").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-cityId-error").textContent()).toContain(
      "No member city has this name.",
    );
    expect(await page.locator("#f-cityId").inputValue()).toBe("Atlantis");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator("#f-cityId").fill("");
    await page.locator("#f-cityId").pressSequentially("Town 11");
    await expect.poll(() => page.locator("#f-cityId-list option").count()).toBe(10);
    await page.locator("#f-cityId").fill("Town 115 (France)");
    await Promise.all([
      page.waitForURL(/\/admin\/network\?notice=saved/),
      page.locator("button.button[type=submit]").click(),
    ]);
    expect(await page.locator("#section-terms").textContent()).toContain("Town 115");
    expect(problems).toEqual([]);
  });

  it("saves a person with the city typed, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const cookies = await page.context().cookies();
    await context.addCookies(cookies);
    const plain = await context.newPage();
    await plain.goto(`${server.baseUrl}/admin/network/people/new`);
    await plain.locator("#f-name").fill("Ana Sin Script");
    await plain.locator("#f-cityId").fill("town 042");
    await Promise.all([
      plain.waitForURL(/\/admin\/network\?notice=saved/),
      plain.locator("button.button[type=submit]").click(),
    ]);
    expect(await cityOfPerson("ana-sin-script")).toBe("town-042");
    await context.close();
  });
});
