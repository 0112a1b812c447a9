import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { upsertTerm } from "../modules/translation/glossary.repository.js";
import { DIALECTS } from "../test-support/databases.js";
import { MIGRATIONS } from "./index.js";
import { databaseBeforeMigration } from "./migrations.test-kit.js";

const THIS = "2026_12_06_090000_add_glossary_term_keys";

for (const dialect of DIALECTS) {
  describe(`${THIS} on ${dialect}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    const databaseBefore = () => databaseBeforeMigration(dialect, THIS, cleanups);

    it("backfills the keys and settles rows that become one term, the newest kept", async () => {
      const { db, migrate } = await databaseBefore();
      const rows: [string, string | null, string, string][] = [
        // É precomposed and as E + combining accent: two rows under lower(), one term now.
        ["État", "State", "preferred", "2026-01-01"],
        ["E\u0301tat", "the State", "preferred", "2026-01-02"],
        ["Égalité", "Equality", "admitted", "2026-01-01"],
        ["E\u0301galite\u0301", "equality", "admitted", "2026-01-02"],
        ["Über", null, "preferred", "2026-01-01"],
        ["U\u0308ber", "Over", "preferred", "2026-01-02"],
        ["Ville", "City", "preferred", "2026-01-01"],
      ];
      for (const [source, target, status, at] of rows) {
        await sql`insert into glossary_terms (source_language, target_language, source_term, target_term, status, created_at, updated_at)
          values ('fr', 'en', ${source}, ${target}, ${status}, ${at}, ${at})`.execute(db);
      }
      await migrate(MIGRATIONS);
      const after = await db
        .selectFrom("glossaryTerms")
        .select(["sourceTerm", "targetTerm", "status", "sourceKey", "targetKey"])
        .orderBy("id")
        .execute();
      expect(after).toEqual([
        {
          sourceTerm: "État",
          targetTerm: "State",
          status: "admitted",
          sourceKey: "état",
          targetKey: "state",
        },
        {
          sourceTerm: "E\u0301tat",
          targetTerm: "the State",
          status: "preferred",
          sourceKey: "état",
          targetKey: "the state",
        },
        {
          sourceTerm: "E\u0301galite\u0301",
          targetTerm: "equality",
          status: "admitted",
          sourceKey: "égalité",
          targetKey: "equality",
        },
        {
          sourceTerm: "U\u0308ber",
          targetTerm: "Over",
          status: "preferred",
          sourceKey: "über",
          targetKey: "over",
        },
        {
          sourceTerm: "Ville",
          targetTerm: "City",
          status: "preferred",
          sourceKey: "ville",
          targetKey: "city",
        },
      ]);
      const now = "2026-02-01T00:00:00.000Z";
      const term = { sourceLanguage: "fr", targetLanguage: "en", note: "" };
      expect(
        await upsertTerm(db, { ...term, sourceTerm: "ÉTAT", targetTerm: "State" }, null, now),
      ).toMatchObject({ change: "updated" });
      expect(
        await upsertTerm(db, { ...term, sourceTerm: "VILLE", targetTerm: "City" }, null, now),
      ).toMatchObject({ change: "updated" });
      expect(await db.selectFrom("glossaryTerms").select("id").execute()).toHaveLength(4);
    });

    it("goes down to lower() and up again", async () => {
      const { db, migrate, migrateDown, upToThis } = await databaseBefore();
      await migrate(upToThis);
      const now = "2026-02-01T00:00:00.000Z";
      const term = { sourceLanguage: "fr", targetLanguage: "en", note: "" };
      await upsertTerm(db, { ...term, sourceTerm: "Ville", targetTerm: "City" }, null, now);
      const down = await migrateDown(upToThis);
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.migrationName)).toEqual([THIS]);
      await expect(
        sql`insert into glossary_terms (source_language, target_language, source_term, target_term, created_at, updated_at)
          values ('fr', 'en', 'VILLE', 'Town', ${now}, ${now})`.execute(db),
      ).rejects.toThrow();
      await migrate(MIGRATIONS);
      expect(
        await upsertTerm(db, { ...term, sourceTerm: "VILLE", targetTerm: "City" }, null, now),
      ).toMatchObject({ change: "updated" });
    });
  });
}
