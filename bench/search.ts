// Figures for full-text search, SQLite FTS5 and PostgreSQL tsvector: a synthetic
// corpus of 100,000 items in English, French and Spanish (generated here, no
// download), index build time and size, then p50/p95/p99 of 1,000 mixed queries
// (words, two words, phrases, prefixes while typing, a facet filter; results,
// facets and snippets included, as the page computes them), against a baseline
// run on the same index in the same run: the engine ranking every match (bm25 /
// ts_rank, top 10) and counting them, as a search without bounds does.
// Usage: npx tsx bench/search.ts [--items 100000] [--queries 1000] [--only sqlite|postgres]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DB } from "../src/database.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import { SOURCE_ONLY } from "../src/modules/content/localization.js";
import { createSearchEngine } from "../src/modules/search/engines.js";
import { toTsquery } from "../src/modules/search/postgres-tsvector.engine.js";
import { parseSearchQuery } from "../src/modules/search/query.js";
import { toMatchExpression } from "../src/modules/search/sqlite-fts5.engine.js";
import type { IndexDocument } from "../src/modules/search/search-engine.js";
import { runSearch } from "../src/modules/search/search.service.js";
import { sql } from "kysely";
import { type Database, type DialectName, openDatabase } from "../src/platform/db/database.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { TEST_POSTGRES_URL } from "../src/test-support/databases.js";

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const ITEMS = Number(arg("--items")) || 100_000;
const QUERIES = Number(arg("--queries")) || 1000;
const only = process.argv.includes("--only") ? arg("--only") : undefined;
// The baseline is slow at 100,000 items (about a second per broad query): a sample.
const BASELINE_QUERIES = Math.min(QUERIES, 200);
const LANGUAGES = ["en", "fr", "es"] as const;

// Real words (so stemming has work to do) and generated ones, drawn with a Zipf law.
const SEEDS: Record<(typeof LANGUAGES)[number], string[]> = {
  en: "city cities mayor mayors network networks climate resilience community communities council councils plan plans policy policies youth violence prevention summit summits report reports meeting meetings partner partners local regional global urban housing transport water safety health education resource resources event events".split(
    " ",
  ),
  fr: "ville villes maire maires réseau réseaux climat résilience communauté communautés conseil conseils plan plans politique politiques jeunesse violence prévention sommet sommets rapport rapports réunion réunions partenaire partenaires local régional mondial urbain logement transport eau sécurité santé éducation ressource ressources événement événements".split(
    " ",
  ),
  es: "ciudad ciudades alcalde alcaldes red redes clima resiliencia comunidad comunidades consejo consejos plan planes política políticas juventud violencia prevención cumbre cumbres informe informes reunión reuniones socio socios local regional mundial urbano vivienda transporte agua seguridad salud educación recurso recursos evento eventos".split(
    " ",
  ),
};
const SYLLABLES =
  "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo".split(
    " ",
  );

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const vocabulary = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const words = [...SEEDS[lang]];
    while (words.length < 8000) {
      const n = 2 + Math.floor(random() * 3);
      words.push(
        Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
          "",
        ),
      );
    }
    return [lang, words];
  }),
) as Record<(typeof LANGUAGES)[number], string[]>;
// Each engine gets the same corpus and the same queries: the generator restarts here.
const CORPUS_SEED = seed;
const zipf = (size: number) =>
  Math.min(size - 1, Math.floor(size ** random()) - 1 + Math.floor(random() * 2));
const sentence = (lang: (typeof LANGUAGES)[number], words: number) =>
  Array.from({ length: words }, () => vocabulary[lang][zipf(vocabulary[lang].length)]).join(" ");

function makeDocument(i: number): IndexDocument {
  const lang = LANGUAGES[i % 3] ?? "en";
  const year = String(2015 + (i % 12));
  return {
    kind: (["news", "resource", "event", "page"] as const)[i % 4] ?? "news",
    refId: i + 1,
    language: lang,
    isSource: true,
    // A third of the texts have no translation: they answer every language.
    scopes: i % 3 === 0 ? [...LANGUAGES] : [lang],
    slug: `item-${i}`,
    title: sentence(lang, 6),
    summary: sentence(lang, 15),
    body: sentence(lang, 80),
    extra: "",
    publishedAt: `${year}-06-01T00:00:00.000Z`,
    year,
    region: (["europe", "africa", "mena", "north-america"] as const)[i % 4] ?? null,
    tagIds: [1 + (i % 40)],
    updatedAt: `${year}-06-01T00:00:00.000Z`,
  };
}

function makeQueries(): {
  q: string;
  lang: string;
  prefix: boolean;
  filters: Record<string, string>;
}[] {
  const out = [];
  for (let i = 0; i < QUERIES; i += 1) {
    const lang = LANGUAGES[i % 3] ?? "en";
    const word = () => vocabulary[lang][zipf(200)] ?? "city";
    const kind = i % 5;
    const q =
      kind === 0
        ? word()
        : kind === 1
          ? `${word()} ${word()}`
          : kind === 2
            ? `"${sentence(lang, 2)}"`
            : kind === 3
              ? word().slice(0, 3)
              : `${word()} ${vocabulary[lang][zipf(vocabulary[lang].length)]}`;
    out.push({ q, lang, prefix: kind === 3, filters: i % 7 === 0 ? { type: "news" } : {} });
  }
  return out;
}

async function open(dialect: DialectName): Promise<Database<DB> & { file?: string }> {
  if (dialect === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-search-bench-"));
    const file = path.join(dir, "bench.db");
    const database = openDatabase<DB>({ dialect: "sqlite", file });
    await migrateToLatest(database.db, MIGRATIONS);
    return {
      ...database,
      file,
      destroy: async () => {
        await database.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await admin.end();
  const database = openDatabase<DB>({
    dialect: "postgres",
    url: TEST_POSTGRES_URL,
    schema,
    poolSize: 2,
  });
  await migrateToLatest(database.db, MIGRATIONS, { schema });
  return {
    ...database,
    destroy: async () => {
      await database.destroy();
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

for (const dialect of ["sqlite", "postgres"] as const) {
  if (only && only !== dialect) continue;
  seed = CORPUS_SEED;
  const database = await open(dialect);
  const engine = createSearchEngine(dialect);
  try {
    let started = performance.now();
    for (let i = 0; i < ITEMS; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, ITEMS - i) }, (_, j) =>
        makeDocument(i + j),
      );
      await database.db.transaction().execute((trx) => engine.replaceDocuments(trx, [], batch));
      if ((i / 1000) % 10 === 9) process.stderr.write(`\r${dialect}: ${i + 1000}/${ITEMS}`);
    }
    if (dialect === "postgres")
      await database.db.executeQuery({
        sql: "analyze search_documents",
        parameters: [],
        query: { kind: "RawNode" },
      } as never);
    const buildSeconds = (performance.now() - started) / 1000;
    process.stderr.write("\n");
    const bytes = await engine.sizeInBytes(database.db);
    const queries = makeQueries();
    // Warm-up: the first queries pay for caches, not for the engine.
    for (const q of queries.slice(0, 50))
      await runSearch(
        { db: database.db, engine, localizer: SOURCE_ONLY, languages: LANGUAGES },
        { ...q, page: 1, pageSize: 10 },
      );
    const times: number[] = [];
    let answered = 0;
    let broad = 0;
    started = performance.now();
    for (const q of queries) {
      const t0 = performance.now();
      const outcome = await runSearch(
        { db: database.db, engine, localizer: SOURCE_ONLY, languages: LANGUAGES },
        { ...q, page: 1, pageSize: 10 },
      );
      times.push(performance.now() - t0);
      if (outcome.status === "ok" && outcome.total > 0) answered += 1;
      if (outcome.status === "ok" && outcome.isTotalCapped) broad += 1;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${engine.name}: ${ITEMS} items indexed in ${buildSeconds.toFixed(1)} s, index ${(bytes / 1024 / 1024).toFixed(0)} MiB; ` +
        `${QUERIES} queries (${answered} with results, ${broad} broad: more than the window): p50 ${percentile(times, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`,
    );
    // Baseline: rank every match and count them all (no facets, no snippets: cheaper than a page).
    const baseline: number[] = [];
    for (const q of queries.slice(0, BASELINE_QUERIES)) {
      const parsed = parseSearchQuery(q.q, { languages: [q.lang, ...LANGUAGES], prefix: q.prefix });
      if (!parsed.ok) continue;
      const request = {
        query: parsed.query,
        scope: q.lang,
        filters: q.filters.type ? { kind: q.filters.type as "news" } : {},
      };
      const t0 = performance.now();
      if (dialect === "sqlite") {
        const match = toMatchExpression(request);
        await sql`select rowid, bm25(search_index, 10.0, 1.0, 0.0) as score from search_index
          where search_index match ${match} order by score limit 10`.execute(database.db);
        await sql`select count(*) from search_index where search_index match ${match}`.execute(
          database.db,
        );
      } else {
        const query = toTsquery(request);
        await sql`select id from search_documents where document @@ ${query}::tsquery
          order by ts_rank('{0, 0, 0.25, 1}'::float4[], document, ${query}::tsquery) desc limit 10`.execute(
          database.db,
        );
        await sql`select count(*) from search_documents where document @@ ${query}::tsquery`.execute(
          database.db,
        );
      }
      baseline.push(performance.now() - t0);
    }
    baseline.sort((a, b) => a - b);
    console.log(
      `  baseline, every match ranked and counted (${baseline.length} queries): p50 ${percentile(baseline, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(baseline, 95).toFixed(1)} ms, p99 ${percentile(baseline, 99).toFixed(1)} ms; ` +
        `Civitas/baseline at p95: ${(percentile(times, 95) / percentile(baseline, 95)).toFixed(2)}`,
    );
  } finally {
    await database.destroy();
  }
}
