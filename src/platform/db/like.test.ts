import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import type { Database } from "./database.js";
import { FOLD_FROM, foldForSearch } from "./fold.js";
import { containsText, equalsFolded, startingWithTextFirst } from "./like.js";

const NAMES = [
  "Bogotá",
  "BOGOTÁ NORTE",
  "São Paulo",
  "Łódź",
  "ÉCOLE des villes",
  "50%_off",
  "Oslo",
];

for (const dialect of DIALECTS) {
  describe(`list searches blind to case and accents on ${dialect}`, () => {
    let database: Database<unknown>;
    let db: Kysely<{ probe: { name: string } }>;
    beforeAll(async () => {
      database = (await createTestDatabase(dialect)) as unknown as Database<unknown>;
      db = database.db as unknown as Kysely<{ probe: { name: string } }>;
      await db.schema.createTable("probe").addColumn("name", "text").execute();
      await db
        .insertInto("probe")
        .values(NAMES.map((name) => ({ name })))
        .execute();
    });
    afterAll(async () => {
      await database?.destroy();
    });

    const search = async (text: string) =>
      (
        await db
          .selectFrom("probe")
          .select("name")
          .where(containsText("name", text))
          .orderBy(startingWithTextFirst("name", text))
          .execute()
      ).map((row) => row.name);
    // The databases' collations order names differently: compare the sets where order is not the point.
    const searchSet = async (text: string) => (await search(text)).toSorted();

    it("finds a name whatever the case and accents typed", async () => {
      expect(await searchSet("bogota")).toEqual(["BOGOTÁ NORTE", "Bogotá"]);
      expect(await searchSet("BOGOTÁ")).toEqual(["BOGOTÁ NORTE", "Bogotá"]);
      expect(await search("sao paulo")).toEqual(["São Paulo"]);
      expect(await search("lodz")).toEqual(["Łódź"]);
      expect(await search("école")).toEqual(["ÉCOLE des villes"]);
      expect(await search("villes")).toEqual(["ÉCOLE des villes"]);
    });

    it("puts the names that start with the text first", async () => {
      const found = await search("o");
      expect(found[0]).toBe("Oslo");
      expect(found.toSorted()).toEqual(
        NAMES.filter((name) => foldForSearch(name).includes("o")).toSorted(),
      );
    });

    it("compares whole names blind to case and accents", async () => {
      const named = async (text: string) =>
        (await db.selectFrom("probe").select("name").where(equalsFolded("name", text)).execute())
          .map((row) => row.name)
          .toSorted();
      expect(await named("bogota")).toEqual(["Bogotá"]);
      expect(await named("LODZ")).toEqual(["Łódź"]);
      expect(await named("bogot")).toEqual([]);
      expect(await named("50%_OFF")).toEqual(["50%_off"]);
    });

    it("matches % and _ as themselves", async () => {
      expect(await search("%")).toEqual(["50%_off"]);
      expect(await search("0%_")).toEqual(["50%_off"]);
      expect(await search("_")).toEqual(["50%_off"]);
    });

    it("folds in the database exactly as in Node, letter by letter", async () => {
      const letters = [...FOLD_FROM, "A", "Z", "ß", "Æ", "سوق"];
      const row = await sql<{
        folded: string;
      }>`select civitas_fold(${letters.join("|")}) as folded`.execute(db);
      expect(row.rows[0]?.folded.split("|")).toEqual(letters.map(foldForSearch));
    });
  });
}
