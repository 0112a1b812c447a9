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
        const regions = await loadTagRegions(db);
        expect(regions.get(untagged.slug)).toBe(untagged.region);
        expect(regions.get("a-partner-tag")).toBe(tagged.region);
        expect(regions.has(tagged.slug)).toBe(false);
      } finally {
        await database.destroy();
      }
    });
  });
}
