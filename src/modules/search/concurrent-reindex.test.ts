import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../platform/config.js";
import { nodeArgsFor } from "../../test-support/bundled.js";
import { DIALECTS } from "../../test-support/databases.js";
import { makeDurableStore } from "../../test-support/durable-store.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { searchEngineOf } from "./engines.js";
import { reindexItems } from "./indexer.service.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "reindex-loop.fixture.ts");
const run = promisify(execFile);

for (const dialect of DIALECTS) {
  describe(`two servers re-indexing one item on ${dialect}`, () => {
    it("both succeed and the item is indexed once per language", async () => {
      const store = await makeDurableStore(dialect);
      const database = await store.open();
      try {
        const saved = await saveItem(database.db, {
          draft: makeDraft({ title: "Harbour resilience", body: "Ports plan for storms." }),
          actorId: null,
          now: NOW,
        });
        await publishItem(database.db, { itemId: saved.item.id, now: NOW });
        const config = loadConfig({ dataDir: "/tmp/unused", languages: ["en", "fr"] }, {});
        const engine = searchEngineOf(database.db);
        const expected = await reindexItems({ db: database.db, engine, config, now: () => NOW }, [
          saved.item.id,
        ]);

        // Two processes, as two servers would be, each re-indexing the same item 50 times from the same moment.
        const { target, schema } = store.location;
        const startAt = String(Date.now() + 4_000);
        const args = [dialect, target, schema, String(saved.item.id), "50", startAt];
        await Promise.all(
          [1, 2].map(() => run(process.execPath, [...nodeArgsFor(FIXTURE), ...args])),
        );

        const rows = await database.db
          .selectFrom("searchDocuments")
          .select(["kind", "language"])
          .where("refId", "=", saved.item.id)
          .execute();
        expect(expected).toBeGreaterThan(0);
        expect(rows).toHaveLength(expected);
      } finally {
        await database.destroy();
        await store.cleanup();
      }
    }, 120_000);
  });
}
