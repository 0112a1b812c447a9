import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaDir } from "../../platform/config.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { publishItem, saveItem } from "./item.service.js";
import { storeDocument, storeImage } from "./media.service.js";
import { makeDraft, makeJpeg, makePdf } from "./factories.test-kit.js";

const BODY = [
  "The month of September was marked by two important events for the network.",
  "",
  "## The steering committee",
  "",
  "On 22 September, mayors from about twenty cities met. ".repeat(60),
  "",
  '![A hall with rows of seats](/media/x.jpg "Mayors in the hall")',
  "",
  "Read [the summary](/en/events/committee).",
].join("\n");

for (const dialect of DIALECTS) {
  describe(`public site on ${dialect}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const { db } = t.database;
      const now = new Date("2021-10-19T09:00:00Z");
      const image = await storeImage(db, {
        bytes: await makeJpeg(),
        originalName: "hero.jpg",
        altText: "",
        mediaDir: mediaDir(t.config),
        actorId: null,
        now,
      });
      const pdf = await storeDocument(db, {
        bytes: makePdf(),
        originalName: "fact-sheet.pdf",
        mediaDir: mediaDir(t.config),
        actorId: null,
        now,
      });
      const article = await saveItem(db, {
        draft: makeDraft({
          slug: "september-update",
          title: "Strong Cities Network: September updates",
          summary: "Two important events in September.",
          body: BODY,
          tags: ["Steering Committee", "UN General Assembly"],
          heroMediaId: image.id,
          heroAlt: "Participants of the side event",
          heroCaption: "In total, more than 120 participants from 38 countries attended.",
          videoUrl: "https://www.youtube.com/watch?v=2Vv-BfVoq4g",
          attachments: [{ mediaId: pdf.id, title: "Updated fact sheet" }],
        }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: article.item.id, now });
      const related = await saveItem(db, {
        draft: makeDraft({
          slug: "committee-news",
          title: "Committee news",
          tags: ["Steering Committee"],
        }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: related.item.id, now: new Date("2021-09-23T09:00:00Z") });
      const event = await saveItem(db, {
        draft: makeDraft({
          type: "event",
          slug: "unga-side-event",
          title: "UNGA side event",
          startsAt: "2021-09-30T14:00:00Z",
          endsAt: "2021-09-30T15:30:00Z",
          timeZone: "America/New_York",
          attendanceMode: "online",
          location: "Online",
        }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: event.item.id, now });
      for (let i = 0; i < 14; i += 1) {
        const item = await saveItem(db, {
          draft: makeDraft({
            slug: `filler-${i}`,
            title: `Filler ${i}`,
            tags: i % 2 ? ["Youth"] : [],
          }),
          actorId: null,
          now,
        });
        await publishItem(db, { itemId: item.item.id, now: new Date(Date.UTC(2020, 0, i + 1)) });
      }
      const draftOnly = await saveItem(db, {
        draft: makeDraft({ slug: "secret-draft", title: "Secret draft" }),
        actorId: null,
        now,
      });
      expect(draftOnly.item.status).toBe("draft");
      await t.app.civitas.refreshContentVersion();
    });
    afterAll(async () => {
      await t.close();
    });

    it("answers /healthz with the database reachable", async () => {
      const res = await t.app.inject("/healthz");
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: "ok", database: { dialect, reachable: true } });
    });

    it("redirects / to the reader's language", async () => {
      const res = await t.app.inject({
        url: "/",
        headers: { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" },
      });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe("/en");
      expect(res.headers.vary).toContain("Accept-Language");
    });

    it("moves an address with a trailing slash to the canonical one (301), the query kept", async () => {
      // This site serves English only; the languages of a four-language site are in trailing-slash.test.ts.
      for (const [asked, canonical] of <[string, string][]>[
        ["/en/", "/en"],
        ["/en/news/", "/en/news"],
        ["/en/news/september-update/", "/en/news/september-update"],
        ["/en/search/?q=cities", "/en/search?q=cities"],
      ]) {
        const res = await t.app.inject(asked);
        expect(res.statusCode).toBe(301);
        expect(res.headers.location).toBe(canonical);
      }
      expect((await t.app.inject("/en")).statusCode).toBe(200);
      expect((await t.app.inject("/fr/")).statusCode).toBe(404);
    });

    it("shows an article with everything the network's page has", async () => {
      const res = await t.app.inject("/en/news/september-update");
      expect(res.statusCode).toBe(200);
      const html = res.body;
      expect(html).toContain('<html lang="en" dir="ltr">');
      expect(html).toContain(
        '<h1 class="page-title" dir="auto">Strong Cities Network: September updates</h1>',
      );
      expect(html).toContain('<time datetime="2021-10-19T09:00:00.000Z">19 October 2021</time>');
      expect(html).toContain("Content type");
      expect(html).toMatch(
        /<a href="\/en\/tags\/steering-committee" rel="tag">Steering Committee<\/a>/,
      );
      expect(html).toContain(
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcities.example.org%2Fen%2Fnews%2Fseptember-update",
      );
      expect(html).toContain("https://www.linkedin.com/sharing/share-offsite/?url=");
      expect(html).toContain("https://x.com/intent/post?url=");
      expect(html).toContain("mailto:?subject=");
      expect(html).toContain("data-copy-url=");
      expect(html).toMatch(/<p class="reading-time">3 minutes reading time<\/p>/);
      expect(html).toContain(
        "Above: In total, more than 120 participants from 38 countries attended.",
      );
      expect(html).toMatch(
        /srcset="\/media\/img-[0-9a-f]+-480\.webp 480w, \/media\/img-[0-9a-f]+-960\.webp 960w"/,
      );
      expect(html).toContain('id="the-steering-committee"');
      expect(html).toContain("<figcaption>Mayors in the hall</figcaption>");
      expect(html).toContain('data-video-id="2Vv-BfVoq4g"');
      expect(html).toContain('href="https://www.youtube.com/watch?v=2Vv-BfVoq4g"');
      expect(html).not.toContain("<iframe");
      expect(html).toMatch(/Updated fact sheet<\/a><span class="meta">PDF, [\d.]+ kB/);
      expect(html).toContain("Committee news");
      expect(html).toContain(
        '<link rel="canonical" href="https://cities.example.org/en/news/september-update"/>',
      );
      expect(html).toContain(
        '<meta property="og:title" content="Strong Cities Network: September updates"/>',
      );
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
      const jsonLd = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "{}",
      ) as Record<string, unknown>;
      expect(jsonLd).toMatchObject({
        "@type": "NewsArticle",
        headline: "Strong Cities Network: September updates",
        datePublished: "2021-10-19T09:00:00.000Z",
      });
    });

    it("describes an event with JSON-LD Event in its own time zone", async () => {
      const res = await t.app.inject("/en/events/unga-side-event");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("Thursday, 30 September 2021 at 10:00");
      const jsonLd = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/.exec(res.body)?.[1] ?? "{}",
      ) as Record<string, unknown>;
      expect(jsonLd).toMatchObject({
        "@type": "Event",
        startDate: "2021-09-30T14:00:00.000Z",
        eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      });
      // The zone by its name for readers, not its IANA name; "Online" said once, by the format row.
      expect(res.body).toContain("Times are given in Eastern Time.");
      expect(res.body).not.toMatch(/>[^<]*America\/New_York/);
      expect(res.body).toContain("<dt>Format</dt><dd>Virtual</dd>");
      expect(res.body).not.toContain("<dt>Where</dt>");
    });

    it("sends strict security headers on every page", async () => {
      for (const url of ["/en", "/en/news/september-update", "/en/nope", "/healthz"]) {
        const res = await t.app.inject(url);
        const csp = String(res.headers["content-security-policy"]);
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain("unsafe-inline");
        expect(res.headers["x-content-type-options"]).toBe("nosniff");
        expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      }
    });

    it("answers 304 to a matching If-None-Match or If-Modified-Since", async () => {
      const first = await t.app.inject("/en/news/september-update");
      const etag = String(first.headers.etag);
      expect(first.headers["last-modified"]).toBe("Tue, 19 Oct 2021 09:00:00 GMT");
      const byEtag = await t.app.inject({
        url: "/en/news/september-update",
        headers: { "if-none-match": etag },
      });
      expect(byEtag.statusCode).toBe(304);
      expect(byEtag.body).toBe("");
      const byDate = await t.app.inject({
        url: "/en/news/september-update",
        headers: { "if-modified-since": "Tue, 19 Oct 2021 09:00:00 GMT" },
      });
      expect(byDate.statusCode).toBe(304);
      const changed = await t.app.inject({
        url: "/en/news/september-update",
        headers: { "if-none-match": '"other"' },
      });
      expect(changed.statusCode).toBe(200);
    });

    it("paginates listings and filters them by tag", async () => {
      const first = await t.app.inject("/en/news");
      expect(first.statusCode).toBe(200);
      expect(first.body).toContain('rel="next"');
      expect(first.body).toContain("Page 1 of 2");
      const second = await t.app.inject("/en/news?page=2");
      expect(second.body).toContain('rel="prev"');
      const tagged = await t.app.inject("/en/news?tag=youth");
      expect(tagged.statusCode).toBe(200);
      expect(tagged.body).toContain("Tagged “Youth”");
      expect((tagged.body.match(/class="card"/g) ?? []).length).toBe(7);
      expect(first.body).not.toContain("Secret draft");
      const tagPage = await t.app.inject("/en/tags/steering-committee");
      expect(tagPage.statusCode).toBe(200);
      expect(tagPage.body).toContain("2 items");
    });

    it("shows the home page with latest news, upcoming events and resources", async () => {
      const res = await t.app.inject("/en");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("Latest news");
      expect(res.body).toContain("Upcoming events");
      expect(res.body).toContain("Featured resources");
      expect(res.body).toContain('role="search"');
    });

    it("answers unknown pages with a 404 page in the page's language", async () => {
      for (const url of [
        "/en/news/nope",
        "/xx/news/september-update",
        "/en/no-such-page",
        "/en/news/september-update/extra",
        "/en/news/secret-draft",
        "/en/tags/nope",
      ]) {
        const res = await t.app.inject(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body).toContain('<html lang="en"');
        expect(res.body).toContain("Page not found");
      }
    });

    it("answers 404 for a tag only unpublished revisions use, like an unknown tag", async () => {
      const { db } = t.database;
      const now = new Date("2021-10-19T09:00:00Z");
      await saveItem(db, {
        draft: makeDraft({ slug: "secret-plans", title: "Secret plans", tags: ["Secret project"] }),
        actorId: null,
        now,
      });
      const live = await saveItem(db, {
        draft: makeDraft({ type: "resource", slug: "live-guide", title: "Live guide" }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: live.item.id, now });
      await saveItem(db, {
        itemId: live.item.id,
        draft: makeDraft({
          type: "resource",
          slug: "live-guide",
          title: "Live guide",
          tags: ["Next season"],
        }),
        actorId: null,
        now,
      });
      await t.app.civitas.refreshContentVersion();
      for (const url of [
        "/en/tags/secret-project",
        "/en/tags/next-season",
        "/en/news?tag=secret-project",
        "/en/resources?tag=next-season",
      ]) {
        const res = await t.app.inject(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body, url).not.toMatch(/Secret project|Next season/);
      }
      expect((await t.app.inject("/en/tags/steering-committee")).statusCode).toBe(200);
    });

    it("isolates titles where they are shown, so one stored with U+202E reverses nothing around it", async () => {
      const { db } = t.database;
      const now = new Date("2021-10-19T09:00:00Z");
      const saved = await saveItem(db, {
        draft: makeDraft({ slug: "legacy-title", title: "Legacy title" }),
        actorId: null,
        now,
      });
      await publishItem(db, { itemId: saved.item.id, now: new Date("2030-01-01T00:00:00Z") });
      // Stored before such characters were refused at the edge.
      await db
        .updateTable("revisions")
        .set({ title: "Mayors \u202emeet\u202c in مراكش" })
        .where("id", "=", saved.revision.id)
        .execute();
      await t.app.civitas.refreshContentVersion();
      const page = await t.app.inject("/en/news/legacy-title");
      expect(page.body).toContain(
        '<h1 class="page-title" dir="auto">Mayors \u202emeet\u202c in مراكش</h1>',
      );
      const listing = await t.app.inject("/en/news");
      expect(listing.body).toContain(
        '<a href="/en/news/legacy-title" dir="auto">Mayors \u202emeet\u202c in مراكش</a>',
      );
    });

    it("refuses malformed or huge query parameters with 400, never 500", async () => {
      for (const url of [
        "/en/news?page=abc",
        "/en/news?page=0",
        "/en/news?page=1&page=2",
        `/en/news?tag=${"x".repeat(500)}`,
        "/en/news?tag=%3Cscript%3E",
        "/en/tags/steering-committee?page=-1",
      ]) {
        const res = await t.app.inject(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.body).toContain("Bad request");
      }
      const huge = await t.app.inject(`/en/news?q=${"a".repeat(10_000)}`);
      expect(huge.statusCode).toBe(414);
      const api = await t.app.inject({
        url: "/en/news?page=abc",
        headers: { accept: "application/json" },
      });
      expect(api.json()).toMatchObject({ error: { code: "invalid_request" } });
    });

    it("caches a page once whatever query string it does not read is added", async () => {
      const cache = t.app.civitas.pageCache;
      await t.app.civitas.refreshContentVersion();
      await t.app.inject("/en/news/september-update");
      await t.app.inject("/en/news?page=2");
      const size = cache.size;
      const bytes = cache.bytes;
      for (let i = 0; i < 50; i++) {
        for (const url of [
          `/en/news/september-update?u=${i}`,
          `/en/news?page=2&u=${i}`,
          `/en/news?page=${"0".repeat(i + 1)}2`,
          `/en/tags/steering-committee?utm_source=${i}`,
          `/en?${"&".repeat(i + 1)}`,
        ]) {
          const res = await t.app.inject(url);
          expect(res.statusCode, url).toBe(200);
        }
      }
      expect(cache.size).toBe(size);
      expect(cache.bytes).toBe(bytes);
      // The parameters a page reads, written as it reads them, are cached.
      expect((await t.app.inject("/en/news?tag=youth&page=1")).statusCode).toBe(200);
      await t.app.inject("/en/tags/steering-committee?page=1");
      expect(cache.size).toBe(size + 2);
    });

    it("drops cached pages when content changes", async () => {
      const { db } = t.database;
      const created = await saveItem(db, {
        draft: makeDraft({ slug: "revisable", title: "First words" }),
        actorId: null,
        now: new Date("2021-10-19T09:00:00Z"),
      });
      await publishItem(db, { itemId: created.item.id, now: new Date("2021-10-19T09:00:00Z") });
      await t.app.civitas.refreshContentVersion();
      const before = await t.app.inject("/en/news/revisable");
      expect(before.body).toContain("First words");
      const saved = await saveItem(db, {
        itemId: created.item.id,
        draft: makeDraft({ slug: "revisable", title: "Second words" }),
        actorId: null,
        now: new Date("2021-10-20T09:00:00Z"),
      });
      await t.app.civitas.refreshContentVersion();
      const unchanged = await t.app.inject("/en/news/revisable");
      expect(unchanged.body).toContain("First words");
      await publishItem(db, {
        itemId: created.item.id,
        revisionId: saved.revision.id,
        now: new Date("2021-10-20T09:00:00Z"),
      });
      await t.app.civitas.refreshContentVersion();
      const after = await t.app.inject("/en/news/revisable");
      expect(after.body).toContain("Second words");
      expect(after.body).toContain("Last updated");
      expect(after.headers.etag).not.toBe(before.headers.etag);
    });

    it("publishes RSS, Atom, a sitemap and robots.txt", async () => {
      const rss = await t.app.inject("/en/feed.rss");
      expect(rss.headers["content-type"]).toContain("application/rss+xml");
      expect(rss.body).toContain(
        "<link>https://cities.example.org/en/news/september-update</link>",
      );
      expect(rss.body).not.toContain("Secret draft");
      const atom = await t.app.inject("/en/feed.atom");
      expect(atom.headers["content-type"]).toContain("application/atom+xml");
      expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
      const sitemap = await t.app.inject("/sitemap.xml");
      expect(sitemap.body).toContain(
        "<loc>https://cities.example.org/en/events/unga-side-event</loc>",
      );
      expect(sitemap.body).not.toContain("secret-draft");
      const robots = await t.app.inject("/robots.txt");
      expect(robots.body).toContain("Sitemap: https://cities.example.org/sitemap.xml");
    });

    it("serves media variants and hashed assets with long-lived caching", async () => {
      const html = (await t.app.inject("/en/news/september-update")).body;
      const media = /src="(\/media\/img-[^"]+\.jpg)"/.exec(html)?.[1];
      const css = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(html)?.[1];
      for (const url of [media, css]) {
        const res = await t.app.inject(String(url));
        expect(res.statusCode, `${url} ${res.body.slice(0, 200)}`).toBe(200);
        expect(String(res.headers["cache-control"])).toContain("immutable");
      }
      expect((await t.app.inject("/media/../civitas.db")).statusCode).toBe(404);
    });

    it("links the network's channels from the header when configured", async () => {
      const other = await buildTestApp(dialect, {
        config: {
          social: {
            youtube: "https://www.youtube.com/@network",
            linkedin: "https://www.linkedin.com/company/network",
          },
        },
      });
      try {
        const res = await other.app.inject("/en");
        expect(res.body).toContain(
          '<a href="https://www.youtube.com/@network" rel="me noopener noreferrer">YouTube</a>',
        );
        expect(res.body).toContain("LinkedIn");
        expect(res.body).not.toContain("Facebook</a>");
      } finally {
        await other.close();
      }
    });
  });
}
