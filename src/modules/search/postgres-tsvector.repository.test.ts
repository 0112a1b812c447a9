import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase } from "../../test-support/databases.js";
import {
  clearTsvectorIndex,
  findHighestDocumentId,
  lockIndexWrites,
  matchIdsAbove,
  matchNewestIds,
  preferBitmapScans,
  rankByTsquery,
  tsvectorSizeInBytes,
} from "./postgres-tsvector.repository.js";
import { insertDocuments } from "./search.repository.js";
import { makeIndexDocument } from "./search.test-kit.js";

const VECTORS = ["'bus':1A 'lane':2B 'l_en'", "'tram':1A 'bus':2B,3B 'l_en'", "'bus':1A 'l_fr'"];

// tsvector exists on PostgreSQL only; SQLite's FTS5 index has its own repository and test.
describe("the PostgreSQL tsvector index queries", () => {
  let database: Database<DB>;
  let ids: number[];
  beforeEach(async () => {
    database = await createTestDatabase("postgres");
    const docs = VECTORS.map(() => makeIndexDocument());
    ids = await insertDocuments(database.db, docs, (doc) => VECTORS[docs.indexOf(doc)] ?? "");
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("matches among the newest, above an id, and tells the highest id", async () => {
    const db = database.db;
    const [a, b, c] = ids as [number, number, number];
    expect(await matchNewestIds(db, { tsquery: "'bus'", span: 10, limit: 10 })).toEqual([c, b, a]);
    expect(await matchNewestIds(db, { tsquery: "'bus'", span: 1, limit: 10 })).toEqual([c]);
    expect(await matchNewestIds(db, { tsquery: "'l_en' & 'bus'", span: 10, limit: 1 })).toEqual([
      b,
    ]);
    expect(await findHighestDocumentId(db)).toBe(c);
    const above = await db.transaction().execute(async (trx) => {
      await preferBitmapScans(trx);
      return matchIdsAbove(trx, { tsquery: "'bus'", low: a, limit: 10 });
    });
    expect(above).toEqual([c, b]);
  });

  it("ranks title matches over body matches, then newest first", async () => {
    const db = database.db;
    const [a, b, c] = ids as [number, number, number];
    expect(await rankByTsquery(db, { ids: [a, b, c], tsquery: "'bus'" })).toEqual([c, a, b]);
  });

  it("locks writers within a transaction, tells its size, and clears", async () => {
    const db = database.db;
    await db.transaction().execute(async (trx) => {
      await lockIndexWrites(trx);
    });
    expect(await tsvectorSizeInBytes(db)).toBeGreaterThan(0);
    await clearTsvectorIndex(db);
    expect(await findHighestDocumentId(db)).toBe(0);
    expect(await matchNewestIds(db, { tsquery: "'bus'", span: 10, limit: 10 })).toEqual([]);
  });
});
