import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { findLiveRevision } from "./item.repository.js";
import { saveItem } from "./item.service.js";
import { RevisionCache } from "./site.service.js";
import { makeDraft } from "./factories.test-kit.js";

for (const dialect of DIALECTS) {
  describe(`revisions kept for item pages on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    const save = async (slug: string, tags: string[]) =>
      (
        await saveItem(database.db, {
          draft: makeDraft({ slug, tags }),
          actorId: null,
          now: new Date("2026-12-04T12:00:00Z"),
        })
      ).revision.id;

    it("gives a revision as the repository reads it, with its tags in order", async () => {
      const id = await save("river-day", ["Youth", "Water"]);
      const cache = new RevisionCache();
      const kept = await cache.load(database.db, id);
      expect(kept?.revision).toEqual(await findLiveRevision(database.db, id));
      expect(kept?.tags.map((t) => t.name)).toEqual(["Youth", "Water"]);
      expect(await cache.load(database.db, id)).toBe(kept);
      expect(await cache.load(database.db, id + 1000)).toBeUndefined();
    });

    it("keeps at most its number of revisions and characters, the oldest going first", async () => {
      const ids = [await save("a", ["A"]), await save("b", ["B"]), await save("c", ["C"])];
      const byCount = new RevisionCache({ maxEntries: 2, maxCharacters: 1_000_000 });
      for (const id of ids) await byCount.load(database.db, id);
      expect(byCount.size).toBe(2);
      const first = await byCount.load(database.db, ids[1] ?? 0);
      expect(await byCount.load(database.db, ids[1] ?? 0)).toBe(first);
      const tiny = new RevisionCache({ maxEntries: 10, maxCharacters: 1 });
      expect((await tiny.load(database.db, ids[0] ?? 0))?.revision.id).toBe(ids[0]);
      expect(tiny.size).toBe(0);
    });
  });
}
