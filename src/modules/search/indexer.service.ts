import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import type { Config } from "../../platform/config.js";
import { ITEM_TYPES } from "../content/index.js";
import { loadNetworkTexts, type LocalText } from "../network/index.js";
import { ANALYZER_VERSION } from "./analyzer.js";
import { htmlToText, markdownToText } from "./plain-text.js";
import type { IndexDocument, SearchEngine } from "./search-engine.js";
import {
  countPublishedItems,
  type ItemSource,
  listIndexedRefs,
  listPublishedItemIds,
  loadCitySources,
  loadHubSources,
  loadItemSources,
  loadPersonSources,
  loadTagNames,
  loadTagRegions,
} from "./search-source.repository.js";
import { readIndexState, writeIndexState } from "./search.repository.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import type { DocumentKind } from "./search.table.js";

/** What indexing runs with: the database, the engine and the site's languages. */
export interface IndexerDeps {
  db: Kysely<DB>;
  engine: SearchEngine;
  config: Pick<Config, "languages" | "sourceLanguage" | "translation">;
  now: () => Date;
}

/** The network rows the index holds. */
export const INDEXED_NETWORK_TABLES = ["cities", "hubs", "people"] as const;
export type IndexedNetworkTable = (typeof INDEXED_NETWORK_TABLES)[number];

/**
 * Re-indexes some items from what readers see now: the live revision in its
 * language, and each live translation in its own; an item no longer
 * published leaves the index. Idempotent.
 */
export async function reindexItems(deps: IndexerDeps, ids: readonly number[]): Promise<number> {
  const sources = await loadItemSources(deps.db, ids);
  const [tagNames, tagRegions] = await Promise.all([
    loadTagNames(
      deps.db,
      sources.flatMap((s) => s.tags.map((t) => t.id)),
    ),
    loadTagRegions(
      deps.db,
      sources.flatMap((s) => s.tags.map((t) => t.slug)),
    ),
  ]);
  const documents = sources.flatMap((s) =>
    itemDocuments(s, { languages: deps.config.languages, tagNames, tagRegions }),
  );
  const refs = ids.flatMap((refId) => ITEM_TYPES.map((kind) => ({ kind, refId })));
  await replaceAndAnnounce(deps, refs, documents);
  return documents.length;
}

/** Re-indexes some cities, hubs or people, with their translations that the language's policy lets readers see. */
export async function reindexNetworkRows(
  deps: IndexerDeps,
  table: IndexedNetworkTable,
  ids?: readonly number[],
): Promise<{ refIds: number[]; documents: number }> {
  const { documents, refIds } = await networkDocuments(deps, table, ids);
  const kind = NETWORK_KINDS[table];
  const refs = (ids ?? refIds).map((refId) => ({ kind, refId }));
  await replaceAndAnnounce(deps, refs, documents);
  return { refIds, documents: documents.length };
}

/**
 * Rebuilds the whole index in batches (search keeps answering meanwhile), then
 * drops what no longer exists and records the analyzer version it was built
 * with; `onProgress` hears after each batch.
 */
export async function rebuildIndex(
  deps: IndexerDeps,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ items: number; network: number; documents: number }> {
  const total = (await countPublishedItems(deps.db)) + 1;
  const kept = new Set<string>();
  let done = 0;
  let documents = 0;
  for (let afterId = 0; ;) {
    const ids = await listPublishedItemIds(deps.db, { afterId, limit: BATCH });
    if (ids.length === 0) break;
    documents += await reindexItems(deps, ids);
    for (const id of ids) for (const kind of ITEM_TYPES) kept.add(`${kind}:${id}`);
    done += ids.length;
    afterId = ids[ids.length - 1] ?? afterId;
    onProgress(done, total);
  }
  let network = 0;
  for (const table of INDEXED_NETWORK_TABLES) {
    const result = await reindexNetworkRows(deps, table);
    network += result.refIds.length;
    documents += result.documents;
    for (const id of result.refIds) kept.add(`${NETWORK_KINDS[table]}:${id}`);
  }
  const stale = (await listIndexedRefs(deps.db))
    .filter((r) => !kept.has(`${r.kind}:${r.refId}`))
    .map((r) => ({ kind: r.kind as DocumentKind, refId: r.refId }));
  if (stale.length > 0) await replaceAndAnnounce(deps, stale, []);
  await writeIndexState(deps.db, ANALYZER_VERSION, deps.now());
  onProgress(total, total);
  return { items: done, network, documents };
}

/**
 * Replaces documents of the index in one transaction that also moves the
 * content version: search pages are cached like the site's, and must not
 * outlive the index they were read from.
 */
async function replaceAndAnnounce(
  deps: IndexerDeps,
  refs: readonly { kind: DocumentKind; refId: number }[],
  documents: readonly IndexDocument[],
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await deps.engine.replaceDocuments(trx, refs, documents);
    await bumpChangeCounter(trx);
  });
}

/** The index documents of an item: its source text, and one per live translation in a site language. */
export function itemDocuments(
  source: ItemSource,
  context: {
    languages: readonly string[];
    tagNames: Map<string, Map<number, string>>;
    tagRegions: Map<string, string>;
  },
): IndexDocument[] {
  const translations = source.translations.filter((t) => context.languages.includes(t.language));
  const translated = new Set(translations.map((t) => t.language));
  const region = source.tags.map((t) => context.tagRegions.get(t.slug)).find(Boolean) ?? null;
  const common = {
    kind: source.type,
    refId: source.id,
    publishedAt: source.publishedAt,
    year: source.publishedAt?.slice(0, 4) ?? null,
    region,
    tagIds: source.tags.map((t) => t.id),
    updatedAt: source.updatedAt,
  };
  const tagText = (lang: string) =>
    source.tags.map((t) => context.tagNames.get(lang)?.get(t.id) ?? t.name).join(" ");
  return [
    {
      ...common,
      language: source.sourceLanguage,
      isSource: true,
      scopes: [
        source.sourceLanguage,
        ...context.languages.filter((l) => l !== source.sourceLanguage && !translated.has(l)),
      ],
      slug: source.slug,
      title: source.title,
      summary: source.summary,
      body: htmlToText(source.bodyHtml),
      extra: tagText(source.sourceLanguage),
    },
    ...translations.map((t) => ({
      ...common,
      language: t.language,
      isSource: false,
      scopes: [t.language],
      slug: t.slug ?? source.slug,
      title: t.title,
      summary: t.summary,
      body: htmlToText(t.bodyHtml),
      extra: tagText(t.language),
    })),
  ];
}

const BATCH = 200;
const NETWORK_KINDS = { cities: "city", hubs: "hub", people: "person" } as const;

type Texts = { title: string; summary: string; body: string; extra: string };
interface NetworkRow {
  id: number;
  sourceLanguage: string;
  updatedAt: string;
  slug: string;
  region: string | null;
  fields: Record<string, string>;
  /** The row's texts from its (possibly translated) fields. */
  texts(fields: Record<string, string>): Texts;
}

async function networkDocuments(
  deps: IndexerDeps,
  table: IndexedNetworkTable,
  ids?: readonly number[],
): Promise<{ documents: IndexDocument[]; refIds: number[] }> {
  const rows = await loadNetworkRows(deps, table, ids);
  const byLanguage = await loadTranslatedFields(deps, table, rows);
  const kind = NETWORK_KINDS[table];
  const documents = rows.flatMap((row) => {
    const common = {
      kind,
      refId: row.id,
      slug: row.slug,
      publishedAt: null,
      year: null,
      region: row.region,
      tagIds: [],
      updatedAt: row.updatedAt,
    };
    const translations = deps.config.languages.flatMap((lang) => {
      const fields = byLanguage.get(lang)?.get(row.id);
      return fields ? [{ lang, fields }] : [];
    });
    const translated = new Set(translations.map((t) => t.lang));
    return [
      {
        ...common,
        ...row.texts(row.fields),
        language: row.sourceLanguage,
        isSource: true,
        scopes: [
          row.sourceLanguage,
          ...deps.config.languages.filter((l) => l !== row.sourceLanguage && !translated.has(l)),
        ],
      },
      ...translations.map((t) => ({
        ...common,
        ...row.texts(t.fields),
        language: t.lang,
        isSource: false,
        scopes: [t.lang],
      })),
    ];
  });
  return { documents, refIds: rows.map((r) => r.id) };
}

/** Per language, the fields of each row translated into it (rows in their own language left out). */
async function loadTranslatedFields(
  deps: IndexerDeps,
  table: IndexedNetworkTable,
  rows: readonly NetworkRow[],
): Promise<Map<string, Map<number, Record<string, string>>>> {
  const translatedFields = Object.keys(rows[0]?.fields ?? {});
  const byLanguage = new Map<string, Map<number, Record<string, string>>>();
  for (const lang of deps.config.languages) {
    const texts = await loadNetworkTexts(deps.db, {
      lang,
      config: deps.config as Config,
      canTranslate: () => true,
      rows: [{ table, ids: rows.map((r) => r.id) }],
    });
    const found = new Map<number, Record<string, string>>();
    for (const row of rows) {
      if (row.sourceLanguage === lang) continue;
      const target: Record<string, unknown> & { id: number; sourceLanguage: string } = {
        ...row.fields,
        id: row.id,
        sourceLanguage: row.sourceLanguage,
      };
      const localized = texts.localize(table, target, translatedFields);
      const fields: Record<string, string> = {};
      let isTranslated = false;
      for (const field of translatedFields) {
        const text = localized[field] as LocalText;
        fields[field] = text.text;
        if (text.lang === lang) isTranslated = true;
      }
      if (isTranslated) found.set(row.id, fields);
    }
    byLanguage.set(lang, found);
  }
  return byLanguage;
}

async function loadNetworkRows(
  deps: IndexerDeps,
  table: IndexedNetworkTable,
  ids?: readonly number[],
): Promise<NetworkRow[]> {
  if (table === "cities")
    return (await loadCitySources(deps.db, ids)).map((c) => ({
      id: c.id,
      sourceLanguage: c.sourceLanguage,
      updatedAt: c.updatedAt,
      slug: c.slug,
      region: c.region,
      fields: { profile: c.profile },
      texts: (f) => ({
        title: c.name,
        summary: c.localName !== c.name ? c.localName : "",
        body: markdownToText(f.profile ?? ""),
        extra: c.country,
      }),
    }));
  if (table === "hubs")
    return (await loadHubSources(deps.db, ids)).map((h) => ({
      id: h.id,
      sourceLanguage: h.sourceLanguage,
      updatedAt: h.updatedAt,
      slug: h.slug,
      region: h.region,
      fields: { name: h.name, description: h.description },
      texts: (f) => ({
        title: f.name ?? h.name,
        summary: "",
        body: markdownToText(f.description ?? ""),
        extra: "",
      }),
    }));
  return (await loadPersonSources(deps.db, ids)).map((p) => ({
    id: p.id,
    sourceLanguage: p.sourceLanguage,
    updatedAt: p.updatedAt,
    // A person has no page of their own: results link to their city, or the committee.
    slug: p.citySlug ?? "",
    region: p.region,
    fields: { title: p.title },
    texts: (f) => ({
      title: p.name,
      summary: f.title ?? p.title,
      body: p.cityName ?? "",
      extra: "",
    }),
  }));
}

/** Whether the index was built with this analyzer (a stale or never-built index must be rebuilt). */
export async function isIndexCurrent(db: Kysely<DB>): Promise<boolean> {
  return (await readIndexState(db))?.analyzerVersion === ANALYZER_VERSION;
}
