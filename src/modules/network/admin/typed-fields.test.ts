import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "../../../platform/auth/user.repository.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { makeDraft } from "../../content/factories.test-kit.js";
import { publishItem, saveItem } from "../../content/item.service.js";
import { findCityBySlug, insertOrganisation } from "../directory.repository.js";
import { findEventBySlug, loadEventDetails } from "../event.repository.js";
import { insertTestPeople, numberedNames, seedNetwork } from "../network.test-kit.js";

const PEOPLE = numberedNames("Person", 3000);
const NOW = new Date("2026-11-01T00:00:00Z");

/** The value of a form's textarea (its text, entities decoded as far as these tests need). */
const textareaOf = (html: string, id: string) =>
  new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`)
    .exec(html)?.[1]
    ?.replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"');

const EVENT = {
  title: "Prevention forum",
  slug: "prevention-forum",
  startsAtLocal: "2026-12-01T10:00",
  endsAtLocal: "2026-12-01T12:00",
  timeZone: "Europe/Paris",
  format: "virtual",
};

// People, organisations and an event's summary are typed by name, as cities are:
// the forms list none of them, JSON endpoints suggest a few, the save resolves the names.
for (const dialect of DIALECTS) {
  describe(`the network forms' typed people, organisations and items, among 3,000 people (${dialect})`, () => {
    let t: TestApp;
    let editor: TestIdentity;
    const post = (url: string, fields: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: editor.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: editor.csrf, ...fields }),
      });
    const get = (url: string, who = editor) => t.app.inject({ url, cookies: who.cookies });
    const suggest = async (source: string, q: string, who = editor) => {
      const res = await get(`/admin/network/${source}.json?q=${encodeURIComponent(q)}`, who);
      const found =
        res.statusCode === 200
          ? res.json<Record<string, { value: string; label: string }[]>>()[source]
          : undefined;
      return { status: res.statusCode, found, values: found?.map((c) => c.value) };
    };
    const eventId = async (slug: string) => (await findEventBySlug(t.database.db, slug))?.id;
    const details = async (slug: string) => {
      const event = await findEventBySlug(t.database.db, slug);
      if (!event) throw new Error(`no event ${slug}`);
      return loadEventDetails(t.database.db, event);
    };

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const db = t.database.db;
      await seedNetwork(db);
      await insertTestPeople(db, [
        ...PEOPLE,
        { name: "Maria Garcia", slug: "maria-garcia", title: "Mayor of Somewhere" },
        { name: "María García", slug: "maria-garcia-2", title: "Deputy Mayor of Elsewhere" },
        "Ana Maria Lopez",
      ]);
      for (const [slug, name] of [
        ["fund-50-cities", "Fund 50% Cities"],
        ["cities-fund", "Cities_Fund"],
        ["citiesxfund", "CitiesXFund"],
      ] as const)
        await insertOrganisation(db, {
          slug,
          name,
          country: null,
          website: null,
          sourceLanguage: "en",
          createdAt: NOW.toISOString(),
          updatedAt: NOW.toISOString(),
        });
      for (const draft of [
        makeDraft({ type: "news", slug: "annual-report", title: "Annual report" }),
        makeDraft({ type: "resource", slug: "annual-report", title: "Annual report" }),
        makeDraft({ type: "news", slug: "forum-summary", title: "The forum's summary" }),
      ]) {
        const saved = await saveItem(db, { draft, actorId: null, now: NOW });
        await publishItem(db, { itemId: saved.item.id, now: NOW });
      }
      await saveItem(db, {
        draft: makeDraft({ slug: "unpublished-plan", title: "Unpublished plan" }),
        actorId: null,
        now: NOW,
      });
      editor = await identityFor(t, "editor");
    });
    afterAll(async () => {
      await t.close();
    });

    it("renders every form without listing the people, organisations or items", async () => {
      const event = await get("/admin/network/events/new");
      expect(event.statusCode).toBe(200);
      for (const name of ["Person 001", "Person 3000", "Uzra Zeya", "U.S. Department of State"])
        expect(event.body).not.toContain(name);
      expect(event.body).not.toContain("Annual report");
      // Its time zones' select and its fields (150,829 bytes when it listed the 3,000 people).
      expect(event.body.length).toBeLessThan(40_000);
      expect(event.body).toMatch(
        /<textarea id="f-speakerIds" name="speakerIds" aria-describedby="f-speakerIds-hint"[^>]* data-suggest="\/admin\/network\/people.json" data-suggest-key="people"/,
      );
      expect(event.body).toMatch(
        /<input id="f-summaryItemId" name="summaryItemId"[^>]* data-suggest="\/admin\/network\/items.json"[^>]* list="f-summaryItemId-list"/,
      );
      expect(event.body).toContain("One person per line");
      for (const kind of ["cities", "hubs", "terms", "people"]) {
        const form = await get(`/admin/network/${kind}/new`);
        expect(form.statusCode).toBe(200);
        expect(form.body).not.toContain("Person 001");
        expect(form.body).not.toContain("Uzra Zeya");
        expect(form.body.length).toBeLessThan(10_000);
      }
      // Hubs stay a select: a few per region.
      expect((await get("/admin/network/cities/new")).body).toContain('<select id="f-hubId"');
    });

    it("suggests at most 20 people whose name contains the text, those starting with it first", async () => {
      const some = await suggest("people", "person 00");
      expect(some.status).toBe(200);
      expect(some.values).toEqual(PEOPLE.slice(0, 9));
      expect((await suggest("people", "PERSON")).found).toHaveLength(20);
      // Containing, not only starting with: "2999" is inside "Person 2999".
      expect((await suggest("people", "2999")).values).toEqual(["Person 2999"]);
      expect((await suggest("people", "")).found).toEqual([]);
      // Those whose name starts with the text first, then those that contain it.
      expect((await suggest("people", "maria")).values).toEqual([
        "Maria Garcia [maria-garcia]",
        "María García [maria-garcia-2]",
        "Ana Maria Lopez",
      ]);
      // Namesakes (blind to case and accents) carry their slug, and their title tells them apart.
      expect((await suggest("people", "garcia")).found).toEqual([
        { value: "Maria Garcia [maria-garcia]", label: "Maria Garcia (Mayor of Somewhere)" },
        {
          value: "María García [maria-garcia-2]",
          label: "María García (Deputy Mayor of Elsewhere)",
        },
      ]);
    });

    it("suggests organisations and published items, with LIKE's wildcards typed as themselves", async () => {
      expect((await suggest("organisations", "50%")).values).toEqual(["Fund 50% Cities"]);
      expect((await suggest("organisations", "%")).values).toEqual(["Fund 50% Cities"]);
      expect((await suggest("organisations", "s_f")).values).toEqual(["Cities_Fund"]);
      expect((await suggest("organisations", "\\")).values).toEqual([]);
      expect((await suggest("organisations", "department")).found).toEqual([
        { value: "U.S. Department of State", label: "U.S. Department of State (United States)" },
      ]);
      const items = await suggest("items", "annual");
      expect(items.found).toEqual([
        { value: "Annual report [news/annual-report]", label: "Annual report (News)" },
        { value: "Annual report [resource/annual-report]", label: "Annual report (Resource)" },
      ]);
      // Only published items: a draft is no event's summary.
      expect((await suggest("items", "plan")).found).toEqual([]);
    });

    it("answers the suggestions only to someone who may write, within the same limits as the cities", async () => {
      const reviewer = await identityFor(t, "reviewer");
      for (const source of ["people", "organisations", "items"]) {
        expect((await suggest(source, "a", reviewer)).status).toBe(403);
        const anonymous = await t.app.inject({ url: `/admin/network/${source}.json?q=a` });
        expect(anonymous.statusCode).toBe(303);
        expect((await suggest(source, "x".repeat(101))).status).toBe(400);
        // Control characters are dropped: NUL would end SQLite's pattern early.
        expect((await suggest(source, "\u0000")).found).toEqual([]);
      }
      const res = await get("/admin/network/people.json?q=person%200");
      expect(res.headers["cache-control"]).toBe("no-store");
    });

    it("saves an event's speakers, organisers, co-sponsors and summary typed by name, in the order typed", async () => {
      const res = await post("/admin/network/events", {
        ...EVENT,
        speakerIds: "Person 042\r\nMaría García [maria-garcia-2]\n  uzra zeya  \n\nPerson 2999",
        organiserIds: "strong cities network",
        sponsorIds: "U.S. Department of State\nMinistry of Foreign Affairs of North Macedonia",
        summaryItemId: "The forum's summary",
      });
      expect(res.statusCode).toBe(303);
      const saved = await details("prevention-forum");
      expect(saved.speakers.map((p) => p.slug)).toEqual([
        "person-042",
        "maria-garcia-2",
        "uzra-zeya",
        "person-2999",
      ]);
      expect(saved.organisers.map((o) => o.name)).toEqual(["Strong Cities Network"]);
      expect(saved.sponsors.map((o) => o.slug)).toEqual([
        "us-department-of-state",
        "ministry-of-foreign-affairs-north-macedonia",
      ]);
      expect(saved.summary?.slug).toBe("forum-summary");

      // The edit form names them as stored, one per line, and the summary by its title.
      const form = await get(`/admin/network/events/${await eventId("prevention-forum")}/edit`);
      expect(textareaOf(form.body, "f-speakerIds")).toBe(
        "Person 042\nMaría García [maria-garcia-2]\nUzra Zeya\nPerson 2999",
      );
      expect(textareaOf(form.body, "f-sponsorIds")).toBe(
        "U.S. Department of State\nMinistry of Foreign Affairs of North Macedonia",
      );
      expect(form.body).toContain(`value="The forum's summary"`);
      expect(form.body).not.toContain("Person 001<");
    });

    it("removes a speaker whose line is deleted, and keeps the others' order", async () => {
      const id = await eventId("prevention-forum");
      const res = await post(`/admin/network/events/${id}`, {
        ...EVENT,
        speakerIds: "Person 042\nUzra Zeya\nPerson 2999",
        organiserIds: "Strong Cities Network",
        sponsorIds: "",
        summaryItemId: "",
      });
      expect(res.statusCode).toBe(303);
      const saved = await details("prevention-forum");
      expect(saved.speakers.map((p) => p.slug)).toEqual(["person-042", "uzra-zeya", "person-2999"]);
      expect(saved.sponsors).toEqual([]);
      expect(saved.summary).toBeUndefined();
    });

    it("says which line names nobody or several people, keeps what was typed and saves nothing", async () => {
      const id = await eventId("prevention-forum");
      const res = await post(`/admin/network/events/${id}`, {
        ...EVENT,
        speakerIds: "Person 001\nNobody <Here>\n\nmaria garcia",
        sponsorIds: "Cities Fund",
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Line 2: no person in the directory is named “Nobody &lt;Here>”.");
      expect(res.body).toContain(
        "Line 4: several people in the directory are named “maria garcia”. Choose one of the suggestions.",
      );
      expect(res.body).toContain(
        "Line 1: no organisation in the directory is named “Cities Fund”.",
      );
      expect(textareaOf(res.body, "f-speakerIds")).toBe(
        "Person 001\nNobody &lt;Here>\n\nmaria garcia",
      );
      expect(res.body).toMatch(
        /<textarea id="f-speakerIds" name="speakerIds" aria-invalid="true" aria-describedby="f-speakerIds-hint f-speakerIds-error"/,
      );
      const saved = await details("prevention-forum");
      expect(saved.speakers.map((p) => p.slug)).toEqual(["person-042", "uzra-zeya", "person-2999"]);
    });

    it("says it in the editor's language", async () => {
      const french = await identityFor(t, "editor");
      await updateUser(t.database.db, french.userId ?? 0, { preferredLanguage: "fr" });
      const res = await t.app.inject({
        method: "POST",
        url: "/admin/network/events",
        cookies: french.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: french.csrf, ...EVENT, speakerIds: "Personne" }),
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(
        "Ligne 1\u00a0: aucune personne de l’annuaire ne s’appelle «\u00a0Personne\u00a0».",
      );
    });

    it("resolves a single person, organisation or item typed by name, or says why not", async () => {
      const contact = async (typed: string) =>
        post("/admin/network/hubs", {
          name: `Hub ${typed}`,
          region: "europe",
          color: "#E69F00",
          contactPersonId: typed,
        });
      const several = await contact("maria garcia");
      expect(several.statusCode).toBe(400);
      expect(several.body).toContain("Several people in the directory have this name.");
      expect(several.body).toMatch(
        /<input id="f-contactPersonId" name="contactPersonId" aria-invalid="true" aria-describedby="f-contactPersonId-hint f-contactPersonId-error"[^>]* value="maria garcia"/,
      );
      expect((await contact("Nobody")).body).toContain("No person in the directory has this name.");
      expect((await contact("Maria Garcia [maria-garcia]")).statusCode).toBe(303);
      // A bare slug names its entry too.
      expect((await contact("person-007")).statusCode).toBe(303);

      const person = await post("/admin/network/people", {
        name: "Ana Ejemplo",
        organisationId: "u.s. department of state",
      });
      expect(person.statusCode).toBe(303);
      const ana = await t.database.db
        .selectFrom("people")
        .select("id")
        .where("slug", "=", "ana-ejemplo")
        .executeTakeFirstOrThrow();
      const form = await get(`/admin/network/people/${ana.id}/edit`);
      expect(form.body).toMatch(/id="f-organisationId"[^>]* value="U.S. Department of State"/);
      const noOrg = await post("/admin/network/people", {
        name: "Ana Otra",
        organisationId: "Department",
      });
      expect(noOrg.body).toContain("No organisation in the directory has this name.");

      const summary = async (typed: string) =>
        post("/admin/network/events", {
          ...EVENT,
          title: `Forum on ${typed}`,
          slug: "",
          summaryItemId: typed,
        });
      expect((await summary("annual report")).body).toContain(
        "Several published items have this title.",
      );
      expect((await summary("Unpublished plan")).body).toContain(
        "No published item has this title.",
      );
      expect((await summary("Annual report [resource/annual-report]")).statusCode).toBe(303);

      // A city's contact person, shown by name on its edit form.
      const kumanovo = await findCityBySlug(t.database.db, "kumanovo");
      const cityForm = await get(`/admin/network/cities/${kumanovo?.id}/edit`);
      expect(cityForm.statusCode).toBe(200);
      expect(cityForm.body).not.toContain("Person 001<");
    });

    it("shares one rate limit between the suggestion endpoints", async () => {
      // The earlier tests spent part of the minute's 600: ask until the limit answers.
      let sent = 0;
      let status = 200;
      while (status === 200 && sent < 700) {
        status = (await get(`/admin/network/${sent % 2 ? "people" : "items"}.json?q=`)).statusCode;
        sent += 1;
      }
      expect(status).toBe(429);
      expect(sent).toBeLessThanOrEqual(601);
      for (const source of ["cities", "organisations"])
        expect((await get(`/admin/network/${source}.json?q=`)).statusCode).toBe(429);
    });
  });
}
