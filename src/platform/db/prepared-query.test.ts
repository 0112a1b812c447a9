import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import type { Database } from "./database.js";
import { preparedQuery } from "./prepared-query.js";

interface ProbeDB {
  probes: { id: number; groupName: string; rank: number; note: string | null };
}

const byGroup = preparedQuery((db: Kysely<ProbeDB>, p: { group: string; minRank: number }) =>
  db
    .selectFrom("probes")
    .select(["id", "rank"])
    .where("groupName", "=", p.group)
    .where("rank", ">=", p.minRank)
    .orderBy("rank")
    .limit(10),
);

const byIds = preparedQuery((db: Kysely<ProbeDB>, p: { ids: readonly number[] }) =>
  db.selectFrom("probes").select("id").where("id", "in", p.ids).orderBy("id"),
);

for (const dialect of DIALECTS) {
  describe(`prepared queries on ${dialect}`, () => {
    let database: Database<DB>;
    let db: Kysely<ProbeDB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      db = database.db as unknown as Kysely<ProbeDB>;
      await db.schema
        .createTable("probes")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("group_name", "text", (c) => c.notNull())
        .addColumn("rank", "integer", (c) => c.notNull())
        .addColumn("note", "text")
        .execute();
      await db
        .insertInto("probes")
        .values([
          { id: 1, groupName: "a", rank: 1, note: null },
          { id: 2, groupName: "a", rank: 5, note: "x" },
          { id: 3, groupName: "b", rank: 7, note: null },
          { id: 4, groupName: "a", rank: 9, note: null },
        ])
        .execute();
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("runs the query compiled once with each call's values, rows in camelCase", async () => {
      expect(await byGroup(db, { group: "a", minRank: 2 })).toEqual([
        { id: 2, rank: 5 },
        { id: 4, rank: 9 },
      ]);
      expect(await byGroup(db, { group: "b", minRank: 0 })).toEqual([{ id: 3, rank: 7 }]);
      expect(await byGroup(db, { group: "c", minRank: 0 })).toEqual([]);
      // The same answers the builder gives.
      const direct = await db
        .selectFrom("probes")
        .select(["id", "rank"])
        .where("groupName", "=", "a")
        .where("rank", ">=", 0)
        .orderBy("rank")
        .execute();
      expect(await byGroup(db, { group: "a", minRank: 0 })).toEqual(direct);
    });

    it("compiles a list of each length as its own shape", async () => {
      expect(await byIds(db, { ids: [4] })).toEqual([{ id: 4 }]);
      expect(await byIds(db, { ids: [3, 1] })).toEqual([{ id: 1 }, { id: 3 }]);
      expect(await byIds(db, { ids: [2] })).toEqual([{ id: 2 }]);
      expect(await byIds(db, { ids: [1, 2, 4] })).toEqual([{ id: 1 }, { id: 2 }, { id: 4 }]);
    });

    it("runs inside a transaction the caller owns", async () => {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable("probes").set({ rank: 0 }).where("id", "=", 4).execute();
        expect(await byGroup(trx, { group: "a", minRank: 0 })).toEqual([
          { id: 4, rank: 0 },
          { id: 1, rank: 1 },
          { id: 2, rank: 5 },
        ]);
      });
    });

    it("refuses a value the query does not take as a parameter", async () => {
      const unused = preparedQuery((db: Kysely<ProbeDB>, _p: { group: string }) =>
        db.selectFrom("probes").select("id"),
      );
      await expect(unused(db, { group: "a" })).rejects.toThrow(/does not use its value "group"/);
    });
  });
}
