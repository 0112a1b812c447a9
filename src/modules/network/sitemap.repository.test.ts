import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { listCitySlugs } from "./directory.repository.js";
import { listEventSlugs } from "./event.repository.js";
import { seedNetwork } from "./network.test-kit.js";

for (const dialect of DIALECTS) {
  describe(`the network's slugs for the sitemap on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("lists every city and every event once, by slug, with its last change", async () => {
      const { db } = database;
      expect(await listCitySlugs(db)).toEqual([]);
      await seedNetwork(db);
      const cities = await listCitySlugs(db);
      const events = await listEventSlugs(db);
      expect(cities).toHaveLength(46);
      expect(events).toHaveLength(3);
      for (const list of [cities, events]) {
        const slugs = list.map((row) => row.slug);
        expect(slugs).toEqual([...slugs].sort());
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const row of list) expect(row.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
    });
  });
}
