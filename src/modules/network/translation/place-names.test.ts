import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../../database.js";
import type { Database } from "../../../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../../../test-support/databases.js";
import { seedNetwork } from "../network.test-kit.js";
import { networkPlaceNames } from "./place-names.js";

for (const dialect of DIALECTS) {
  describe(`the network's places for the translation checks on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      await seedNetwork(database.db);
    });
    afterEach(() => database.destroy());

    it("groups each city's English and own names, and each country's names in every site language", async () => {
      const groups = await networkPlaceNames(["en", "fr", "es", "ar"])(database.db);
      expect(groups).toContainEqual(["Helsinki", "Helsingfors"]);
      expect(groups).toContainEqual(["Finland", "Finlande", "Finlandia", "فنلندا"]);
      // A city whose name is the same in its own language is one form.
      expect(groups.some((g) => g.length === 1)).toBe(true);
    });
  });
}
