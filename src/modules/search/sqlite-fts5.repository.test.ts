import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase } from "../../test-support/databases.js";
import { insertDocuments } from "./search.repository.js";
import {
  clearFts5Index,
  deleteFts5Rows,
  fts5SizeInBytes,
  insertFts5Rows,
  matchFts5Ids,
  scoreFts5Range,
} from "./sqlite-fts5.repository.js";
import { makeIndexDocument } from "./search.test-kit.js";

// FTS5 exists on SQLite only; PostgreSQL's index has its own repository and test.
describe("the SQLite FTS5 index rows", () => {
  let database: Database<DB>;
  let ids: number[];
  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    const docs = [makeIndexDocument(), makeIndexDocument(), makeIndexDocument()];
    ids = await insertDocuments(database.db, docs);
    await insertFts5Rows(database.db, [
      { id: ids[0] ?? 0, title: "bus", body: "lane", meta: "l_en" },
      { id: ids[1] ?? 0, title: "tram", body: "bus bus", meta: "l_en" },
      { id: ids[2] ?? 0, title: "bus", body: "", meta: "l_fr" },
    ]);
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("matches newest first up to a limit, and scores a range with title over body", async () => {
    const db = database.db;
    const [a, b, c] = ids as [number, number, number];
    expect(await matchFts5Ids(db, '"bus"', 10)).toEqual([c, b, a]);
    expect(await matchFts5Ids(db, '"l_en" AND "bus"', 1)).toEqual([b]);
    const scored = await scoreFts5Range(db, { expression: '"bus"', low: a, high: b, limit: 10 });
    expect(scored.map((r) => r.id).sort()).toEqual([a, b].sort());
    const score = new Map(scored.map((r) => [r.id, r.score]));
    // bm25 is negative, lower is better: a title match beats two body matches.
    expect(score.get(a)).toBeLessThan(score.get(b) ?? 0);
    expect(
      await scoreFts5Range(db, { expression: '"bus"', low: a, high: c, limit: 2 }),
    ).toHaveLength(2);
  });

  it("deletes rows, tells its size, and clears with the documents", async () => {
    const db = database.db;
    const [a, b, c] = ids as [number, number, number];
    await deleteFts5Rows(db, [a, c]);
    expect(await matchFts5Ids(db, '"bus"', 10)).toEqual([b]);
    expect(await fts5SizeInBytes(db)).toBeGreaterThanOrEqual(0);
    await clearFts5Index(db);
    expect(await matchFts5Ids(db, '"tram"', 10)).toEqual([]);
    expect(await db.selectFrom("searchDocuments").select("id").execute()).toEqual([]);
  });
});
