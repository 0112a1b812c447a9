import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findEventBySlug, loadEventDetails } from "../src/modules/network/event.repository.js";
import {
  insertTestCities,
  insertTestPeople,
  numberedNames,
} from "../src/modules/network/network.test-kit.js";
import {
  releaseBrowser,
  workerBrowser,
  seriousAxeViolations,
  signInAs,
  startDemoServer,
  watchProblems,
} from "./browser.js";

// The network forms name a city, a person, an organisation by typing it (a datalist
// the admin bundle fills), not by a select of every entry: with 120 more cities and
// 3,000 more people than the demo's, a person, a committee term and an event's
// speakers are saved by keyboard alone, and without JavaScript too.
describe("the network forms' typed fields in Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  const sideEvent = "un-general-assembly-2021-side-event";
  const speakersOf = async (slug: string) => {
    const event = await findEventBySlug(server.app.civitas.db, slug);
    if (!event) throw new Error(`no event ${slug}`);
    return (await loadEventDetails(server.app.civitas.db, event)).speakers.map((p) => p.name);
  };
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
    await insertTestPeople(server.app.civitas.db, numberedNames("Person", 3000));
    browser = await workerBrowser();
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
    await releaseBrowser(browser);
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

  it("removes, adds and reorders an event's speakers by keyboard, and passes axe-core", async () => {
    const event = await findEventBySlug(server.app.civitas.db, sideEvent);
    await page.goto(`${server.baseUrl}/admin/network/events/${event?.id}/edit`);
    // The textarea the form sends is hidden behind the list, its label now the typed field's.
    expect(await page.locator("#f-speakerIds").isHidden()).toBe(true);
    expect(await page.locator("label[for=f-speakerIds-add]").textContent()).toBe("Speakers");
    const entries = page.locator(
      "#f-speakerIds-label ~ ul .reference-list__entry > span:first-child",
    );
    expect(await entries.allTextContents()).toEqual([
      "Uzra Zeya",
      "Vladimir Voronkov",
      "Naheed Nenshi",
      "Bill Peduto",
      "Andy Burnham",
    ]);
    const remove = page.getByRole("button", { name: "Remove Vladimir Voronkov" });
    await remove.focus();
    await page.keyboard.press("Enter");
    // The focus moves to the entry that took its place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Remove Naheed Nenshi",
    );
    while ((await page.evaluate(() => document.activeElement?.id)) !== "f-speakerIds-add")
      await page.keyboard.press("Tab");
    await page.keyboard.type("person 29");
    const options = page.locator("#f-speakerIds-add-list option");
    await expect.poll(() => options.count()).toBe(20);
    // A name is written as typed in the buttons' names, "$&" and all.
    await page.locator("#f-speakerIds-add").fill("Ke$&ha $'");
    await page.keyboard.press("Enter");
    const odd = page.getByRole("button", { name: "Remove Ke$&ha $'", exact: true });
    await expect.poll(() => odd.count()).toBe(1);
    expect(await page.getByRole("button", { name: "Move Ke$&ha $' up", exact: true }).count()).toBe(
      1,
    );
    await odd.click();
    await page.locator("#f-speakerIds-add").fill("Person 2999");
    // Enter adds the name to the list; it does not send the form.
    await page.keyboard.press("Enter");
    await expect.poll(() => entries.count()).toBe(5);
    expect(await page.locator("#f-speakerIds-add").inputValue()).toBe("");
    expect(await page.locator("#f-speakerIds").inputValue()).toBe(
      "Uzra Zeya\nNaheed Nenshi\nBill Peduto\nAndy Burnham\nPerson 2999",
    );
    // The arrows reorder: the new speaker goes up twice, the focus on its ↑ all along.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    await page.getByRole("button", { name: "Move Person 2999 up" }).focus();
    await page.keyboard.press("Enter");
    expect(await focused()).toBe("Move Person 2999 up");
    await page.keyboard.press("Space");
    expect(await entries.allTextContents()).toEqual([
      "Uzra Zeya",
      "Naheed Nenshi",
      "Person 2999",
      "Bill Peduto",
      "Andy Burnham",
    ]);
    // At the top, the first speaker's ↑ is off: the focus goes to its ↓.
    await page.getByRole("button", { name: "Move Naheed Nenshi up" }).click();
    expect(await focused()).toBe("Move Naheed Nenshi down");
    expect(await page.getByRole("button", { name: "Move Naheed Nenshi up" }).isDisabled()).toBe(
      true,
    );
    expect(await page.getByRole("button", { name: "Move Andy Burnham down" }).isDisabled()).toBe(
      true,
    );
    expect(await page.locator("#f-speakerIds").inputValue()).toBe(
      "Naheed Nenshi\nUzra Zeya\nPerson 2999\nBill Peduto\nAndy Burnham",
    );
    expect(page.url()).toContain("/edit");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/admin\/network\?notice=saved/),
      page.locator("form.editor-form button.button[type=submit]").click(),
    ]);
    expect(await speakersOf(sideEvent)).toEqual([
      "Naheed Nenshi",
      "Uzra Zeya",
      "Person 2999",
      "Bill Peduto",
      "Andy Burnham",
    ]);
    expect(problems).toEqual([]);
  });

  it("edits an event's speakers as lines of text without JavaScript, and names the line that fails", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies(await page.context().cookies());
    const plain = await context.newPage();
    const event = await findEventBySlug(server.app.civitas.db, sideEvent);
    await plain.goto(`${server.baseUrl}/admin/network/events/${event?.id}/edit`);
    const speakers = plain.locator("textarea#f-speakerIds");
    // In the order the test before saved them.
    expect(await speakers.inputValue()).toBe(
      "Naheed Nenshi\nUzra Zeya\nPerson 2999\nBill Peduto\nAndy Burnham",
    );
    await speakers.fill("Person 042\nNobody Here\nUzra Zeya");
    await Promise.all([
      plain.waitForResponse((response) => response.request().method() === "POST"),
      plain.locator("form.editor-form button.button[type=submit]").click(),
    ]);
    await plain.waitForLoadState("load");
    expect(await plain.locator("#f-speakerIds-error").textContent()).toBe(
      "Line 2: no person in the directory is named “Nobody Here”.",
    );
    await plain.locator("textarea#f-speakerIds").fill("Person 042\nUzra Zeya");
    await Promise.all([
      plain.waitForURL(/\/admin\/network\?notice=saved/),
      plain.locator("form.editor-form button.button[type=submit]").click(),
    ]);
    expect(await speakersOf(sideEvent)).toEqual(["Person 042", "Uzra Zeya"]);
    await context.close();
  });
});
