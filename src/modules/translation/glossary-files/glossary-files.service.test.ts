import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../../database.js";
import type { Database } from "../../../platform/db/database.js";
import { ValidationError } from "../../../platform/errors.js";
import { createTestDatabase, DIALECTS } from "../../../test-support/databases.js";
import { listForbiddenTerms, listGlossary, listTermsForPair } from "../glossary.repository.js";
import { exportGlossary, importGlossaryFile } from "./glossary-files.service.js";

const DATA = path.resolve(import.meta.dirname, "../../../../../shared/data/tbx");
const IBM = fs.readFileSync(path.join(DATA, "okapi__lib-terminology-test__ibm_tbx.tbx"));
const MEDTRONIC = fs.readFileSync(
  path.join(DATA, "okapi__lib-terminology-test__medtronic_TBX.tbx"),
);
const LANGUAGES = ["en", "fr", "es", "ar"];
const NOW = new Date("2026-12-04T19:00:00Z");

for (const dialect of DIALECTS) {
  describe(`glossary files (TBX, CSV) on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    const importFile = (bytes: Uint8Array, fileName: string, db = database.db) =>
      importGlossaryFile(db, {
        bytes,
        fileName,
        sourceLanguage: "en",
        languages: LANGUAGES,
        actorId: null,
        now: NOW,
      });
    const rows = async (db = database.db) =>
      (await listGlossary(db))
        .map((t) => ({
          sourceLanguage: t.sourceLanguage,
          targetLanguage: t.targetLanguage,
          sourceTerm: t.sourceTerm,
          targetTerm: t.targetTerm,
          status: t.status,
          partOfSpeech: t.partOfSpeech,
          definition: t.definition,
          note: t.note,
        }))
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

    it("imports the IBM en/fr sample: 5 concepts, 11 terms, 6 en>fr terms", async () => {
      expect(await importFile(IBM, "ibm.tbx")).toEqual({
        format: "tbx",
        entriesRead: 5,
        terms: 6,
        added: 6,
        updated: 0,
        unchanged: 0,
        skipped: {},
      });
      const terms = await listTermsForPair(database.db, "en", "fr");
      expect(terms.map((t) => [t.sourceTerm, t.targetTerm, t.partOfSpeech])).toEqual([
        ["bill acceptor", "accepteur de billets", "nom"],
        ["branch", "historique de navigation", "nom"],
        ["front end", "avant-guichet", "nom"],
        ["navigation trail", "historique de navigation", "nom"],
        ["samples gallery", "galerie d'exemples", "nom"],
        ["scheduled operation", "opération planifiée", "nom"],
      ]);
      expect(terms.find((t) => t.sourceTerm === "front end")?.definition).toBe(
        "The area of a store comprising conventional lanes and IBM lanes with a paystation.",
      );
    });

    it("imports the 14-language sample: site languages only, statuses and notes kept, a second import changes nothing", async () => {
      expect(await importFile(MEDTRONIC, "medtronic.tbx")).toEqual({
        format: "tbx",
        entriesRead: 3,
        terms: 18,
        added: 18,
        updated: 0,
        unchanged: 0,
        skipped: { "language-not-on-site": 48 },
      });
      const all = await rows();
      expect(all.filter((t) => t.targetLanguage === "fr").length).toBe(9);
      expect(all.filter((t) => t.targetLanguage === "es").length).toBe(9);
      expect(
        all
          .filter((t) => t.sourceTerm === "silent alert" && t.targetLanguage === "fr")
          .map((t) => [t.targetTerm, t.status]),
      ).toEqual([
        ["alerte silencieuse", "admitted"],
        ["notification médecin", "preferred"],
      ]);
      expect(all.find((t) => t.sourceTerm === "audible alert")?.note).toMatch(
        /^An audible alert notifies the patient .* See patient alert$/,
      );
      const before = await rows();
      expect(await importFile(MEDTRONIC, "medtronic.tbx")).toMatchObject({
        added: 0,
        updated: 0,
        unchanged: 18,
      });
      expect(await rows()).toEqual(before);
    });

    it("keeps deprecated target terms as forbidden, and only preferred ones are required", async () => {
      const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1">
  <langSet xml:lang="en-GB"><tig><term>town hall</term></tig></langSet>
  <langSet xml:lang="fr"><tig><term>mairie</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>hôtel de ville</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
    <tig><term>maison commune</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
    <ntig><termGrp><term>maison du peuple</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp></ntig></langSet>
  <langSet xml:lang="de"><tig><term>Rathaus</term></tig></langSet>
</termEntry>
<termEntry id="c2"><langSet xml:lang="fr"><tig><term>orphelin</term></tig></langSet></termEntry>
</body></text></martif>`;
      expect(await importFile(Buffer.from(tbx), "t.tbx")).toMatchObject({
        entriesRead: 2,
        added: 4,
        skipped: { "language-not-on-site": 1, "no-source-term": 1 },
      });
      expect((await listTermsForPair(database.db, "en", "fr")).map((t) => t.targetTerm)).toEqual([
        "mairie",
      ]);
      expect(await listForbiddenTerms(database.db, "en", "fr")).toEqual([
        { source: "town hall", target: "maison commune" },
        { source: "town hall", target: "maison du peuple" },
      ]);
    });

    for (const format of ["tbx", "csv"] as const) {
      it(`exports ${format} that imports back as no change, and into an empty glossary as the same terms`, async () => {
        await importFile(MEDTRONIC, "medtronic.tbx");
        await importFile(IBM, "ibm.tbx");
        // The older CSV shape (no language columns: the form or the command gives them).
        await importGlossaryFile(database.db, {
          bytes: Buffer.from(
            "source,target,note,status\nAmina Yusuf,,a person,\n'=SUM(A1),'=cmd,formula-like,preferred\nrathaus,maison du peuple,,deprecated\n",
          ),
          fileName: "extra.csv",
          sourceLanguage: "en",
          targetLanguage: "fr",
          languages: LANGUAGES,
          actorId: null,
          now: NOW,
        });
        const before = await rows();
        expect(before.length).toBe(27);
        const exported = await exportGlossary(database.db, {
          format,
          sourceLanguage: "en",
          now: NOW,
        });
        expect(exported.terms).toBe(27);
        if (format === "csv") {
          expect(exported.text.split("\r\n")[0]).toBe(
            "source_language,target_language,source,target,status,part_of_speech,definition,note",
          );
          expect(exported.text).toContain("en,fr,'=SUM(A1),'=cmd,preferred,,,formula-like");
        } else {
          expect(exported.text).toContain('<martif type="TBX-Basic" xml:lang="en">');
          expect(exported.text).toContain(
            '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
          );
        }
        const bytes = Buffer.from(exported.text);
        expect(await importFile(bytes, `glossary.${format}`)).toMatchObject({
          added: 0,
          updated: 0,
          unchanged: 27,
        });
        expect(await rows()).toEqual(before);
        const other = await createTestDatabase(dialect);
        try {
          expect(await importFile(bytes, `glossary.${format}`, other.db)).toMatchObject({
            added: 27,
          });
          expect(await rows(other.db)).toEqual(before);
        } finally {
          await other.destroy();
        }
      });
    }

    it("imports again, as no change, terms that begin with a non-ASCII capital; another case of them is an update", async () => {
      const entry = (id: string, en: string, fr: string) =>
        `<termEntry id="${id}"><langSet xml:lang="en"><tig><term>${en}</term></tig></langSet><langSet xml:lang="fr"><tig><term>${fr}</term></tig></langSet></termEntry>`;
      const tbx = (...entries: string[]) =>
        Buffer.from(
          `<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="en"><text><body>${entries.join("")}</body></text></martif>`,
        );
      const terms = [
        entry("c1", "Ürümqi", "Ürümqi"),
        entry("c2", "İzmir", "Izmir"),
        entry("c3", "École Polytechnique", "École polytechnique"),
      ];
      expect(await importFile(tbx(...terms), "a.tbx")).toMatchObject({ added: 3 });
      expect(await importFile(tbx(...terms), "a.tbx")).toMatchObject({ added: 0, unchanged: 3 });
      expect(
        await importFile(
          tbx(
            entry("c1", "ÜRÜMQI", "Ürümqi"),
            entry("c2", "ÉCOLE POLYTECHNIQUE", "École polytechnique"),
          ),
          "b.tbx",
        ),
      ).toMatchObject({ added: 0, updated: 2 });
      // The same term twice in one file, as written and decomposed (E + combining accent): kept once.
      expect(
        await importFile(
          tbx(entry("c1", "Égalité", "Égalité"), entry("c2", "E\u0301GALITE\u0301", "Égalité")),
          "c.tbx",
        ),
      ).toMatchObject({ added: 1, skipped: { "duplicate-in-file": 1 } });
      expect((await rows()).map((t) => t.sourceTerm)).toEqual([
        "ÉCOLE POLYTECHNIQUE",
        "Égalité",
        "ÜRÜMQI",
        "İzmir",
      ]);
    });

    it("refuses hostile and wrong files with a clear error and writes nothing", async () => {
      const hostile: [string, Uint8Array][] = [
        [
          "XXE",
          Buffer.from(
            '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>',
          ),
        ],
        [
          "billion laughs",
          Buffer.from(
            `<!DOCTYPE martif [<!ENTITY a "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${"&a;".repeat(10)}">`).join("")}]><martif><text><body/></text></martif>`,
          ),
        ],
        ["wrong root", Buffer.from('<tmx version="1.4"><header srclang="en"/><body/></tmx>')],
        ["no body", Buffer.from("<martif><martifHeader/></martif>")],
        ["garbage bytes", Buffer.from([0x3c, 0x6d, 0xff, 0x00, 0xc3, 0x28, 0x01])],
        ["truncated", IBM.subarray(0, 3000)],
        ["huge", Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)],
      ];
      for (const [name, bytes] of hostile) {
        await expect(importFile(bytes, "x.tbx"), name).rejects.toBeInstanceOf(ValidationError);
      }
      await expect(importFile(Buffer.from([0xff, 0xfe, 0xc3]), "x.csv")).rejects.toThrow(/UTF-8/);
      await expect(
        importFile(Buffer.from("source,target,colour\na,b,c\n"), "x.csv"),
      ).rejects.toThrow(/header/);
      expect(await listGlossary(database.db)).toEqual([]);
    });
  });
}
