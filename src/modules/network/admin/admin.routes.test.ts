import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "../../../platform/auth/user.repository.js";
import { getTranslator } from "../../../platform/i18n/translator.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { listCommitteeTerms } from "../committee.repository.js";
import { findCityBySlug, findOrganisationBySlug } from "../directory.repository.js";
import { findEventBySlug, loadEventDetails } from "../event.repository.js";
import { insertTestCities, numberedNames, seedNetwork } from "../network.test-kit.js";

/** Posts a form as `who`, url-encoded. */
const postForm = (t: TestApp, who: TestIdentity, url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: "POST",
    url,
    cookies: who.cookies,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: formBody(fields),
  });

for (const dialect of DIALECTS) {
  describe(`the network workspace (${dialect})`, () => {
    let t: TestApp;
    let editor: TestIdentity;
    let reviewer: TestIdentity;
    const post = (who: TestIdentity, url: string, fields: Record<string, string>) =>
      postForm(t, who, url, fields);
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      await seedNetwork(t.database.db);
      editor = await identityFor(t, "editor");
      reviewer = await identityFor(t, "reviewer");
    });
    afterAll(async () => {
      await t.close();
    });

    it("lets a reviewer read the directory but not open a form or write", async () => {
      const list = await t.app.inject({ url: "/admin/network", cookies: reviewer.cookies });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain("Kumanovo");
      expect(list.body).not.toContain("/admin/network/cities/new");
      expect(
        (await t.app.inject({ url: "/admin/network/cities/new", cookies: reviewer.cookies }))
          .statusCode,
      ).toBe(403);
      const res = await post(reviewer, "/admin/network/cities", {
        _csrf: reviewer.csrf,
        name: "Lyon",
      });
      expect(res.statusCode).toBe(403);
      expect((await t.app.inject({ url: "/admin/network" })).statusCode).toBe(303);
    });

    it("creates a city from the form, shows it on the public map, and refuses a form without its CSRF token", async () => {
      const city = {
        name: "Lyon",
        country: "fr",
        region: "europe",
        latitude: "45.764",
        longitude: "4.8357",
        profile: "Lyon <script>alert(1)</script> works with **schools**.",
      };
      expect((await post(editor, "/admin/network/cities", city)).statusCode).toBe(403);
      const form = await t.app.inject({
        url: "/admin/network/cities/new",
        cookies: editor.cookies,
      });
      expect(form.body).toContain(`name="_csrf" value="${editor.csrf}"`);
      const res = await post(editor, "/admin/network/cities", { _csrf: editor.csrf, ...city });
      expect(res.statusCode).toBe(303);
      const saved = await findCityBySlug(t.database.db, "lyon");
      expect(saved).toMatchObject({ country: "FR", latitude: 45.764, sourceLanguage: "en" });
      const page = await t.app.inject("/en/network/cities/lyon");
      expect(page.body).toContain("<strong>schools</strong>");
      expect(page.body).not.toContain("<script>alert");
      expect((await t.app.inject("/en/network")).body).toContain('aria-label="Lyon, France"');
    });

    it("answers an invalid form with the form again and each field's problem", async () => {
      const res = await post(editor, "/admin/network/cities", {
        _csrf: editor.csrf,
        name: "Atlantis",
        country: "XX",
        region: "europe",
        latitude: "91",
        longitude: "0",
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Unknown country");
      expect(res.body).toContain("Bad coordinates");
      expect(res.body).toContain('value="Atlantis"');
      const taken = await post(editor, "/admin/network/cities", {
        _csrf: editor.csrf,
        name: "Kumanovo",
        country: "MK",
        region: "europe",
        latitude: "42",
        longitude: "21",
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.body).toContain("already taken");
    });

    it("edits an event with its sponsors, speakers and agenda, in its own time zone", async () => {
      const event = await findEventBySlug(t.database.db, "un-general-assembly-2021-side-event");
      const form = await t.app.inject({
        url: `/admin/network/events/${event?.id}/edit`,
        cookies: editor.cookies,
      });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('value="2021-09-30T10:00"');
      expect(form.body).toContain("10:15-11:15 Mayors' panel");
      // Speakers and co-sponsors by name, one per line, in the event page's order.
      expect(form.body).toContain(
        ">Uzra Zeya\nVladimir Voronkov\nNaheed Nenshi\nBill Peduto\nAndy Burnham</textarea>",
      );
      expect(form.body).toContain(
        ">Ministry of Foreign Affairs of North Macedonia\nU.S. Department of State</textarea>",
      );
      const state = await findOrganisationBySlug(t.database.db, "us-department-of-state");
      const res = await post(editor, `/admin/network/events/${event?.id}`, {
        _csrf: editor.csrf,
        title: "Side event, revised",
        slug: "un-general-assembly-2021-side-event",
        startsAtLocal: "2021-09-30T10:30",
        endsAtLocal: "2021-09-30T12:00",
        timeZone: "America/New_York",
        format: "hybrid",
        place: "New York",
        sponsorIds: state?.name ?? "",
        sessions: "10:30-11:00 Opening; welcome, \\ and more\nClosing words",
        participantCount: "130",
        countryCount: "40",
      });
      expect(res.statusCode).toBe(303);
      const details = await loadEventDetails(
        t.database.db,
        (await findEventBySlug(t.database.db, "un-general-assembly-2021-side-event"))!,
      );
      expect(details.event).toMatchObject({
        startsAt: "2021-09-30T14:30:00.000Z",
        format: "hybrid",
      });
      expect(details.sponsors.map((s) => s.name)).toEqual(["U.S. Department of State"]);
      expect(details.speakers).toEqual([]);
      expect(details.sessions.map((s) => [s.startsAt, s.title])).toEqual([
        ["2021-09-30T14:30:00.000Z", "Opening; welcome, \\ and more"],
        [null, "Closing words"],
      ]);
      const ics = await t.app.inject(
        "/en/network/events/un-general-assembly-2021-side-event/calendar.ics",
      );
      expect(ics.body).toContain("DTSTART:20210930T143000Z");
    });

    it("creates a hub, an organisation and a person, and opens the import form", async () => {
      const hub = await post(editor, "/admin/network/hubs", {
        _csrf: editor.csrf,
        name: "Europe Hub",
        region: "europe",
        color: "#E69F00",
        description: "Cities of *Europe*.",
      });
      expect(hub.statusCode).toBe(303);
      const badColour = await post(editor, "/admin/network/hubs", {
        _csrf: editor.csrf,
        name: "Other",
        region: "europe",
        color: "red",
      });
      expect(badColour.statusCode).toBe(400);
      const org = await post(editor, "/admin/network/organisations", {
        _csrf: editor.csrf,
        name: "City of Lyon",
        country: "FR",
        website: "javascript:alert(1)",
      });
      expect(org.statusCode).toBe(400);
      expect(org.body).toContain("Enter an address starting with https://.");
      const person = await post(editor, "/admin/network/people", {
        _csrf: editor.csrf,
        name: "Ada Example",
        title: "Deputy Mayor",
      });
      expect(person.statusCode).toBe(303);
      const page = await t.app.inject("/en/network/hubs");
      expect(page.body).toContain("<em>Europe</em>");
      const list = await t.app.inject({ url: "/admin/network", cookies: editor.cookies });
      expect(list.body).toContain("Ada Example");
      const form = await t.app.inject({ url: "/admin/network/import", cookies: editor.cookies });
      expect(form.statusCode).toBe(200);
      // The token goes in the form, before the file, never in the address.
      expect(form.body).toMatch(
        new RegExp(
          `action="/admin/network/import"[^>]*>\\s*<input type="hidden" name="_csrf" value="${editor.csrf}"`,
        ),
      );
      expect(
        (await t.app.inject({ url: "/admin/network/nonsense/new", cookies: editor.cookies }))
          .statusCode,
      ).toBe(400);
    });

    it("adds and removes a committee term, and deletes a city", async () => {
      // A city of its own: the test does not depend on what the others added.
      await insertTestCities(t.database.db, ["Lille"]);
      const city = await findCityBySlug(t.database.db, "lille");
      const added = await post(editor, "/admin/network/terms", {
        _csrf: editor.csrf,
        cityId: "Lille (France)",
        role: "member",
        startsOn: "2026-01-01",
        endsOn: "2025-01-01",
      });
      expect(added.statusCode).toBe(400);
      expect(added.body).toContain("The end is before the start.");
      const ok = await post(editor, "/admin/network/terms", {
        _csrf: editor.csrf,
        cityId: "lille",
        role: "member",
        startsOn: "2026-01-01",
      });
      expect(ok.statusCode).toBe(303);
      expect((await t.app.inject("/en/network/committee")).body).toContain("Lille");
      // Its form, to change it, holds what was saved.
      const [term] = await listCommitteeTerms(t.database.db, city?.id);
      const form = await t.app.inject({
        url: `/admin/network/terms/${term?.id}/edit`,
        cookies: editor.cookies,
      });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('value="2026-01-01"');
      expect(form.body).toContain("Lille");
      expect(
        (await t.app.inject({ url: "/admin/network/terms/999999/edit", cookies: editor.cookies }))
          .statusCode,
      ).toBe(404);
      const removed = await post(editor, `/admin/network/cities/${city?.id}/delete`, {
        _csrf: editor.csrf,
      });
      expect(removed.statusCode).toBe(303);
      expect(await findCityBySlug(t.database.db, "lille")).toBeUndefined();
      expect((await t.app.inject("/en/network/committee")).body).not.toContain("Lille");
      const missing = await post(editor, `/admin/network/cities/999999/delete`, {
        _csrf: editor.csrf,
      });
      expect(missing.statusCode).toBe(404);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`the network workspace's lists, page by page (${dialect})`, () => {
    let t: TestApp;
    let reviewer: TestIdentity;
    const names = numberedNames("Town", 120);
    const get = (url: string) => t.app.inject({ url, cookies: reviewer.cookies });
    // The entries of a list, in order (each row's header cell starts with its name).
    const listed = (body: string) =>
      [...body.matchAll(/<th scope="row">(Town \d{3})/g)].map((m) => m[1]);
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      // Inserted out of order: the lists sort by name.
      await insertTestCities(t.database.db, [...names].reverse());
      reviewer = await identityFor(t, "reviewer");
    });
    afterAll(async () => {
      await t.close();
    });

    it("shows the first 50 cities on the index with the count of all and a link to the list", async () => {
      const res = await get("/admin/network");
      expect(res.statusCode).toBe(200);
      expect(listed(res.body)).toEqual(names.slice(0, 50));
      expect(res.body).toContain("120 entries");
      expect(res.body).toContain('href="/admin/network/cities"');
      // The other kinds are empty: no link to a longer list.
      expect(res.body).not.toContain('href="/admin/network/hubs"');
    });

    it("pages through the cities by name, 50 a page, and answers 404 past the last page", async () => {
      const first = await get("/admin/network/cities");
      expect(first.statusCode).toBe(200);
      expect(listed(first.body)).toEqual(names.slice(0, 50));
      expect(first.body).toContain('href="/admin/network/cities?page=2"');
      const second = await get("/admin/network/cities?page=2");
      expect(second.statusCode).toBe(200);
      expect(listed(second.body)).toEqual(names.slice(50, 100));
      expect(second.body).toContain('href="/admin/network/cities?page=3"');
      const third = await get("/admin/network/cities?page=3");
      expect(listed(third.body)).toEqual(names.slice(100));
      expect(third.body).not.toContain("page=4");
      expect((await get("/admin/network/cities?page=4")).statusCode).toBe(404);
      expect((await get("/admin/network/cities?page=0")).statusCode).toBe(400);
      expect((await get("/admin/network/cities?page=x")).statusCode).toBe(400);
      expect((await get(`/admin/network/cities?q=${"a".repeat(101)}`)).statusCode).toBe(400);
      expect((await get("/admin/network/nonsense")).statusCode).toBe(400);
    });

    it("searches by name, ignoring case, and keeps the search in the page links", async () => {
      const res = await get("/admin/network/cities?q=town%2011");
      expect(res.statusCode).toBe(200);
      expect(listed(res.body)).toEqual(names.slice(109, 119));
      expect(res.body).toContain("10 entries");
      expect(res.body).toContain('value="town 11"');
      const wide = await get("/admin/network/cities?q=TOWN&page=2");
      expect(wide.body).toContain('href="/admin/network/cities?q=TOWN&amp;page=3"');
      expect(wide.body).toContain('href="/admin/network/cities?q=TOWN"');
      const none = await get("/admin/network/cities?q=50%25");
      expect(none.statusCode).toBe(200);
      expect(listed(none.body)).toEqual([]);
      expect(none.body).toContain("No entry matches this search.");
    });

    it("speaks a French user's language on the list and the index", async () => {
      const french = await identityFor(t, "reviewer");
      await updateUser(t.database.db, french.userId ?? 0, { preferredLanguage: "fr" });
      const [en, fr] = [getTranslator("en"), getTranslator("fr")];
      const list = await t.app.inject({
        url: "/admin/network/cities?q=nowhere",
        cookies: french.cookies,
      });
      expect(list.statusCode).toBe(200);
      for (const key of [
        "network.admin.search",
        "network.admin.searchSubmit",
        "network.admin.noMatch",
      ] as const) {
        expect(list.body).toContain(fr.t(key));
        expect(list.body).not.toContain(en.t(key));
      }
      const index = await t.app.inject({ url: "/admin/network", cookies: french.cookies });
      expect(index.body).toContain(fr.t("network.admin.count", { count: 120 }));
      expect(index.body).toContain(fr.t("network.admin.showAll"));
      expect(index.body).not.toContain(en.t("network.admin.showAll"));
    });

    it("refuses a visitor who is not signed in, as the index does", async () => {
      const index = await t.app.inject({ url: "/admin/network" });
      const list = await t.app.inject({ url: "/admin/network/cities?page=2" });
      expect(list.statusCode).toBe(index.statusCode);
      expect(list.statusCode).toBe(303);
      // Both send the visitor to sign in, and back to the page (its path) after.
      expect(index.headers.location).toBe("/admin/sign-in?next=%2Fadmin%2Fnetwork");
      expect(list.headers.location).toBe("/admin/sign-in?next=%2Fadmin%2Fnetwork%2Fcities");
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`the network forms' city field, among 120 cities (${dialect})`, () => {
    let t: TestApp;
    let editor: TestIdentity;
    const names = numberedNames("Town", 120);
    const post = (url: string, fields: Record<string, string>) =>
      postForm(t, editor, url, { _csrf: editor.csrf, ...fields });
    const suggest = async (q: string, who = editor) => {
      const res = await t.app.inject({
        url: `/admin/network/cities.json?q=${encodeURIComponent(q)}`,
        cookies: who.cookies,
      });
      const cities = res.statusCode === 200 ? res.json<{ cities: unknown }>().cities : undefined;
      return { status: res.statusCode, cities };
    };
    const cityOf = async (personSlug: string) =>
      (
        await t.database.db
          .selectFrom("people")
          .innerJoin("cities", "cities.id", "people.cityId")
          .select("cities.slug")
          .where("people.slug", "=", personSlug)
          .executeTakeFirst()
      )?.slug;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      await insertTestCities(t.database.db, names);
      editor = await identityFor(t, "editor");
      // A second Town 042 in Belgium, and a TOWN 043 in France (the same label but for case).
      for (const [slug, country] of [
        ["town-042-be", "BE"],
        ["town-043-bis", "FR"],
        ["bogota", "CO"],
      ] as const) {
        const name =
          slug === "bogota" ? "Bogotá" : slug.startsWith("town-042") ? "Town 042" : "TOWN 043";
        const res = await post("/admin/network/cities", {
          name,
          slug,
          country,
          region: "europe",
          latitude: "50",
          longitude: "4",
        });
        expect(res.statusCode).toBe(303);
      }
    });
    afterAll(async () => {
      await t.close();
    });

    it("offers a text field with a datalist, not a select of every city", async () => {
      for (const kind of ["people", "terms"]) {
        const form = await t.app.inject({
          url: `/admin/network/${kind}/new`,
          cookies: editor.cookies,
        });
        expect(form.statusCode).toBe(200);
        expect(form.body).not.toContain('<select id="f-cityId"');
        expect(form.body).not.toContain("Town 001");
        expect(form.body).toMatch(/<input id="f-cityId" name="cityId"[^>]* list="f-cityId-list"/);
        expect(form.body).toContain('<datalist id="f-cityId-list">');
        expect(form.body).toContain("suggestions appear as you type");
      }
    });

    it("suggests at most 20 cities whose name contains the text, those starting with it first", async () => {
      const some = await suggest("town 01");
      expect(some.status).toBe(200);
      expect(some.cities).toEqual(
        names
          .slice(9, 19)
          .map((name) => ({ value: `${name} (France)`, label: `${name} (France)` })),
      );
      expect((await suggest("TOWN")).cities).toHaveLength(20);
      expect((await suggest("")).cities).toEqual([]);
      expect((await suggest("50%")).cities).toEqual([]);
      // The same label but for case: each suggestion carries its slug.
      const twins = (await suggest("Town 043")).cities as { value: string }[];
      expect(twins.map((c) => c.value).sort()).toEqual([
        "TOWN 043 (France) [town-043-bis]",
        "Town 043 (France) [town-043]",
      ]);
      // Blind to accents as to case.
      expect((await suggest("BOGOTA")).cities).toEqual([
        { value: "Bogotá (Colombia)", label: "Bogotá (Colombia)" },
      ]);
      expect((await suggest("x".repeat(101))).status).toBe(400);
      const reviewer = await identityFor(t, "reviewer");
      expect((await suggest("town", reviewer)).status).toBe(403);
      expect((await t.app.inject({ url: "/admin/network/cities.json?q=town" })).statusCode).toBe(
        303,
      );
    });

    it("saves a person with the city typed or chosen, and says when the name matches none or several", async () => {
      expect(
        (await post("/admin/network/people", { name: "Ana Uno", cityId: "Town 077 (France)" }))
          .statusCode,
      ).toBe(303);
      expect(await cityOf("ana-uno")).toBe("town-077");
      expect(
        (await post("/admin/network/people", { name: "Ana Dos", cityId: " town 078 " })).statusCode,
      ).toBe(303);
      expect(await cityOf("ana-dos")).toBe("town-078");
      expect(
        (await post("/admin/network/people", { name: "Ana Tres", cityId: "Town 042 (Belgium)" }))
          .statusCode,
      ).toBe(303);
      expect(await cityOf("ana-tres")).toBe("town-042-be");
      expect(
        (
          await post("/admin/network/people", {
            name: "Ana Cuatro",
            cityId: "TOWN 043 (France) [town-043-bis]",
          })
        ).statusCode,
      ).toBe(303);
      expect(await cityOf("ana-cuatro")).toBe("town-043-bis");
      expect(
        (await post("/admin/network/people", { name: "Ana Siete", cityId: "bogota" })).statusCode,
      ).toBe(303);
      expect(await cityOf("ana-siete")).toBe("bogota");

      const none = await post("/admin/network/people", { name: "Ana Cinco", cityId: "Atlantis" });
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain("No member city has this name.");
      // The form comes back with what was typed, and the field says what is wrong.
      expect(none.body).toMatch(
        /<input id="f-cityId" name="cityId" aria-invalid="true"[^>]* value="Atlantis"/,
      );
      expect(none.body).toContain('aria-describedby="f-cityId-hint f-cityId-error"');
      const several = await post("/admin/network/people", {
        name: "Ana Cinco",
        cityId: "Town 042",
      });
      expect(several.statusCode).toBe(400);
      expect(several.body).toContain("Several member cities have this name.");
      const twice = await post("/admin/network/people", {
        name: "Ana Cinco",
        cityId: "town 043 (france)",
      });
      expect(twice.statusCode).toBe(400);
      expect(twice.body).toContain("Several member cities have this name.");
      expect(await cityOf("ana-cinco")).toBeUndefined();
      // No city is still allowed for a person; a committee term needs one.
      expect(
        (await post("/admin/network/people", { name: "Ana Seis", cityId: "" })).statusCode,
      ).toBe(303);
      const term = await post("/admin/network/terms", {
        role: "member",
        startsOn: "2026-01-01",
        cityId: "",
      });
      expect(term.statusCode).toBe(400);
      expect(
        (
          await post("/admin/network/terms", {
            role: "member",
            startsOn: "2026-01-01",
            cityId: "Town 100 (France)",
          })
        ).statusCode,
      ).toBe(303);
    });

    it("shows a stored city in the edit form as the text that names it", async () => {
      const person = await t.database.db
        .selectFrom("people")
        .select("id")
        .where("slug", "=", "ana-cuatro")
        .executeTakeFirstOrThrow();
      const form = await t.app.inject({
        url: `/admin/network/people/${person.id}/edit`,
        cookies: editor.cookies,
      });
      expect(form.body).toContain('value="TOWN 043 (France) [town-043-bis]"');
      const saved = await post(`/admin/network/people/${person.id}`, {
        name: "Ana Cuatro",
        slug: "ana-cuatro",
        cityId: "TOWN 043 (France) [town-043-bis]",
      });
      expect(saved.statusCode).toBe(303);
      expect(await cityOf("ana-cuatro")).toBe("town-043-bis");
    });

    it("returns to the list page an entry was edited from, and only to a page of that list", async () => {
      const list = await t.app.inject({
        url: "/admin/network/cities?q=town&page=2",
        cookies: editor.cookies,
      });
      const back = encodeURIComponent("/admin/network/cities?q=town&page=2");
      expect(list.body).toContain(`/edit?back=${back}"`);
      expect(list.body).toContain(`href="/admin/network/cities/new?back=${back}"`);
      const person = await t.database.db
        .selectFrom("people")
        .select("id")
        .where("slug", "=", "ana-dos")
        .executeTakeFirstOrThrow();
      const form = await t.app.inject({
        url: `/admin/network/people/${person.id}/edit?back=${encodeURIComponent("/admin/network/people?q=ana&page=1")}`,
        cookies: editor.cookies,
      });
      expect(form.body).toContain(
        '<input type="hidden" name="_back" value="/admin/network/people?q=ana&amp;page=1"/>',
      );
      const save = (back: string) =>
        post(`/admin/network/people/${person.id}`, {
          _back: back,
          name: "Ana Dos",
          slug: "ana-dos",
          cityId: "Town 078 (France)",
        });
      const saved = await save("/admin/network/people?q=ana&page=1");
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe("/admin/network/people?q=ana&page=1&notice=saved");
      const shown = await t.app.inject({ url: saved.headers.location, cookies: editor.cookies });
      expect(shown.body).toContain('<p class="notice" role="status">Saved.</p>');
      // Another list, another site or anything else: the index, as before.
      for (const elsewhere of [
        "/admin/network/hubs?page=2",
        "https://elsewhere.example/admin/network/people",
        "//elsewhere.example/admin/network/people",
        "/admin/network/people/../../content",
      ])
        expect((await save(elsewhere)).headers.location).toBe(
          "/admin/network?notice=saved#section-people",
        );
      expect((await save("/admin/network/people?page=2&evil=1")).headers.location).toBe(
        "/admin/network/people?page=2&notice=saved",
      );
    });
  });
}
