import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nodeArgsFor } from "../../test-support/bundled.js";
import { openDatabase } from "./database.js";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";

const TRANSACTIONS = 300;
const WRITERS = 3;
/** One process's writer (it says what it does). */
const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), "sqlite-writer.fixture.ts");

interface WriterResult {
  committed: number;
  errors: number;
  messages: string[];
}

describe("SQLite write transactions", () => {
  it("wait for another process's write lock instead of failing with 'database is locked'", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-immediate-"));
    const file = path.join(dir, "civitas.db");
    const go = path.join(dir, "go");
    try {
      const setup = openDatabase<{ counters: { id: number; value: number } }>({
        dialect: "sqlite",
        file,
      });
      await setup.db.schema
        .createTable("counters")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("value", "integer", (c) => c.notNull())
        .execute();
      await setup.db.insertInto("counters").values({ id: 1, value: 0 }).execute();
      const ready: Promise<void>[] = [];
      const done: Promise<WriterResult>[] = [];
      for (let i = 0; i < WRITERS; i++) {
        const child = spawn(process.execPath, [
          ...nodeArgsFor(WRITER),
          file,
          go,
          String(TRANSACTIONS),
        ]);
        let out = "";
        let isReady: () => void = () => {};
        ready.push(new Promise((resolve) => (isReady = resolve)));
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          if (out.startsWith("ready\n")) isReady();
        });
        done.push(
          new Promise((resolve, reject) =>
            child.on("close", (code) =>
              code === 0
                ? resolve(JSON.parse(out.slice("ready\n".length)) as WriterResult)
                : reject(new Error(`writer exited with ${code}`)),
            ),
          ),
        );
      }
      // Every writer has opened the database before any writes: they overlap.
      await Promise.all(ready);
      fs.writeFileSync(go, "");
      const results = await Promise.all(done);
      expect(results.map((r) => [r.committed, r.errors, r.messages])).toEqual(
        Array.from({ length: WRITERS }, () => [TRANSACTIONS, 0, []]),
      );
      const row = await setup.db.selectFrom("counters").select("value").executeTakeFirstOrThrow();
      expect(row.value).toBe(WRITERS * TRANSACTIONS); // and no update lost
      await setup.destroy();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe("a SQLite write that finds the write lock taken", () => {
  interface Notes {
    notes: { id: number; text: string };
  }
  /** A database file with a table, and a second connection (another process's) that takes the write lock. */
  function setUp() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-lock-wait-"));
    const file = path.join(dir, "civitas.db");
    const other = new SQLite(file);
    other.pragma("journal_mode = WAL");
    other.exec("create table notes (id integer primary key, text text not null)");
    return {
      file,
      other,
      /** Holds the write lock for `ms`, as an import's transaction does. */
      holdLock(ms: number) {
        other.exec("begin immediate");
        setTimeout(() => other.exec("commit"), ms);
      },
      close() {
        other.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  /** Counts timer ticks: a blocked event loop does not tick. */
  function tickCounter() {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    return {
      stop() {
        clearInterval(timer);
        return ticks;
      },
    };
  }

  it("waits its turn on a timer, so the event loop and this process's reads go on, then succeeds", async () => {
    const setup = setUp();
    const database = openDatabase<Notes>({ dialect: "sqlite", file: setup.file });
    try {
      for (const write of [
        () =>
          database.db
            .transaction()
            .execute((trx) =>
              trx.insertInto("notes").values({ id: 1, text: "in a transaction" }).execute(),
            ),
        () => database.db.insertInto("notes").values({ id: 2, text: "on its own" }).execute(),
      ]) {
        setup.holdLock(300);
        const ticks = tickCounter();
        const started = performance.now();
        const order: string[] = [];
        const writing = write().then(() => order.push("write"));
        // A read on the same connection answers while the write waits.
        await database.db.selectFrom("notes").selectAll().execute();
        order.push("read");
        await writing;
        const waited = performance.now() - started;
        expect(waited).toBeGreaterThanOrEqual(250);
        expect(ticks.stop()).toBeGreaterThanOrEqual(10);
        expect(order).toEqual(["read", "write"]);
      }
      const rows = await database.db.selectFrom("notes").select("id").orderBy("id").execute();
      expect(rows.map((r) => r.id)).toEqual([1, 2]);
    } finally {
      await database.destroy();
      setup.close();
    }
  });

  it("fails with SQLite's 'database is locked' once the total wait is over, and leaves no transaction open", async () => {
    const setup = setUp();
    const db = new Kysely<Notes>({
      dialect: new ImmediateSqliteDialect({ database: new SQLite(setup.file), lockTimeoutMs: 200 }),
    });
    try {
      setup.holdLock(1500);
      const ticks = tickCounter();
      const started = performance.now();
      await expect(
        db
          .transaction()
          .execute((trx) => trx.insertInto("notes").values({ id: 1, text: "late" }).execute()),
      ).rejects.toMatchObject({ code: "SQLITE_BUSY", message: "database is locked" });
      await expect(
        db.insertInto("notes").values({ id: 2, text: "late" }).execute(),
      ).rejects.toMatchObject({ code: "SQLITE_BUSY" });
      const waited = performance.now() - started;
      expect(waited).toBeGreaterThanOrEqual(2 * 180);
      expect(waited).toBeLessThan(1400);
      expect(ticks.stop()).toBeGreaterThanOrEqual(20);
      // Once the other connection commits, the same handle writes.
      await new Promise((resolve) => setTimeout(resolve, 1500 - waited + 50));
      await db.insertInto("notes").values({ id: 3, text: "after" }).execute();
      expect(await db.selectFrom("notes").select("id").execute()).toEqual([{ id: 3 }]);
    } finally {
      await db.destroy();
      setup.close();
    }
  });
});
