import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildCli } from "../../cli.js";
import type { DB } from "../../database.js";
import { MIGRATIONS } from "../../migrations/index.js";
import { openDatabase } from "../../platform/db/database.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { SOURCE_ONLY } from "../content/localization.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { searchEngineOf } from "./engines.js";
import { runSearch } from "./search.service.js";

describe("civitas search reindex", () => {
  it("rebuilds the index from the published items, with a progress report", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-search-cli-"));
    const file = path.join(dir, "civitas.db");
    const now = new Date("2026-11-26T12:00:00Z");
    try {
      const setup = openDatabase<DB>({ dialect: "sqlite", file });
      await migrateToLatest(setup.db, MIGRATIONS);
      const saved = await saveItem(setup.db, {
        draft: makeDraft({ title: "Harbour resilience" }),
        actorId: null,
        now,
      });
      await publishItem(setup.db, { itemId: saved.item.id, now });
      await setup.destroy();

      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      try {
        await buildCli().parseAsync(["node", "civitas", "--data", dir, "search", "reindex"]);
        expect(log.mock.calls.flat().join("\n")).toMatch(/Indexed 1 item\(s\)/);
        expect(stderr.mock.calls.flat().join("")).toContain("Indexing");
      } finally {
        log.mockRestore();
        stderr.mockRestore();
      }

      const after = openDatabase<DB>({ dialect: "sqlite", file });
      const outcome = await runSearch(
        {
          db: after.db,
          engine: searchEngineOf(after.db),
          localizer: SOURCE_ONLY,
          languages: ["en"],
        },
        { q: "harbours", lang: "en", page: 1, pageSize: 10, prefix: false, filters: {} },
      );
      await after.destroy();
      expect(outcome.status === "ok" && outcome.results.map((r) => r.title)).toEqual([
        "Harbour resilience",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
