import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { ValidationError } from "../../platform/errors.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { listGlossary, listTermsForPair, upsertTerm } from "./glossary.repository.js";
import { importGlossaryCsv } from "./glossary.service.js";

const NOW = new Date("2026-11-26T12:00:00Z");

for (const dialect of DIALECTS) {
  describe(`glossary on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    const importCsv = (text: string, targetLanguage = "fr") =>
      importGlossaryCsv(database.db, {
        text,
        sourceLanguage: "en",
        targetLanguage,
        actorId: null,
        now: NOW,
      });

    it("imports required and do-not-translate terms, and updates a term imported again", async () => {
      const csv =
        'source,target,note\nStrong Cities Network,Réseau des villes fortes,the name\n"International Steering Committee","Comité directeur international",\nAmina Yusuf,,a person\n';
      expect(await importCsv(csv)).toMatchObject({ imported: 3, added: 3 });
      expect(
        await importCsv("source,target\nstrong cities network,Réseau des Villes fortes\n"),
      ).toMatchObject({
        imported: 1,
        updated: 1,
      });
      const terms = await listTermsForPair(database.db, "en", "fr");
      expect(terms.map((t) => [t.sourceTerm, t.targetTerm])).toEqual([
        ["Amina Yusuf", null],
        ["International Steering Committee", "Comité directeur international"],
        ["strong cities network", "Réseau des Villes fortes"],
      ]);
    });

    it("writes nothing when a row is bad, and names every bad row", async () => {
      await upsertTerm(
        database.db,
        {
          sourceLanguage: "en",
          targetLanguage: "fr",
          sourceTerm: "Kept",
          targetTerm: "Gardé",
          note: "",
        },
        null,
        NOW.toISOString(),
      );
      const csv = `source,target\nGood,Bon\n,Vide\nToo,many,columns,here\nGood,Encore\n"${"x".repeat(300)}",long\n`;
      const error = await importCsv(csv).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const details = (error as ValidationError).details as { path: string; message: string }[];
      expect(details.map((d) => d.path)).toEqual(["line 3", "line 4", "line 5", "line 6"]);
      expect(details[2]?.message).toMatch(/twice/);
      expect((await listGlossary(database.db)).map((t) => t.sourceTerm)).toEqual(["Kept"]);
    });

    it("refuses a file without the header, an unclosed quote and a pair into the source language", async () => {
      await expect(importCsv("Strong Cities Network,Réseau\n")).rejects.toThrow(/header/);
      await expect(importCsv('source,target\n"open,x\n')).rejects.toThrow(/not valid CSV/);
      await expect(importCsv("source,target\nCity,Ville\n", "en")).rejects.toThrow(ValidationError);
      await expect(importCsv("source,target\nCity,Ville\n", "*")).rejects.toThrow(ValidationError);
      expect(await listGlossary(database.db)).toEqual([]);
    });
  });
}
