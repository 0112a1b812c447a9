import { describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { seedNetwork } from "../network/network.test-kit.js";
import { loadTagRegions } from "./search-source.repository.js";

for (const dialect of DIALECTS) {
  describe(`what search reads of the network on ${dialect}`, () => {
    it("gives content tagged with a city's tag the city's region, the city's slug when it names no tag", async () => {
      const database = await createTestDatabase(dialect);
      try {
        const db = database.db;
        await seedNetwork(db);
        const cities = await db.selectFrom("cities").select(["id", "slug", "region"]).execute();
        const untagged = cities[0];
        const tagged = cities[1];
        if (!untagged || !tagged) throw new Error("the demo network has cities");
        await db
          .updateTable("cities")
          .set({ tagSlug: null })
          .where("id", "=", untagged.id)
          .execute();
        await db
          .updateTable("cities")
          .set({ tagSlug: "a-partner-tag" })
          .where("id", "=", tagged.id)
          .execute();
        const other = cities[2];
        if (!other) throw new Error("the demo network has cities");
        const regions = await loadTagRegions(db, [
          untagged.slug,
          "a-partner-tag",
          tagged.slug,
          "not-a-city",
        ]);
        expect(regions.get(untagged.slug)).toBe(untagged.region);
        expect(regions.get("a-partner-tag")).toBe(tagged.region);
        expect(regions.has(tagged.slug)).toBe(false);
        // Only the tags asked for are read.
        expect([...regions.keys()].sort()).toEqual(["a-partner-tag", untagged.slug].sort());
        expect((await loadTagRegions(db, [other.slug])).get(other.slug)).toBe(other.region);
        expect((await loadTagRegions(db, [])).size).toBe(0);
      } finally {
        await database.destroy();
      }
    });
  });
}
