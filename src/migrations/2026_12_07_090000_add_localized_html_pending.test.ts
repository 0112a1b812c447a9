import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../test-support/databases.js";
import { MIGRATIONS } from "./index.js";
import { databaseBeforeMigration } from "./migrations.test-kit.js";

const THIS = "2026_12_07_090000_add_localized_html_pending";
const AT = "2026-12-01T00:00:00.000Z";

for (const dialect of DIALECTS) {
  describe(`${THIS} on ${dialect}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    it("marks the translations stored before it rendered, and goes down and up again", async () => {
      const { db, migrate, migrateDown, upToThis } = await databaseBeforeMigration(
        dialect,
        THIS,
        cleanups,
      );
      await sql`insert into items (type, status, source_language, slug, created_at, updated_at)
        values ('news', 'published', 'en', 'cities', ${AT}, ${AT})`.execute(db);
      await sql`insert into revisions (item_id, number, title, content_hash, body, created_at)
        select id, 1, 'Cities', 'hash', 'The cities.', ${AT} from items`.execute(db);
      const localized = sql`insert into localized_revisions (revision_id, language, state, error_count, title,
          summary, hero_caption, hero_alt, attachment_titles, word_count, created_at, updated_at, body, body_html)
        select id, 'fr', 'machine', 0, 'Villes', '', '', '', '[]', 2, ${AT}, ${AT}, 'Les villes.', '<p>Les villes.</p>'
        from revisions`;
      await localized.execute(db);
      await migrate(upToThis);
      const rows = await db.selectFrom("localizedRevisions").select(["htmlPending"]).execute();
      expect(rows).toEqual([{ htmlPending: 0 }]);
      const down = await migrateDown(upToThis);
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.migrationName)).toEqual([THIS]);
      await expect(sql`select html_pending from localized_revisions`.execute(db)).rejects.toThrow();
      await migrate(MIGRATIONS);
      expect(await db.selectFrom("localizedRevisions").select("htmlPending").execute()).toEqual([
        { htmlPending: 0 },
      ]);
    });
  });
}
