import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database, DialectName } from "../../platform/db/database.js";
import { createTestDatabase } from "../../test-support/databases.js";
import { SOURCE_ONLY } from "../content/localization.js";
import { createSearchEngine } from "./engines.js";
import type { IndexDocument, SearchEngine } from "./search-engine.js";
import { runSearch, type SearchInput } from "./search.service.js";
import { makeIndexDocument } from "./search.test-kit.js";

const LANGUAGES = ["en", "fr", "es"] as const;
const WORDS: Record<(typeof LANGUAGES)[number], string[]> = {
  en: "city cities mayor mayors network climate plan plans water the youth summit report".split(
    " ",
  ),
  fr: "ville villes maire réseau climat plan plans eau la jeunesse sommet rapport conseil".split(
    " ",
  ),
  es: "ciudad ciudades alcalde red clima plan planes agua la juventud cumbre informe consejo".split(
    " ",
  ),
};

/** A small corpus drawn from few words, so queries match often and in many ways. */
function corpus(): IndexDocument[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: 240 }, (_, i) => {
    const lang = LANGUAGES[i % 3] ?? "en";
    const text = (n: number) => Array.from({ length: n }, () => pick(WORDS[lang])).join(" ");
    return makeIndexDocument({
      refId: 10_000 + i,
      language: lang,
      scopes: i % 4 === 0 ? [...LANGUAGES] : [lang],
      kind: pick(["news", "resource", "event"] as const),
      title: text(3),
      body: text(12),
      year: String(2020 + (i % 5)),
      tagIds: [1 + (i % 3)],
    });
  });
}

// Both engines, the same texts, any query: the same matches.
describe("the SQLite and PostgreSQL engines", () => {
  const engines = new Map<DialectName, { database: Database<DB>; engine: SearchEngine }>();
  const search = (dialect: DialectName, input: SearchInput) => {
    const found = engines.get(dialect);
    if (!found) throw new Error(`no ${dialect} engine`);
    return runSearch(
      { db: found.database.db, engine: found.engine, localizer: SOURCE_ONLY, languages: LANGUAGES },
      input,
    );
  };

  beforeAll(async () => {
    const documents = corpus();
    for (const dialect of ["sqlite", "postgres"] as const) {
      const database = await createTestDatabase(dialect);
      const engine = createSearchEngine(dialect);
      await database.db.transaction().execute((trx) => engine.replaceDocuments(trx, [], documents));
      engines.set(dialect, { database, engine });
    }
  });
  afterAll(async () => {
    for (const { database } of engines.values()) await database.destroy();
  });

  it("find the same texts for any query, filter and language", async () => {
    const word = fc.constantFrom(...Object.values(WORDS).flat());
    const query = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")),
      fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
      word.map((w) => w.slice(0, 3)),
    );
    await fc.assert(
      fc.asyncProperty(
        query,
        fc.constantFrom(...LANGUAGES),
        fc.boolean(),
        fc.constantFrom(undefined, "news", "event"),
        async (q, lang, prefix, type) => {
          const input = {
            q,
            lang,
            prefix,
            page: 1,
            pageSize: 50,
            filters: type ? { type } : {},
          };
          const [lite, pg] = await Promise.all([
            search("sqlite", input),
            search("postgres", input),
          ]);
          if (lite.status !== "ok" || pg.status !== "ok") {
            expect(pg.status).toBe(lite.status);
            return;
          }
          expect(pg.total).toBe(lite.total);
          const urls = (o: typeof lite) => o.results.map((r) => r.url).sort();
          // Ranking differs (bm25, ts_rank); the matches do not: compare sets when all are on the page.
          if (lite.total <= 50) expect(urls(pg)).toEqual(urls(lite));
          expect(pg.facets).toEqual(lite.facets);
        },
      ),
      { numRuns: 120 },
    );
  });
});
