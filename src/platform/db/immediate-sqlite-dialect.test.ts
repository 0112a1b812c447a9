import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./database.js";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
const WRITING_MS = 1500;

/**
 * One process's writer: transactions that read, yield to the event loop, then
 * write, like a service's, for a while. Prints how many committed and failed.
 */
const WRITER = `
import { sql } from ${JSON.stringify(path.resolve("node_modules/kysely/dist/esm/index.js"))};
import { openDatabase } from ${JSON.stringify(path.resolve("src/platform/db/database.ts"))};
const database = openDatabase({ dialect: "sqlite", file: process.argv[2] });
const startAt = Number(process.argv[3]);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
let errors = 0;
let committed = 0;
const messages = new Set();
while (Date.now() < startAt + ${WRITING_MS}) {
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

describe("SQLite write transactions", () => {
  it("wait for another process's write lock instead of failing with 'database is locked'", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-immediate-"));
    const file = path.join(dir, "civitas.db");
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
      // The processes start writing together, once every one has started.
      const startAt = String(Date.now() + 8000);
      const writers = await Promise.all(
        [1, 2, 3].map(() => run(tsx, [script, file, startAt], { timeout: 120_000 })),
      );
      const results = writers.map(
        (w) => JSON.parse(w.stdout) as { committed: number; errors: number; messages: string[] },
      );
      expect(results.map((r) => [r.errors, r.messages])).toEqual([
        [0, []],
        [0, []],
        [0, []],
      ]);
      const committed = results.reduce((sum, r) => sum + r.committed, 0);
      expect(Math.min(...results.map((r) => r.committed))).toBeGreaterThan(10);
      const row = await setup.db.selectFrom("counters").select("value").executeTakeFirstOrThrow();
      expect(row.value).toBe(committed); // and no update lost
      await setup.destroy();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
