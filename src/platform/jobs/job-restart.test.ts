import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { MIGRATIONS } from "../../migrations/index.js";
import { createTestDatabase, DIALECTS, TEST_POSTGRES_URL } from "../../test-support/databases.js";
import { type Database, type DialectName, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { enqueueJob } from "./job-queue.js";
import { findJobById } from "./job.repository.js";
import { makeRecordingJob, makeWorker, T0 } from "./test-factories.js";

for (const dialect of DIALECTS) {
  describe(`job queue across restarts on ${dialect}`, () => {
    it("survives a restart: a job left pending by one worker is run by a new worker built on a new connection", async () => {
      const store = await makeDurableStore(dialect);
      try {
        const { job, runs } = makeRecordingJob({ shouldFail: (attempt) => attempt === 1 });

        const before = await store.open();
        const id = await enqueueJob(before.db, job, {
          payload: { n: 5 },
          idempotencyKey: "restart",
          now: T0,
        });
        expect(await makeWorker({ db: before.db, jobs: [job] }).runOnce()).toBe(1);
        await before.destroy();

        const after = await store.open();
        try {
          const left = await findJobById(after.db, id);
          expect(left).toMatchObject({ status: "pending", attempts: 1, lockedBy: null });
          const worker = makeWorker({
            db: after.db,
            jobs: [job],
            now: () => new Date(left?.runAt ?? ""),
          });
          expect(await worker.runOnce()).toBe(1);
          expect(await findJobById(after.db, id)).toMatchObject({ status: "done", attempts: 2 });
          expect(runs.map((r) => r.ctx.attempt)).toEqual([1, 2]);
        } finally {
          await after.destroy();
        }
      } finally {
        await store.cleanup();
      }
    });
  });
}

/** A database that outlives its connections: a SQLite file, or a PostgreSQL schema opened by its own pools. */
async function makeDurableStore(
  dialect: DialectName,
): Promise<{ open(): Promise<Database<DB>>; cleanup(): Promise<void> }> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "civitas-jobs-"));
    const file = path.join(dir, "civitas.db");
    return {
      async open() {
        const database = openDatabase<DB>({ dialect: "sqlite", file });
        await migrateToLatest(database.db, MIGRATIONS);
        return database;
      },
      async cleanup() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  // The test database owns the schema (and drops it); each open is a separate pool on it.
  const owner = await createTestDatabase("postgres");
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    owner.db,
  );
  const schema = rows[0]?.schema ?? "";
  return {
    async open() {
      return openDatabase<DB>({ dialect: "postgres", url: TEST_POSTGRES_URL, schema, poolSize: 2 });
    },
    cleanup: () => owner.destroy(),
  };
}
