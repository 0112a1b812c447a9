import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { loadNetworkDemo } from "./demo/load-network-demo.js";
import { DEMO_CITIES } from "./demo/network-demo-data.js";
import { listTranslatableFields } from "./translatable.js";
import {
  insertTestCities,
  jsonLdOf,
  labelledLinks,
  numberedNames,
  seedNetwork,
} from "./network.test-kit.js";
import { CITIES_PER_PAGE } from "./site.service.js";

for (const dialect of DIALECTS) {
  describe(`the network's public pages (${dialect})`, () => {
    let t: TestApp;
    const get = (url: string) => t.app.inject({ method: "GET", url });
    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr", "ar"] } });
      const db = t.database.db;
      const tagged = await saveItem(db, {
        draft: makeDraft({ title: "Kumanovo's prevention council", tags: ["Kumanovo"] }),
        actorId: null,
        now: new Date("2026-10-01T00:00:00Z"),
      });
      await publishItem(db, { itemId: tagged.item.id, now: new Date("2026-10-01T00:00:00Z") });
      const summary = await saveItem(db, {
        draft: makeDraft({
          type: "event",
          slug: "un-general-assembly-2021-virtual-side-event",
          title: "Side event: the full summary",
          startsAt: "2021-09-30T14:00:00.000Z",
          timeZone: "America/New_York",
        }),
        actorId: null,
        now: new Date("2021-10-12T10:00:00Z"),
      });
      await publishItem(db, { itemId: summary.item.id, now: new Date("2021-10-12T10:00:00Z") });
      await seedNetwork(db);
      await t.app.civitas.refreshContentVersion();
    });
    afterAll(async () => {
      await t.close();
    });

    it("draws every member city on the map as a link named after the city and its country", async () => {
      const res = await get("/en/network");
      expect(res.statusCode).toBe(200);
      const svg = res.body.slice(res.body.indexOf("<svg"), res.body.indexOf("</svg>"));
      const links = labelledLinks(svg);
      expect(links).toHaveLength(DEMO_CITIES.length);
      expect(new Set(links.map((l) => l.href)).size).toBe(DEMO_CITIES.length);
      expect(links).toContainEqual({
        href: "/en/network/cities/calgary",
        label: "Calgary, Canada",
      });
      // The list view beside the map links the same cities.
      const list = res.body.slice(res.body.indexOf("</svg>"));
      expect(list.match(/href="\/en\/network\/cities\//g)).toHaveLength(DEMO_CITIES.length);
      expect(res.body).toContain("46 member cities in 7 regions");
    });

    it("links the map's land as one image every page shares, kept by browsers for good", async () => {
      const res = await get("/en/network");
      const href = /<image href="(\/network\/maps\/world-[0-9a-f]+\.svg)"/.exec(res.body)?.[1];
      expect(href).toBeDefined();
      // The land is not in the page: no long path.
      expect(res.body).not.toMatch(/<path d="[^"]{1000}/);
      expect(/<image href="([^"]+)"/.exec((await get("/fr/network?page=1")).body)?.[1]).toBe(href);
      const image = await get(href ?? "");
      expect(image.statusCode).toBe(200);
      expect(image.headers["content-type"]).toContain("image/svg+xml");
      expect(image.headers["cache-control"]).toContain("immutable");
      expect(image.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*><path d="M/);
      expect((await get("/network/maps/world-0000.svg")).statusCode).toBe(404);
    });

    it("names countries in the reader's language and keeps the page in every served language", async () => {
      const res = await get("/fr/network");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('aria-label="Calgary, Canada"');
      expect(res.body).toContain("Belgique");
      expect((await get("/ar/network")).body).toContain('dir="rtl"');
      expect((await get("/de/network")).statusCode).toBe(404);
    });

    it("filters cities by region, hub, country and committee seat", async () => {
      const count = async (query: string) => {
        const res = await get(`/en/network?${query}`);
        expect(res.statusCode, query).toBe(200);
        return labelledLinks(res.body).length;
      };
      expect(await count("region=africa")).toBe(6);
      expect(await count("hub=south-asia")).toBe(7);
      expect(await count("country=BE")).toBe(2);
      expect(await count("country=be&region=europe")).toBe(2);
      expect(await count("committee=1")).toBe(13);
      expect(await count("region=&hub=&country=")).toBe(46);
      expect((await get("/en/network?region=atlantis")).statusCode).toBe(400);
      expect((await get("/en/network?country=XX")).statusCode).toBe(400);
      expect((await get("/en/network?hub=nowhere")).statusCode).toBe(404);
    });

    it("shows a city with its facts, profile, committee seat and the content tagged with it", async () => {
      const res = await get("/en/network/cities/kumanovo");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("Куманово");
      expect(res.body).toContain("North Macedonia");
      expect(res.body).toContain("<strong>local prevention council</strong>");
      expect(res.body).toContain("Kumanovo's prevention council");
      expect(res.body).toMatch(/Member<\/strong>, since 22 September 2021/);
      expect((await get("/en/network/cities/atlantis")).statusCode).toBe(404);
      expect((await get("/en/network/cities/Bad%20Slug")).statusCode).toBe(404);
    });

    it("lists every network page of every language in the sitemap, with its hreflang alternates", async () => {
      const res = await get("/sitemap.xml");
      expect(res.statusCode).toBe(200);
      const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      const base = "https://cities.example.org";
      for (const lang of ["en", "fr", "ar"]) {
        for (const rest of ["/network", "/network/hubs", "/network/committee", "/network/events"])
          expect(locs).toContain(`${base}/${lang}${rest}`);
        expect(locs).toContain(`${base}/${lang}/network/events.ics`);
        expect(locs.filter((l) => l?.startsWith(`${base}/${lang}/network/cities/`))).toHaveLength(
          DEMO_CITIES.length,
        );
        expect(locs).toContain(`${base}/${lang}/network/cities/calgary`);
        expect(locs).toContain(
          `${base}/${lang}/network/events/un-general-assembly-2021-side-event`,
        );
        expect(locs).toContain(
          `${base}/${lang}/network/events/un-general-assembly-2021-side-event/calendar.ics`,
        );
      }
      // Listings of events moved to the network's page: no address that only redirects.
      expect(locs).not.toContain(`${base}/fr/events`);
      // Each page names itself and its other languages.
      const calgary = res.body.slice(
        res.body.indexOf(`<loc>${base}/fr/network/cities/calgary</loc>`),
      );
      const entry = calgary.slice(0, calgary.indexOf("</url>"));
      for (const lang of ["en", "fr", "ar"])
        expect(entry).toContain(
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${base}/${lang}/network/cities/calgary"/>`,
        );
      expect(entry).toContain(`hreflang="x-default" href="${base}/en/network/cities/calgary"`);
      expect(res.body).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    });

    it("finds cities from the directory's search box by name or country, in the reader's language", async () => {
      const cities = (body: string) =>
        [...body.matchAll(/<li><a href="\/\w+\/network\/cities\/([a-z-]+)"/g)].map((m) => m[1]);
      expect(cities((await get("/en/network?q=calgary")).body)).toEqual(["calgary"]);
      const kenya = cities((await get("/fr/network?q=KENYA")).body);
      expect(kenya).toContain("mombasa");
      expect(kenya.length).toBeLessThan(DEMO_CITIES.length);
      const page = await get("/fr/network?q=calgary");
      expect(page.body).toContain('<input id="filter-q" type="search" name="q" value="calgary"');
      expect((await get(`/en/network?q=${"x".repeat(81)}`)).statusCode).toBe(400);
    });

    it("names an event's time zone in the reader's language", async () => {
      const fr = await get("/fr/network/events/un-general-assembly-2021-side-event");
      expect(fr.body).toContain("Heures indiquées en heure de l’Est nord-américain");
      expect(fr.body).not.toMatch(/>[^<]*America\/New_York/);
    });

    it("lists the four hubs with their cities", async () => {
      const res = await get("/en/network/hubs");
      expect(res.statusCode).toBe(200);
      expect(res.body.match(/<section class="section" id="hub-/g)).toHaveLength(4);
      expect(res.body).toContain("7 cities");
    });

    it("shows the committee: two current co-chairs, the members, past seats as history, and its meetings", async () => {
      const res = await get("/en/network/committee");
      expect(res.statusCode).toBe(200);
      const current = res.body.slice(
        res.body.indexOf("committee-current"),
        res.body.indexOf("committee-history"),
      );
      const history = res.body.slice(
        res.body.indexOf("committee-history"),
        res.body.indexOf("committee-meetings"),
      );
      expect(current.match(/Co-chair/g)).toHaveLength(2);
      expect(current).toContain("Montréal");
      expect(current).toContain("Mombasa");
      expect(history).toMatch(
        /Aarhus[^]*Co-chair<\/strong>, 29 September 2015 – 21 September 2021/,
      );
      expect(history).toContain("Oslo");
      expect(res.body).toContain(
        "/en/network/events/international-steering-committee-meeting-september-2021",
      );
      expect(res.body).toContain(
        "/en/network/events/international-steering-committee-meeting-2027",
      );
    });

    it("lists upcoming and past events", async () => {
      const res = await get("/en/network/events");
      expect(res.statusCode).toBe(200);
      const upcoming = res.body.slice(
        res.body.indexOf("events-upcoming"),
        res.body.indexOf("events-past"),
      );
      const past = res.body.slice(res.body.indexOf("events-past"));
      expect(upcoming).toContain("spring meeting 2027");
      expect(past).toContain("UN General Assembly side event");
      expect(past).toContain("Revitalising the International Steering Committee");
      expect(past.indexOf("UN General Assembly")).toBeLessThan(past.indexOf("Revitalising"));
    });

    it("shows the side event in its own time zone, with its co-sponsors, speakers, attendance, recording and JSON-LD", async () => {
      const res = await get("/en/network/events/un-general-assembly-2021-side-event");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("Thursday, 30 September 2021 at 10:00");
      expect(res.body).toContain('datetime="2021-09-30T10:00:00-04:00"');
      expect(res.body).toContain("Times in Eastern Time");
      expect(res.body).toContain("120 participants from 38 countries");
      expect(res.body).toContain("Ministry of Foreign Affairs of North Macedonia");
      expect(res.body).toContain("U.S. Department of State");
      expect(res.body).not.toMatch(/European Union|Union européenne/);
      for (const name of [
        "Uzra Zeya",
        "Vladimir Voronkov",
        "Naheed Nenshi",
        "Bill Peduto",
        "Andy Burnham",
      ])
        expect(res.body).toContain(name);
      expect(res.body).toContain("youtube");
      expect(res.body).toContain(
        '<a href="/en/events/un-general-assembly-2021-virtual-side-event">Read the summary: Side event: the full summary</a>',
      );
      const [event] = jsonLdOf(res.body).filter((d) => d["@type"] === "Event");
      expect(event).toMatchObject({
        startDate: "2021-09-30T10:00:00-04:00",
        endDate: "2021-09-30T11:30:00-04:00",
        eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
        location: { "@type": "VirtualLocation" },
      });
      expect((event?.sponsor as { name: string }[]).map((s) => s.name)).toEqual([
        "Ministry of Foreign Affairs of North Macedonia",
        "U.S. Department of State",
      ]);
      expect(event?.performer).toHaveLength(5);
      expect((await get("/en/network/events/nothing-here")).statusCode).toBe(404);
    });

    it("serves an event's iCalendar file that parses back to the same instants", async () => {
      const res = await get("/en/network/events/un-general-assembly-2021-side-event/calendar.ics");
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
      for (const line of res.body.split("\r\n"))
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const calendar = new ICAL.Component(ICAL.parse(res.body));
      const [vevent] = calendar.getAllSubcomponents("vevent");
      const event = new ICAL.Event(vevent);
      expect(event.startDate.toJSDate().toISOString()).toBe("2021-09-30T14:00:00.000Z");
      expect(event.endDate.toJSDate().toISOString()).toBe("2021-09-30T15:30:00.000Z");
      expect(event.summary).toContain("The Role of Cities in Advancing Global Efforts");
      expect(event.description).toContain("Time zone: Eastern Time");
      expect(event.description).toContain(
        "Co-sponsored by: Ministry of Foreign Affairs of North Macedonia, U.S. Department of State",
      );
    });

    it("serves a feed of upcoming events only", async () => {
      const res = await get("/en/network/events.ics");
      expect(res.statusCode).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(res.body));
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.summary)).toEqual([
        "International Steering Committee: spring meeting 2027",
      ]);
      // 14:00 in Brussels in March (CET, UTC+1).
      expect(events[0]?.startDate.toJSDate().toISOString()).toBe("2027-03-17T13:00:00.000Z");
    });

    it("lists every reader-facing text for the translation pipeline, and loads the demo only once", async () => {
      const fields = await listTranslatableFields(t.database.db);
      expect(fields).toContainEqual(
        expect.objectContaining({
          table: "people",
          field: "title",
          text: "Mayor of Calgary (Canada)",
          sourceLanguage: "en",
        }),
      );
      expect(fields.some((f) => f.table === "event_sessions" && f.text === "Mayors' panel")).toBe(
        true,
      );
      expect(fields.some((f) => f.table === "hubs" && f.field === "description")).toBe(true);
      const again = await loadNetworkDemo(t.database.db, { now: new Date(), sourceLanguage: "en" });
      expect(again.created).toBe(0);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`the cities directory, page by page (${dialect})`, () => {
    let t: TestApp;
    const get = (url: string) => t.app.inject({ method: "GET", url });
    const listed = (body: string) =>
      [...body.matchAll(/<li><a href="\/en\/network\/cities\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    const added = 2 * CITIES_PER_PAGE + 4;
    const total = DEMO_CITIES.length + added;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr"] } });
      const db = t.database.db;
      await seedNetwork(db);
      await insertTestCities(db, numberedNames("Rivertown", added, 0));
      await t.app.civitas.refreshContentVersion();
    });
    afterAll(async () => {
      await t.close();
    });

    it("lists one page of cities with the count of all of them, and links the next page", async () => {
      const res = await get("/en/network");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`${total} member cities in 7 regions`);
      expect(listed(res.body)).toHaveLength(CITIES_PER_PAGE);
      // The map draws the page's cities, not the whole network.
      const svg = res.body.slice(res.body.indexOf("<svg"), res.body.indexOf("</svg>"));
      expect(labelledLinks(svg)).toHaveLength(CITIES_PER_PAGE);
      expect(res.body).toContain(`Page 1 of ${Math.ceil(total / CITIES_PER_PAGE)}`);
      expect(res.body).toContain('<a href="/en/network?page=2" rel="next">');
      expect(res.body).not.toContain('rel="prev"');
    });

    it("reaches every city through the pages, and answers 404 past the last one", async () => {
      const pages = Math.ceil(total / CITIES_PER_PAGE);
      const seen: string[] = [];
      for (let page = 1; page <= pages; page += 1) {
        const res = await get(`/en/network?page=${page}`);
        expect(res.statusCode, `page ${page}`).toBe(200);
        seen.push(...listed(res.body).map(String));
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const second = await get("/en/network?page=2");
      expect(second.body).toContain('<a href="/en/network" rel="prev">');
      expect(second.body).toContain('<link rel="canonical" href="https://');
      expect(second.body).toMatch(/<link rel="canonical" href="[^"]*\/en\/network\?page=2"/);
      expect((await get(`/en/network?page=${pages + 1}`)).statusCode).toBe(404);
      expect((await get("/en/network?page=0")).statusCode).toBe(400);
      expect((await get("/en/network?page=two")).statusCode).toBe(400);
    });

    it("keeps the search and the filters in the page links, and counts only the matches", async () => {
      const res = await get("/en/network?q=rivertown&region=europe&country=fr&page=2");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`${added} member cities in 1 region`);
      expect(res.body).toContain(
        'href="/en/network?q=rivertown&amp;region=europe&amp;country=FR&amp;page=3" rel="next"',
      );
      expect(res.body).toContain(
        'href="/en/network?q=rivertown&amp;region=europe&amp;country=FR" rel="prev"',
      );
      const last = await get("/en/network?q=rivertown&region=europe&country=FR&page=3");
      expect(listed(last.body)).toEqual([
        "rivertown-200",
        "rivertown-201",
        "rivertown-202",
        "rivertown-203",
      ]);
      expect((await get("/en/network?q=rivertown&page=4")).statusCode).toBe(404);
      // No match is still a page (the first), saying so.
      const none = await get("/en/network?q=atlantis");
      expect(none.statusCode).toBe(200);
      expect(none.body).toContain("No member city matches these filters.");
    });

    it("lists on the hubs page only the cities of a hub", async () => {
      const res = await get("/en/network/hubs");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("/en/network/cities/narayanganj");
      expect(res.body).not.toContain("/en/network/cities/calgary");
      expect(res.body).not.toContain("Rivertown");
    });

    it("still lists every city in the sitemap", async () => {
      const res = await get("/sitemap.xml");
      const locs = [...res.body.matchAll(/<loc>[^<]*\/en\/network\/cities\/([^<]+)<\/loc>/g)];
      expect(locs).toHaveLength(total);
    });
  });
}
