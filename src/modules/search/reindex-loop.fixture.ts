// A second "server" for concurrent-reindex.test.ts: re-indexes one item again
// and again from its own process, as another instance of Civitas would.
import type { DB } from "../../database.js";
import { loadConfig } from "../../platform/config.js";
import { openDatabase } from "../../platform/db/database.js";
import { searchEngineOf } from "./engines.js";
import { reindexItems } from "./indexer.service.js";

const [dialect, target, schema, itemId, rounds, startAt] = process.argv.slice(2);
const database =
  dialect === "postgres"
    ? openDatabase<DB>({ dialect: "postgres", url: target ?? "", schema, poolSize: 1 })
    : openDatabase<DB>({ dialect: "sqlite", file: target ?? "" });
const config = loadConfig({ dataDir: "/tmp/unused", languages: ["en", "fr"] }, {});
const deps = {
  db: database.db,
  engine: searchEngineOf(database.db),
  config,
  now: () => new Date(),
};
// Both processes start together, whenever each finished loading.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
try {
  for (let round = 0; round < Number(rounds); round += 1)
    await reindexItems(deps, [Number(itemId)]);
} finally {
  await database.destroy();
}
