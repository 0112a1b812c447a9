import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { ValidationError } from "../../platform/errors.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { listGlossary, listTermsForPair, upsertTerm } from "./glossary.repository.js";
import { importGlossaryCsv, saveTerm } from "./glossary.service.js";

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

    const upsert = (term: { sourceTerm: string; targetTerm: string | null; status?: "admitted" }) =>
      upsertTerm(
        database.db,
        { sourceLanguage: "fr", targetLanguage: "en", note: "", ...term },
        null,
        NOW.toISOString(),
      );

    it("saves the same new term typed by several people at once: one term, the others' saves update it", async () => {
      const saves = ["Ville", "Cité", "Commune", "Municipalité"].map((targetTerm) =>
        saveTerm(
          database.db,
          { sourceLanguage: "en", targetLanguage: "fr", sourceTerm: "City", targetTerm, note: "" },
          { actorId: null, now: NOW },
        ),
      );
      const saved = await Promise.all(saves);
      expect(saved.filter((s) => s.change === "added")).toHaveLength(1);
      expect(new Set(saved.map((s) => s.id)).size).toBe(1);
      const terms = await listGlossary(database.db);
      expect(terms).toHaveLength(1);
      expect(["Ville", "Cité", "Commune", "Municipalité"]).toContain(terms[0]?.targetTerm);
    });

    it("lists the glossary in the source language's alphabetical order, the same on every database", async () => {
      for (const sourceTerm of ["zone", "État", "avenir", "Égalité", "eau", "Zèbre", "élu"])
        await upsert({ sourceTerm, targetTerm: "x" });
      expect((await listGlossary(database.db)).map((t) => t.sourceTerm)).toEqual([
        "avenir",
        "eau",
        "Égalité",
        "élu",
        "État",
        "Zèbre",
        "zone",
      ]);
    });

    it("takes a term that differs only by the case or the composition of a non-ASCII letter for the same term", async () => {
      expect(await upsert({ sourceTerm: "État", targetTerm: "State" })).toMatchObject({
        change: "added",
      });
      expect(await upsert({ sourceTerm: "ÉTAT", targetTerm: "State" })).toMatchObject({
        change: "updated",
      });
      // "É" written as E + combining acute accent, as some editors and macOS file names do.
      expect(await upsert({ sourceTerm: "E\u0301tat", targetTerm: "the State" })).toMatchObject({
        change: "updated",
      });
      expect(
        await upsert({ sourceTerm: "Égalité", targetTerm: "Equality", status: "admitted" }),
      ).toMatchObject({ change: "added" });
      expect(
        await upsert({ sourceTerm: "ÉGALITÉ", targetTerm: "EQUALITY", status: "admitted" }),
      ).toMatchObject({ change: "updated" });
      expect(await upsert({ sourceTerm: "énergie", targetTerm: "energy" })).toMatchObject({
        change: "added",
      });
      expect(await upsert({ sourceTerm: "ÉNERGIE", targetTerm: "energy" })).toMatchObject({
        change: "updated",
      });
      expect((await listGlossary(database.db)).map((t) => [t.sourceTerm, t.targetTerm])).toEqual([
        ["ÉGALITÉ", "EQUALITY"],
        ["ÉNERGIE", "energy"],
        ["E\u0301tat", "the State"],
      ]);
    });

    it("finds again, as JavaScript lowercases them, terms whose lowercase the database engines disagree on", async () => {
      // PostgreSQL lowercases İ to i and a final Σ to σ; JavaScript to i̇ and ς; SQLite leaves both.
      for (const sourceTerm of ["İstanbul", "Ürümqi", "ΟΔΟΣ"]) {
        expect(await upsert({ sourceTerm, targetTerm: null })).toMatchObject({ change: "added" });
        expect(await upsert({ sourceTerm, targetTerm: null })).toMatchObject({
          change: "unchanged",
        });
        expect(
          await upsert({ sourceTerm: sourceTerm.toLowerCase(), targetTerm: null }),
        ).toMatchObject({
          change: "updated",
        });
      }
      expect((await listGlossary(database.db)).map((t) => t.sourceTerm).sort()).toEqual([
        "i̇stanbul",
        "ürümqi",
        "οδος",
      ]);
    });

    it("imports a CSV again under another case of a non-ASCII letter as an update, and names such a row given twice", async () => {
      expect(await importCsv("source,target\nÉnergie,Energy\n")).toMatchObject({ added: 1 });
      expect(await importCsv("source,target\nÉNERGIE,Energy\n")).toMatchObject({ updated: 1 });
      expect(await importCsv("source,target\nÉNERGIE,Energy\n")).toMatchObject({ unchanged: 1 });
      const error = await importCsv(
        "source,target\nÉgalité,Equality\nE\u0301galite\u0301,Equality\n",
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toEqual([
        { path: "line 3", message: expect.stringMatching(/twice/) },
      ]);
      expect((await listGlossary(database.db)).map((t) => t.sourceTerm)).toEqual(["ÉNERGIE"]);
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
