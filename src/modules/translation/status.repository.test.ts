import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { DIALECTS, createTestDatabase } from "../../test-support/databases.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import {
  listLiveTranslations,
  listLocalizedOfRevisions,
  listPublishedItemRevisions,
  listPublishedItems,
} from "./status.repository.js";

const T0 = new Date("2026-12-01T10:00:00Z");
const T1 = new Date("2026-12-02T10:00:00Z");

for (const dialect of DIALECTS) {
  describe(`translation status queries on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("lists published items newest first with their published and latest revisions, drafts left out", async () => {
      const db = database.db;
      const older = await saveItem(db, {
        draft: makeDraft({ title: "Older" }),
        actorId: null,
        now: T0,
      });
      await publishItem(db, { itemId: older.item.id, now: T0 });
      const newer = await saveItem(db, {
        draft: makeDraft({ title: "Newer" }),
        actorId: null,
        now: T1,
      });
      await publishItem(db, { itemId: newer.item.id, now: T1 });
      const edited = await saveItem(db, {
        itemId: older.item.id,
        draft: makeDraft({ slug: older.item.slug, title: "Older, edited" }),
        actorId: null,
        now: T1,
      });
      await saveItem(db, { draft: makeDraft({ title: "Draft" }), actorId: null, now: T1 });

      const page = await listPublishedItems(db, { limit: 10, offset: 0 });
      expect(page.map((i) => i.title)).toEqual(["Newer", "Older"]);
      expect(page[1]).toMatchObject({ type: "news", sourceLanguage: "en" });
      expect(await listPublishedItems(db, { limit: 1, offset: 1 })).toHaveLength(1);

      expect(await listPublishedItemRevisions(db)).toEqual([
        {
          id: older.item.id,
          publishedRevisionId: older.revision.id,
          latestRevisionId: edited.revision.id,
        },
        {
          id: newer.item.id,
          publishedRevisionId: newer.revision.id,
          latestRevisionId: newer.revision.id,
        },
      ]);
      expect(await listPublishedItemRevisions(db, { itemId: newer.item.id })).toHaveLength(1);
    });

    it("answers nothing for no items and for items with no translations", async () => {
      const db = database.db;
      expect(await listLiveTranslations(db, [])).toEqual([]);
      expect(await listLocalizedOfRevisions(db, [])).toEqual([]);
      const saved = await saveItem(db, { draft: makeDraft(), actorId: null, now: T0 });
      expect(await listLiveTranslations(db, [saved.item.id])).toEqual([]);
      expect(await listLocalizedOfRevisions(db, [saved.revision.id])).toEqual([]);
    });
  });
}
