import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../platform/db/database.js";
import type { DB } from "../../../database.js";
import { DIALECTS, createTestDatabase } from "../../../test-support/databases.js";
import { findItemBySlug, findRevisionById } from "../../content/item.repository.js";
import { makeJpeg } from "../../content/factories.test-kit.js";
import { hashSegment } from "../../translation/segments/index.js";
import { findUnits } from "../../translation/memory.repository.js";
import { countImportMappings } from "../import-mapping.repository.js";
import { findRedirect } from "../redirect.repository.js";
import { runWordpressImport } from "./import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "./plan.js";
import type { ImportReport } from "./report.js";
import { readWxr } from "./wxr-reader.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const HERE = path.dirname(new URL(import.meta.url).pathname);
const WXR_DIR = path.resolve(process.cwd(), "../shared/data/wxr");

async function planOf(file: string, languages = ["en", "fr", "es", "ar"]) {
  const doc = await readWxr(fs.createReadStream(file));
  return planImport(doc, { typeMap: DEFAULT_TYPE_MAP, languages, sourceLanguage: "en", now: NOW });
}

function codes(report: ImportReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of report.lines) out[line.code] = (out[line.code] ?? 0) + 1;
  return out;
}

type CountedTable =
  | "items"
  | "revisions"
  | "media"
  | "tags"
  | "redirects"
  | "translationUnits"
  | "importMappings"
  | "auditLog"
  | "jobs";

async function countTable(db: Database<DB>["db"], table: CountedTable): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countRows(db: Database<DB>["db"]) {
  return {
    items: await countTable(db, "items"),
    revisions: await countTable(db, "revisions"),
    media: await countTable(db, "media"),
    tags: await countTable(db, "tags"),
    redirects: await countTable(db, "redirects"),
    units: await countTable(db, "translationUnits"),
  };
}

/** The rows countRows counts plus what only a real run adds even when it changes nothing (audit entry, jobs). */
async function countEveryRow(db: Database<DB>["db"]) {
  return {
    ...(await countRows(db)),
    mappings: await countTable(db, "importMappings"),
    audit: await countTable(db, "auditLog"),
    jobs: await countTable(db, "jobs"),
  };
}

/** Imports a plan into a fresh SQLite database, hands the database and the report to `check`, then drops it. */
async function importFresh(
  plan: Awaited<ReturnType<typeof planOf>>,
  check: (db: Database<DB>["db"], report: ImportReport) => Promise<void> | void,
): Promise<void> {
  const database = await createTestDatabase("sqlite");
  try {
    const report = await runWordpressImport(database.db, {
      plan,
      mediaDir: os.tmpdir(),
      isDryRun: false,
      actorId: null,
      now: NOW,
    });
    await check(database.db, report);
  } finally {
    await database.destroy();
  }
}

for (const dialect of DIALECTS) {
  describe(`WordPress import (${dialect})`, () => {
    let database: Database<DB>;
    let mediaDir: string;
    let uploadsDir: string;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-media-"));
      uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-uploads-"));
      fs.mkdirSync(path.join(uploadsDir, "2026/05"), { recursive: true });
      fs.writeFileSync(path.join(uploadsDir, "2026/05/plaza.jpg"), await makeJpeg(800, 600));
    });
    afterAll(async () => {
      await database.destroy();
      fs.rmSync(mediaDir, { recursive: true, force: true });
      fs.rmSync(uploadsDir, { recursive: true, force: true });
    });

    it("imports a Polylang group as one item whose French version the memory learns sentence by sentence", async () => {
      const plan = await planOf(path.join(HERE, "fixtures/polylang.xml"));
      const report = await runWordpressImport(database.db, {
        plan,
        mediaDir,
        isDryRun: false,
        actorId: null,
        now: NOW,
      });
      expect(report.items).toEqual({ news: 1, page: 1 });
      expect(report.translations).toBe(1);
      expect(report.comments).toBe(1);
      expect(codes(report)).toMatchObject({
        skipped_language: 1,
        translation_aligned: 1,
        comments_not_imported: 1,
      });
      expect(report.lines.find((l) => l.code === "translation_aligned")?.detail).toBe(
        "fr: title, summary, body",
      );
      // polylang.xml has no term_translations: the French category is reported, not paired.
      expect(report.lines.find((l) => l.code === "tag_translation_unpaired")).toMatchObject({
        postId: "11",
        detail: "fr: Climat",
      });
      const item = await findItemBySlug(database.db, "news", "cities-share-their-climate-plans");
      expect(item?.status).toBe("published");
      expect(item?.publishedAt).toBe("2026-05-12T09:00:00.000Z");
      const units = await findUnits(
        database.db,
        [hashSegment("en", "They meet every spring.")],
        "fr",
      );
      const unit = [...units.values()][0];
      expect(unit?.targetText).toBe("Elles se réunissent chaque printemps.");
      expect(unit?.origin).toBe("human");
      expect(unit?.state).toBe("reviewed");
      expect(
        await findRedirect(database.db, "/fr/2026/05/les-villes-partagent-leurs-plans-climat/"),
      ).toBe("/fr/news/cities-share-their-climate-plans");
      expect(await findRedirect(database.db, "/?p=10")).toBe(
        "/en/news/cities-share-their-climate-plans",
      );
      expect(await findRedirect(database.db, "/?page_id=20")).toBe("/en/about");
      expect(await findRedirect(database.db, "/de/ueber/")).toBeUndefined();
    });

    it("imports WPML, media, statuses and hostile content; again changes nothing; a dry run writes nothing", async () => {
      const plan = await planOf(path.join(HERE, "fixtures/wpml.xml"));
      const dry = await runWordpressImport(undefined, {
        plan,
        uploadsDir,
        mediaDir,
        isDryRun: true,
        actorId: null,
        now: NOW,
      });
      expect(dry.mediaStored).toBe(1);
      expect(fs.readdirSync(mediaDir)).toEqual([]);
      const before = await countRows(database.db);
      const report = await runWordpressImport(database.db, {
        plan,
        uploadsDir,
        mediaDir,
        isDryRun: false,
        actorId: null,
        now: NOW,
      });
      expect(report.created).toBe(3);
      expect(report.mediaStored).toBe(1);
      expect(codes(report)).toMatchObject({
        attachment_without_file: 1,
        skipped_status: 1,
        skipped_type: 1,
        skipped_revision: 1,
        private_as_draft: 1,
        image_missing: 1,
        translation_whole: 1,
      });
      expect(report.lines.find((l) => l.code === "skipped_type")?.detail).toBe("tribe_events");
      const item = await findItemBySlug(database.db, "news", "the-plaza-reopens");
      const revision = await findRevisionById(database.db, item?.latestRevisionId ?? 0);
      expect(revision?.heroMediaId).not.toBeNull();
      expect(revision?.heroAlt).toBe("The new plaza at dusk");
      // Its segments are stored for every field readers see, not only the ones the Spanish version translates.
      const fields = await database.db
        .selectFrom("revisionSegments")
        .select("field")
        .distinct()
        .where("revisionId", "=", revision?.id ?? 0)
        .execute();
      expect(fields.map((f) => f.field).sort()).toEqual([
        "body",
        "hero_alt",
        "summary",
        expect.stringMatching(/^tag:\d+$/),
        "title",
      ]);
      expect(revision?.body).toMatch(/!\[The new plaza\]\(\/media\/img-[0-9a-f]+-\d+\.jpg\)/);
      expect(revision?.body).toContain("[A lost photo](https://plazas.example.net/");
      expect(revision?.bodyHtml).not.toContain("<script");
      expect((await findItemBySlug(database.db, "news", "members-only"))?.status).toBe("draft");
      const future = await findItemBySlug(database.db, "news", "summer-festival-announced");
      expect(future?.status).toBe("scheduled");
      expect(future?.scheduledFor).toBe("2099-06-01T08:00:00.000Z");
      expect(await findRedirect(database.db, "/es/la-plaza-reabre/")).toBe(
        "/es/news/the-plaza-reopens",
      );

      const after = await countRows(database.db);
      expect(after.items - before.items).toBe(3);
      const again = await runWordpressImport(database.db, {
        plan,
        uploadsDir,
        mediaDir,
        isDryRun: false,
        actorId: null,
        now: new Date("2026-12-05T12:00:00Z"),
      });
      expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 3]);
      expect(await countRows(database.db)).toEqual(after);
      // A dry run now finds the stored image (its hero and body image) and says the same.
      const mediaFiles = fs.readdirSync(mediaDir).sort();
      const everyRow = await countEveryRow(database.db);
      const dryAgain = await runWordpressImport(database.db, {
        plan,
        uploadsDir,
        mediaDir,
        isDryRun: true,
        actorId: null,
        now: new Date("2026-12-05T12:00:00Z"),
      });
      expect([dryAgain.created, dryAgain.updated, dryAgain.unchanged]).toEqual([0, 0, 3]);
      expect(await countEveryRow(database.db)).toEqual(everyRow);
      expect(fs.readdirSync(mediaDir).sort()).toEqual(mediaFiles);
      expect(await countImportMappings(database.db, plan.source)).toEqual({ item: 3, media: 1 });
    });

    it("dry-runs the small export against the database: all new before, all unchanged after an import, nothing written", async () => {
      const fresh = await createTestDatabase(dialect);
      const dryMedia = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-dry-"));
      try {
        const plan = await planOf(
          path.join(
            WXR_DIR,
            "wordpress-importer-edge-cases/wordpress-importer__phpunit-data__small-export.xml",
          ),
        );
        const options = { plan, mediaDir: dryMedia, actorId: null, now: NOW };
        const counts = (r: ImportReport) => [r.created, r.updated, r.unchanged];
        const empty = await countEveryRow(fresh.db);
        expect(counts(await runWordpressImport(fresh.db, { ...options, isDryRun: true }))).toEqual([
          11, 0, 0,
        ]);
        expect(await countEveryRow(fresh.db)).toEqual(empty);
        const imported = await runWordpressImport(fresh.db, { ...options, isDryRun: false });
        expect(counts(imported)).toEqual([11, 0, 0]);
        const after = await countEveryRow(fresh.db);
        const dry = await runWordpressImport(fresh.db, {
          ...options,
          isDryRun: true,
          now: new Date("2026-12-05T12:00:00Z"),
        });
        expect(dry.isDryRun).toBe(true);
        expect(counts(dry)).toEqual([0, 0, 11]);
        expect(await countEveryRow(fresh.db)).toEqual(after);
        // An item edited since (a new revision of its own) would be updated by a real run.
        const mapped = await fresh.db
          .selectFrom("importMappings")
          .select("targetId")
          .where("kind", "=", "item")
          .orderBy("targetId")
          .executeTakeFirstOrThrow();
        const item = await fresh.db
          .selectFrom("items")
          .selectAll()
          .where("id", "=", mapped.targetId)
          .executeTakeFirstOrThrow();
        const { saveItem } = await import("../../content/item.service.js");
        const latest = await findRevisionById(fresh.db, item.latestRevisionId ?? 0);
        await saveItem(fresh.db, {
          itemId: item.id,
          draft: {
            type: item.type,
            slug: item.slug,
            sourceLanguage: item.sourceLanguage,
            title: `${latest?.title ?? ""} (edited)`,
            summary: latest?.summary ?? "",
            body: latest?.body ?? "",
          },
          actorId: null,
          now: NOW,
        });
        expect(counts(await runWordpressImport(fresh.db, { ...options, isDryRun: true }))).toEqual([
          0, 1, 10,
        ]);
        expect(fs.readdirSync(dryMedia)).toEqual([]);
      } finally {
        await fresh.destroy();
        fs.rmSync(dryMedia, { recursive: true, force: true });
      }
    });

    it("writes nothing and removes the files it wrote when one item fails", async () => {
      const plan = await planOf(path.join(HERE, "fixtures/wpml.xml"));
      const emptyMedia = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-fail-"));
      const broken = {
        ...plan,
        source: "wordpress:https://broken.example",
        entries: [
          ...plan.entries,
          { ...plan.entries[0]!, postId: "999", type: "event" as const, slug: "an-event" },
        ],
      };
      const before = await countRows(database.db);
      await expect(
        runWordpressImport(database.db, {
          plan: broken,
          uploadsDir,
          mediaDir: emptyMedia,
          isDryRun: false,
          actorId: null,
          now: NOW,
        }),
      ).rejects.toThrow();
      expect(await countRows(database.db)).toEqual(before);
      expect(fs.readdirSync(emptyMedia)).toEqual([]);
      fs.rmSync(emptyMedia, { recursive: true, force: true });
    });

    it("imports the theme unit test data with its real counts, twice", async () => {
      const plan = await planOf(
        path.join(WXR_DIR, "wordpress-theme-test-data__themeunittestdata.wordpress.xml"),
      );
      const report = await runWordpressImport(database.db, {
        plan,
        mediaDir,
        isDryRun: false,
        actorId: null,
        now: NOW,
      });
      expect(report.read).toEqual({ post: 58, page: 21, attachment: 37, nav_menu_item: 70 });
      expect(report.items).toEqual({ news: 58, page: 21 });
      expect(report.created).toBe(79);
      expect(report.comments).toBe(33);
      expect(codes(report)).toMatchObject({ skipped_menu_item: 70, comments_not_imported: 1 });
      const rows = await countRows(database.db);
      const again = await runWordpressImport(database.db, {
        plan,
        mediaDir,
        isDryRun: false,
        actorId: null,
        now: NOW,
      });
      expect(again.unchanged).toBe(79);
      expect(await countRows(database.db)).toEqual(rows);
    }, 120_000);
  });
}

describe("WordPress import of every shared fixture (sqlite)", () => {
  const EDGE = "wordpress-importer-edge-cases/wordpress-importer__phpunit-data__";
  const expected: [string, Record<string, number>, number][] = [
    ["wordpress-theme-test-data__64-block-test-data.xml", { news: 61, page: 1 }, 2],
    ["wordpress-theme-test-data__theme-preview.xml", { news: 7 }, 2],
    [`${EDGE}crazy-cdata.xml`, { news: 1 }, 0],
    [`${EDGE}small-export.xml`, { news: 6, page: 5 }, 1],
    [`${EDGE}test-serialized-term-meta.xml`, { news: 1 }, 0],
    [`${EDGE}valid-wxr-1.0.xml`, { news: 3, page: 3 }, 1],
    [`${EDGE}valid-wxr-1.1.xml`, { news: 1, page: 1 }, 1],
    [`${EDGE}wxr-utf-8-challenges.xml`, { news: 1 }, 0],
  ];
  it.each(expected)("imports %s", async (file, items, comments) => {
    await importFresh(await planOf(path.join(WXR_DIR, file)), (_, report) => {
      expect(report.items).toEqual(items);
      expect(report.created).toBe(Object.values(items).reduce((a, b) => a + b, 0));
      expect(report.comments).toBe(comments);
    });
  });

  it("neutralises bidi overrides and control characters without losing the words", async () => {
    const plan = await planOf(path.join(WXR_DIR, `${EDGE}wxr-utf-8-challenges.xml`));
    await importFresh(plan, async (db, report) => {
      expect(codes(report)).toMatchObject({ control_characters: 1 });
      const row = await db
        .selectFrom("revisions")
        .select(["title", "body"])
        .executeTakeFirstOrThrow();
      expect(row.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
      expect(row.title).toContain('"The Road Not Taken" by Robert Frost');
      expect(row.body).toContain("السلام عليكم");
      expect(row.body).not.toMatch(/[\u202A-\u202E\u2028\u2029]/u);
    });
  });

  it("converts a known post of the theme unit test data to the editor's Markdown", async () => {
    const plan = await planOf(
      path.join(WXR_DIR, "wordpress-theme-test-data__themeunittestdata.wordpress.xml"),
    );
    const entry = plan.entries.find((e) => e.postId === "1178");
    expect(entry?.original.title).toBe("Markup: HTML Tags and Formatting");
    const chosen = {
      ...plan,
      entries: plan.entries.filter((e) => e.postId === "1178" || e.postId === "1173"),
    };
    await importFresh(chosen, async (db) => {
      const row = await db
        .selectFrom("revisions")
        .select(["body"])
        .where("title", "=", "Markup: HTML Tags and Formatting")
        .executeTakeFirstOrThrow();
      // WordPress titles are HTML: readers saw "Markup: Title With Markup".
      const titled = await db
        .selectFrom("revisions")
        .select("title")
        .where("title", "=", "Markup: Title With Markup")
        .executeTakeFirst();
      expect(titled).toBeDefined();
      expect(row.body).toContain("# Header one");
      expect(row.body).toContain("###### Header six");
      expect(row.body).toContain("## Blockquotes");
      expect(row.body).not.toContain("<!-- wp:");
    });
  });
});
