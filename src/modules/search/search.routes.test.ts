import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { archiveItem, publishItem, saveItem, unpublishItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { seedNetwork } from "../network/network.test-kit.js";
import { searchEngineOf } from "./engines.js";
import { rebuildIndex } from "./indexer.service.js";
import { drainJobs } from "../../test-support/jobs.js";
import { addLiveTranslation } from "./search.test-kit.js";

interface ApiResult {
  title: string;
  url: string;
  snippetHtml: string;
  isSourceOnly: boolean;
  textLanguage: string;
  kind: string;
}
interface ApiBody {
  total: number;
  pages: number;
  results: ApiResult[];
  facets: { facet: string; values: { id: string; label: string; count: number }[] }[];
}

for (const dialect of DIALECTS) {
  describe(`search pages and API on ${dialect}`, () => {
    let t: TestApp;
    const now = new Date("2026-11-26T12:00:00Z");
    const publish = async (draft: Parameters<typeof makeDraft>[0], publishedAt?: string) => {
      const saved = await saveItem(t.database.db, { draft: makeDraft(draft), actorId: null, now });
      await publishItem(t.database.db, {
        itemId: saved.item.id,
        now,
        ...(publishedAt ? { publishedAt: new Date(publishedAt) } : {}),
      });
      return saved;
    };
    const api = async (query: string) => {
      const res = await t.app.inject(`/api/v1/search?${query}`);
      return { status: res.statusCode, body: res.json<ApiBody & { error?: { code: string } }>() };
    };
    const titles = async (query: string) => (await api(query)).body.results.map((r) => r.title);

    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr", "es", "ar"] } });
      await seedNetwork(t.database.db);
      const climate = await publish(
        {
          slug: "climate-plan",
          title: "Climate plan for coastal cities",
          summary: "How cities adapt.",
          body: "Every city shares its résumé of adaptation work.",
          tags: ["Climate"],
        },
        "2025-03-01T00:00:00Z",
      );
      await publish({
        slug: "water-notes",
        type: "resource",
        title: "Water notes",
        summary: "Rain and rivers.",
        body: "A climate adaptation toolkit for the city of tomorrow.",
        tags: ["Climate"],
      });
      await publish({
        slug: "hostile",
        title: "<script>alert(1)</script> markup test",
        summary: 'Markup <b>bold</b> & "quotes" in a summary about markup.',
        body: "Plain.",
      });
      for (let i = 0; i < 12; i += 1)
        await publish({ slug: `bulk-${i}`, title: `Bulletin ${i}`, body: "Weekly bulletin." });
      await addLiveTranslation(t.database.db, {
        itemId: climate.item.id,
        revisionId: climate.revision.id,
        language: "fr",
        slug: "plan-climat",
        title: "Plan climat pour les villes côtières",
        summary: "Comment les villes s’adaptent.",
        body: "Chaque ville partage son résumé du travail d’adaptation.",
      });
      await addLiveTranslation(t.database.db, {
        itemId: climate.item.id,
        revisionId: climate.revision.id,
        language: "ar",
        slug: "khitat-almunakh",
        title: "خُطّة المناخ للمُدن الساحلية",
        summary: "كيف تتكيف المدن.",
        body: "تشارك كل مدينة ملخص أعمال التكيف.",
      });
      // Publishing queued ContentChangedTask; the worker turns them into index updates.
      await drainJobs(t.app);
      await rebuildIndex({
        db: t.database.db,
        engine: searchEngineOf(t.database.db),
        config: t.config,
        now: () => now,
      });
    }, 30_000);
    afterAll(async () => {
      await t.close();
    });

    it("finds published items from the header's search box, stemmed", async () => {
      const res = await t.app.inject("/en/search?q=COASTAL%20city");
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("1 result for “COASTAL city”");
      expect(res.body).toContain('href="/en/news/climate-plan"');
      expect(res.body).toContain("<mark>cities</mark>");
    });

    it("searches the French text for French readers: villes finds ville, accents folded", async () => {
      expect(await titles("q=ville&lang=fr")).toEqual(["Plan climat pour les villes côtières"]);
      expect(await titles("q=cotieres%20RESUME&lang=fr")).toEqual([
        "Plan climat pour les villes côtières",
      ]);
      const page = await t.app.inject("/fr/search?q=villes");
      expect(page.body).toContain('href="/fr/news/plan-climat"');
    });

    it("normalises Arabic: tashkeel and letter forms", async () => {
      expect(await titles(`q=${encodeURIComponent("خطه المدن")}&lang=ar`)).toEqual([
        "خُطّة المناخ للمُدن الساحلية",
      ]);
    });

    it("finds items only in their source language from another language, marked", async () => {
      const { body } = await api("q=toolkit&lang=es");
      expect(body.results).toMatchObject([
        { title: "Water notes", isSourceOnly: true, textLanguage: "en" },
      ]);
      const page = await t.app.inject("/es/search?q=toolkit");
      expect(page.body).toContain("Aún sin traducir");
      expect(page.body).toContain('lang="en"');
    });

    it("searches cities, hubs and people of the network", async () => {
      const { body } = await api("q=hub&lang=en");
      expect(body.results.some((r) => r.kind === "hub")).toBe(true);
      const kinds = body.facets.find((f) => f.facet === "kind")?.values.map((v) => v.id);
      expect(kinds).toContain("hub");
    });

    it("ranks a title match above a body match, and matches phrases", async () => {
      expect(await titles("q=climate&lang=en")).toEqual([
        "Climate plan for coastal cities",
        "Water notes",
      ]);
      expect(await titles(`q=${encodeURIComponent('"adaptation toolkit"')}&lang=en`)).toEqual([
        "Water notes",
      ]);
      expect(await titles(`q=${encodeURIComponent('"toolkit adaptation"')}&lang=en`)).toEqual([]);
    });

    it("matches the last word as a prefix while typing", async () => {
      expect(await titles("q=toolk&lang=en")).toEqual([]);
      expect(await titles("q=toolk&lang=en&prefix=true")).toEqual(["Water notes"]);
    });

    it("counts and applies facets: type, tag, year", async () => {
      const { body } = await api("q=climate&lang=en");
      const facet = (name: string) =>
        body.facets.find((f) => f.facet === name)?.values.map((v) => [v.id, v.count]);
      expect(facet("kind")).toEqual([
        ["news", 1],
        ["resource", 1],
      ]);
      expect(facet("tag")).toEqual([["climate", 2]]);
      expect(facet("year")).toEqual([
        ["2026", 1],
        ["2025", 1],
      ]);
      expect(await titles("q=climate&lang=en&type=resource")).toEqual(["Water notes"]);
      expect(await titles("q=climate&lang=en&year=2025")).toEqual([
        "Climate plan for coastal cities",
      ]);
      const page = await t.app.inject("/en/search?q=climate&tag=climate&type=news");
      expect(page.body).toContain("1 result for");
      expect(page.body).toContain("Remove this filter");
    });

    it("pages results", async () => {
      const first = await api("q=bulletin&lang=en&limit=5");
      const third = await api("q=bulletin&lang=en&limit=5&page=3");
      expect(first.body.total).toBe(12);
      expect(first.body.pages).toBe(3);
      expect(third.body.results).toHaveLength(2);
      const page2 = await t.app.inject("/en/search?q=bulletin&page=2");
      expect(page2.body).toContain('rel="prev"');
    });

    it("escapes snippets and titles: markup in content is never HTML", async () => {
      const page = await t.app.inject("/en/search?q=markup");
      expect(page.body).not.toContain("<script>alert");
      expect(page.body).not.toContain("<b>bold</b>");
      expect(page.body).toContain("&lt;b>bold&lt;/b>");
      const { body } = await api("q=markup&lang=en");
      const html = body.results[0]?.snippetHtml ?? "";
      expect(html).toContain("<mark>");
      expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
      const reflected = await t.app.inject(
        `/en/search?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
      );
      expect(reflected.body).not.toContain("<img src=x");
    });

    it("answers an empty query with help, refuses bad ones clearly, never a 500", async () => {
      const empty = await t.app.inject("/en/search?q=");
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain("Type a few words");
      const tooLong = await t.app.inject(`/en/search?q=${"word ".repeat(100)}`);
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.body).toContain("Your search is too long");
      const signs = await t.app.inject("/en/search?q=%2A%28%29%3A");
      expect(signs.statusCode).toBe(400);
      expect((await api(`q=${"x ".repeat(20)}&lang=en`)).body.error?.code).toBe(
        "query_too_many_words",
      );
      expect((await api("q=&lang=en")).body.error?.code).toBe("query_empty");
      expect((await api("q=city&lang=xx")).status).toBe(400);
      expect((await t.app.inject("/en/search?q=a&q=b")).statusCode).toBe(200);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ maxLength: 80, unit: "binary" }),
            fc
              .array(
                fc.constantFrom(
                  '"',
                  "*",
                  "NEAR",
                  ":",
                  "-",
                  "(",
                  ")",
                  "&",
                  "|",
                  "!",
                  "^",
                  "title",
                  "ville",
                  " ",
                ),
                { maxLength: 12 },
              )
              .map((parts) => parts.join("")),
          ),
          async (q) => {
            const page = await t.app.inject(`/en/search?q=${encodeURIComponent(q)}`);
            expect([200, 400]).toContain(page.statusCode);
            const json = await api(`q=${encodeURIComponent(q)}&lang=fr&prefix=true`);
            expect([200, 400]).toContain(json.status);
          },
        ),
        { numRuns: 60 },
      );
    });

    it("keeps a repeated search in the page cache until the index changes", async () => {
      const url = "/en/search?q=quokka";
      await publish({ slug: "quokka-one", title: "First quokka" });
      await drainJobs(t.app);
      await t.app.civitas.refreshContentVersion();
      expect((await t.app.inject(url)).body).toContain("First quokka");
      expect(t.app.civitas.pageCache.get(url)).toBeDefined();
      // Only the query a search reads, written as parsed, is kept.
      await t.app.inject(`${url}&utm_source=mail`);
      expect(t.app.civitas.pageCache.get(`${url}&utm_source=mail`)).toBeUndefined();
      // Published, not yet indexed: the page renders (and is cached) without it.
      await publish({ slug: "quokka-two", title: "Second quokka" });
      await t.app.civitas.refreshContentVersion();
      expect((await t.app.inject(url)).body).not.toContain("Second quokka");
      // The index's write moves the content version: the cached search is out of date.
      await drainJobs(t.app);
      await t.app.civitas.refreshContentVersion();
      expect((await t.app.inject(url)).body).toContain("Second quokka");
    });

    it("follows publishing, unpublishing and archiving through the job queue", async () => {
      const saved = await publish({ slug: "ephemeral", title: "Ephemeral zeppelin" });
      await drainJobs(t.app);
      expect(await titles("q=zeppelin&lang=en")).toEqual(["Ephemeral zeppelin"]);
      await unpublishItem(t.database.db, { itemId: saved.item.id, now });
      await drainJobs(t.app);
      expect(await titles("q=zeppelin&lang=en")).toEqual([]);
      await publishItem(t.database.db, {
        itemId: saved.item.id,
        now: new Date(now.getTime() + 1000),
      });
      await drainJobs(t.app);
      expect(await titles("q=zeppelin&lang=en")).toEqual(["Ephemeral zeppelin"]);
      await archiveItem(t.database.db, {
        itemId: saved.item.id,
        now: new Date(now.getTime() + 2000),
      });
      await drainJobs(t.app);
      expect(await titles("q=zeppelin&lang=en")).toEqual([]);
    });
  });
}
