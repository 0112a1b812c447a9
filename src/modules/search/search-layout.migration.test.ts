import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import * as searchLayout from "../../migrations/2026_11_28_160000_search_layout.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { insertDocuments } from "./search.repository.js";
import { makeIndexDocument } from "./search.test-kit.js";

for (const dialect of DIALECTS) {
  describe(`the search layout migration on ${dialect}`, () => {
    it("gives ids after the last the old table gave, so no running server sees one reused", async () => {
      const database = await createTestDatabase(dialect);
      try {
        const db = database.db;
        // Back to the first layout, which then holds five texts, all later deleted.
        await searchLayout.down(db as never);
        for (let i = 1; i <= 5; i += 1)
          await sql`insert into search_documents
            (kind, ref_id, language, is_source, scopes, slug, title, summary, body, updated_at)
            values ('news', ${i}, 'en', 1, 'en', ${`doc-${i}`}, 'Title', '', '', '2026-11-26')`.execute(
            db,
          );
        await sql`delete from search_documents`.execute(db);

        await searchLayout.up(db as never);
        const [id] = await insertDocuments(db, [makeIndexDocument()]);
        expect(id).toBe(6);
      } finally {
        await database.destroy();
      }
    });
  });
}
