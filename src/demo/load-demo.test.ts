import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../database.js";
import { loadConfig } from "../platform/config.js";
import { readChangeCounter } from "../platform/db/change-counter.js";
import type { Database } from "../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../test-support/databases.js";
import { DEMO_ITEMS } from "./demo-content.js";
import { drawDemoImageOncePerRun, prepareImageOncePerRun } from "./demo-images.test-kit.js";
import { loadDemo } from "./load-demo.js";

for (const dialect of DIALECTS) {
  describe(`demo network on ${dialect}`, () => {
    let database: Database<DB>;
    let dataDir: string;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-demo-"));
    });
    afterEach(async () => {
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it("loads every item published, and a second run changes nothing", async () => {
      const config = loadConfig({ dataDir }, {});
      const drawImage = drawDemoImageOncePerRun;
      const prepareImage = prepareImageOncePerRun;
      const first = await loadDemo(database.db, {
        config,
        now: new Date("2026-11-26T12:00:00Z"),
        drawImage,
        prepareImage,
      });
      expect(first.created).toBe(DEMO_ITEMS.length);
      const counter = await readChangeCounter(database.db);
      const revisions = await database.db
        .selectFrom("revisions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      const files = fs.readdirSync(path.join(dataDir, "media")).sort();

      const second = await loadDemo(database.db, {
        config,
        now: new Date("2026-11-27T12:00:00Z"),
        drawImage,
        prepareImage,
      });
      expect(second).toEqual({ created: 0, updated: 0, unchanged: DEMO_ITEMS.length });
      expect(await readChangeCounter(database.db)).toBe(counter);
      const after = await database.db
        .selectFrom("revisions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(after.n).toBe(revisions.n);
      expect(fs.readdirSync(path.join(dataDir, "media")).sort()).toEqual(files);

      const published = await database.db
        .selectFrom("items")
        .select("status")
        .where("status", "=", "published")
        .execute();
      expect(published).toHaveLength(DEMO_ITEMS.length);
      const bodies = await database.db.selectFrom("revisions").select("bodyHtml").execute();
      expect(bodies.some((b) => b.bodyHtml.includes("demo-image:"))).toBe(false);
      // The demo's images drawn and encoded once per run, but heavy when this test comes first: its own timeout.
    }, 120_000);
  });
}
