// One process's writer for immediate-sqlite-dialect.test.ts: once every writer is ready (the go
// file exists), a number of transactions that read, yield to the event loop, then write, like a
// service's. Prints "ready", then how many committed and failed as JSON.
import fs from "node:fs";
import { sql } from "kysely";
import { openDatabase } from "./database.js";

const [file = "", go = "", transactions = "0"] = process.argv.slice(2);
const database = openDatabase<{ counters: { id: number; value: number } }>({
  dialect: "sqlite",
  file,
});
console.log("ready");
while (!fs.existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5));
let errors = 0;
let committed = 0;
const messages = new Set<string>();
for (let i = 0; i < Number(transactions); i++) {
  try {
    await database.db.transaction().execute(async (trx) => {
      const row = await sql<{ value: number }>`select value from counters where id = 1`.execute(
        trx,
      );
      await new Promise((resolve) => setImmediate(resolve));
      const value = (row.rows[0]?.value ?? 0) + 1;
      await sql`update counters set value = ${value} where id = 1`.execute(trx);
    });
    committed++;
  } catch (error) {
    errors++;
    messages.add(String(error));
  }
}
await database.destroy();
console.log(JSON.stringify({ committed, errors, messages: [...messages] }));
