import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./database.js";

const tsx = path.resolve("node_modules/.bin/tsx");
const TRANSACTIONS = 300;
const WRITERS = 3;

/**
 * One process's writer: once every writer is ready (the go file exists), a
 * fixed number of transactions that read, yield to the event loop, then write,
 * like a service's. Prints how many committed and failed.
 */
const WRITER = `
import fs from "node:fs";
import { sql } from ${JSON.stringify(path.resolve("node_modules/kysely/dist/esm/index.js"))};
import { openDatabase } from ${JSON.stringify(path.resolve("src/platform/db/database.ts"))};
const [file, go] = process.argv.slice(2);
const database = openDatabase({ dialect: "sqlite", file });
console.log("ready");
while (!fs.existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5));
let errors = 0;
let committed = 0;
const messages = new Set();
for (let i = 0; i < ${TRANSACTIONS}; i++) {
  try {
    await database.db.transaction().execute(async (trx) => {
      const row = await sql\`select value from counters where id = 1\`.execute(trx);
      await new Promise((resolve) => setImmediate(resolve));
      await sql\`update counters set value = \${row.rows[0].value + 1} where id = 1\`.execute(trx);
    });
    committed++;
  } catch (error) {
    errors++;
    messages.add(String(error));
  }
}
await database.destroy();
console.log(JSON.stringify({ committed, errors, messages: [...messages] }));
`;

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
    const script = path.join(dir, "writer.mts");
    fs.writeFileSync(script, WRITER);
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
        const child = spawn(tsx, [script, file, go]);
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
