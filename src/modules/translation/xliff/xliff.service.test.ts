import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertUser } from "../../../platform/auth/user.repository.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { memoryOnlyDeps, publishTranslated } from "../review/review.test-kit.js";
import type { TranslateDeps } from "../translate.service.js";
import { exportForTranslation } from "./export.service.js";
import { XliffImportError, importXliff } from "./import.service.js";
import { upsertTerm } from "../glossary.repository.js";
import { readXliff } from "./read.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const DRAFT = {
  title: "The council meets today",
  summary: "",
  body: "The council **meets** on Monday. Read the [report](https://example.org/r).",
};
/** The translator's work, keyed by the XLIFF 2 source content of each unit. */
const FRENCH: Record<string, string> = {
  "The council meets today": "Le conseil se réunit aujourd’hui",
  'The council <pc id="1">meets</pc> on Monday.': 'Le conseil <pc id="1">se réunit</pc> lundi.',
  'Read the <pc id="1">report</pc>.': 'Lisez le <pc id="1">rapport</pc>.',
};

/** Writes targets into an exported XLIFF 2.1 file, as a CAT tool would. */
function fill21(xliff: string, translations: Record<string, string> = FRENCH): string {
  return xliff.replace(
    /<segment id="s1" state="initial"><source>(.*?)<\/source><\/segment>/gu,
    (whole, source: string) => {
      const target = translations[source];
      return target === undefined
        ? whole
        : `<segment id="s1" state="translated"><source>${source}</source><target>${target}</target></segment>`;
    },
  );
}

/** The same for XLIFF 1.2 (codes are g/x there). */
function fill12(xliff: string): string {
  return xliff.replace(/\n {4}<source>(.*?)<\/source>/gu, (whole, source: string) => {
    const key = source.replace(/<g id="(\w+)">/gu, '<pc id="$1">').replace(/<\/g>/gu, "</pc>");
    const target = FRENCH[key]
      ?.replace(/<pc id="(\w+)">/gu, '<g id="$1">')
      .replace(/<\/pc>/gu, "</g>");
    return target === undefined ? whole : `${whole}<target>${target}</target>`;
  });
}

const bytes = (text: string) => new TextEncoder().encode(text);

for (const dialect of DIALECTS) {
  describe(`XLIFF export and import (${dialect})`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    let actorId: number;
    let itemId: number;
    beforeEach(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr", "es"] } });
      deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      const user = await insertUser(t.database.db, {
        email: `translator-${dialect}@example.org`,
        displayName: "Translator",
        role: "editor",
        passwordHash: null,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
      actorId = user.id;
      // Machine output left in English: the gate holds it.
      ({ itemId } = await publishTranslated(deps, {
        draft: DRAFT,
        language: "fr",
        translate: (s) => s,
      }));
    });
    afterEach(async () => {
      await deps.runtime.lexicon.close();
      await t.close();
    });

    const liveTitle = async () => {
      const row = await t.database.db
        .selectFrom("itemTranslations as it")
        .leftJoin("localizedRevisions as l", "l.id", "it.liveLocalizedId")
        .select(["l.title"])
        .where("it.itemId", "=", itemId)
        .where("it.language", "=", "fr")
        .executeTakeFirst();
      return row?.title ?? null;
    };
    const unitStates = async () =>
      (
        await t.database.db
          .selectFrom("translationUnits")
          .select(["state", "origin"])
          .where("targetLanguage", "=", "fr")
          .orderBy("id")
          .execute()
      ).map((u) => `${u.origin}:${u.state}`);

    it("exports held French sentences as valid XLIFF 2.1 (pc codes, candidates), imports the filled file, and the item's French goes live", async () => {
      expect(await liveTitle()).toBeNull();
      const exported = await exportForTranslation(deps, { language: "fr", itemIds: [itemId] });
      expect(exported).toMatchObject({ items: 1, units: 3 });
      const document = readXliff(bytes(exported.xliff));
      expect(document).toMatchObject({ version: "2.1", srcLang: "en", trgLang: "fr" });
      expect(document.segments.every((s) => s.target === undefined)).toBe(true);
      expect(exported.xliff).toContain('<pc id="1">meets</pc>');
      expect(exported.xliff).toContain('<mtc:match id="m1" ref="#s1" type="mt"');

      const report = await importXliff(deps, {
        bytes: bytes(fill21(exported.xliff)),
        language: "fr",
        actorId,
        ip: "127.0.0.1",
      });
      expect(report).toMatchObject({ language: "fr", accepted: 3, refused: 0, untranslated: 0 });
      expect(report.units.map((u) => u.errors)).toEqual([0, 0, 0]);
      expect(report.pages).toBeGreaterThan(0);
      expect(await unitStates()).toEqual(["human:reviewed", "human:reviewed", "human:reviewed"]);
      expect(await liveTitle()).toBe("Le conseil se réunit aujourd’hui");
      // Nothing is left to translate.
      await expect(
        exportForTranslation(deps, { language: "fr", itemIds: [itemId] }),
      ).rejects.toThrow(/nothing awaits/);
    });

    it("saves a file in one transaction: the database refusing its third unit saves none of the file", async () => {
      // A real constraint, not a mock: a trigger refuses any translation containing BOOM.
      if (dialect === "sqlite") {
        for (const event of ["INSERT", "UPDATE"]) {
          await sql
            .raw(
              `CREATE TRIGGER refuse_boom_${event} BEFORE ${event} ON translation_units
               WHEN NEW.target_text LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'BOOM refused'); END`,
            )
            .execute(t.database.db);
        }
      } else {
        await sql
          .raw(
            `CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN IF NEW.target_text LIKE '%BOOM%' THEN RAISE EXCEPTION 'BOOM refused'; END IF;
             RETURN NEW; END $$`,
          )
          .execute(t.database.db);
        await sql
          .raw(
            `CREATE TRIGGER refuse_boom BEFORE INSERT OR UPDATE ON translation_units
             FOR EACH ROW EXECUTE FUNCTION refuse_boom()`,
          )
          .execute(t.database.db);
      }
      const audits = async () =>
        (
          await t.database.db
            .selectFrom("auditLog")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("subjectType", "=", "translation_unit")
            .executeTakeFirstOrThrow()
        ).n;
      const auditsBefore = Number(await audits());
      const exported = await exportForTranslation(deps, { language: "fr", itemIds: [itemId] });
      const filled = fill21(exported.xliff, {
        ...FRENCH,
        'Read the <pc id="1">report</pc>.': 'Lisez le <pc id="1">rapport</pc> BOOM.',
      });
      // The refused unit is the file's last: two were saved before it, in the same transaction.
      expect(filled.lastIndexOf("BOOM")).toBeGreaterThan(filled.indexOf("Le conseil se réunit"));
      const progress: number[] = [];
      await expect(
        importXliff(deps, {
          bytes: bytes(filled),
          language: "fr",
          actorId,
          ip: "127.0.0.1",
          onProgress: (done) => progress.push(done),
        }),
      ).rejects.toThrow(/BOOM refused/);
      expect(progress).toEqual([1, 2]);
      expect(await unitStates()).toEqual(["engine:machine", "engine:machine", "engine:machine"]);
      expect(Number(await audits())).toBe(auditsBefore);
      expect(await liveTitle()).toBeNull();
      // Without the failing unit, the same file imports whole.
      const report = await importXliff(deps, {
        bytes: bytes(fill21(exported.xliff)),
        language: "fr",
        actorId,
        ip: "127.0.0.1",
      });
      expect(report.accepted).toBe(3);
      expect(await unitStates()).toEqual(["human:reviewed", "human:reviewed", "human:reviewed"]);
    });

    it("exports and imports XLIFF 1.2 (g codes, alt-trans)", async () => {
      const exported = await exportForTranslation(deps, {
        language: "fr",
        itemIds: [itemId],
        version: "1.2",
      });
      expect(exported.xliff).toContain('<g id="1">meets</g>');
      expect(exported.xliff).toContain("<alt-trans");
      const report = await importXliff(deps, {
        bytes: bytes(fill12(exported.xliff)),
        actorId,
        ip: "127.0.0.1",
      });
      expect(report).toMatchObject({ accepted: 3, refused: 0 });
      expect(await liveTitle()).toBe("Le conseil se réunit aujourd’hui");
    });

    it("refuses per unit tampered codes, a changed source and an unknown unit, and saves the rest", async () => {
      const exported = await exportForTranslation(deps, { language: "fr", itemIds: [itemId] });
      let filled = fill21(exported.xliff, {
        ...FRENCH,
        'The council <pc id="1">meets</pc> on Monday.': "Le conseil se réunit lundi.",
      });
      filled = filled.replace(
        'state="translated"><source>Read the <pc',
        'state="translated"><source>Please read the <pc',
      );
      filled = filled.replace(
        /<unit id="[0-9a-f]{64}">(\s*<mtc:matches>[\s\S]*?<source>The council meets today)/u,
        '<unit id="u-made-up">$1',
      );
      const report = await importXliff(deps, {
        bytes: bytes(filled),
        language: "fr",
        actorId,
        ip: "127.0.0.1",
      });
      expect(report.units.map((u) => u.reason ?? u.status)).toEqual([
        "unknown-unit",
        "codes",
        "source-changed",
      ]);
      expect(report.accepted).toBe(0);
      expect(await unitStates()).toEqual(["engine:machine", "engine:machine", "engine:machine"]);
    });

    it("refuses a whole file in another language, an invalid or hostile file, and saves nothing; a dry run saves nothing", async () => {
      const exported = await exportForTranslation(deps, { language: "fr", itemIds: [itemId] });
      const filled = fill21(exported.xliff);
      const refusals: [Uint8Array, string | undefined, string][] = [
        [bytes(filled), "es", "language"],
        [bytes(filled.replace('trgLang="fr"', 'trgLang="de"')), undefined, "language"],
        [bytes(filled.replace('trgLang="fr"', "")), undefined, "trgLang"],
        [bytes(filled.replace('state="translated"', 'state="done"')), "fr", "state"],
        [
          bytes(
            `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${filled.slice(filled.indexOf("<xliff"))}`,
          ),
          "fr",
          "no-dtd",
        ],
      ];
      for (const [file, language, rule] of refusals) {
        const error = await importXliff(deps, {
          bytes: file,
          language,
          actorId,
          ip: "127.0.0.1",
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(XliffImportError);
        expect((error as XliffImportError).rule).toBe(rule);
      }
      const dry = await importXliff(deps, {
        bytes: bytes(filled),
        language: "fr",
        actorId,
        ip: "127.0.0.1",
        dryRun: true,
      });
      expect(dry).toMatchObject({ dryRun: true, accepted: 3, pages: 0 });
      expect(await unitStates()).toEqual(["engine:machine", "engine:machine", "engine:machine"]);
      expect(await liveTitle()).toBeNull();
    });

    it("imports sentences no engine translated (a language awaiting a person): units are created, the page goes live", async () => {
      const exported = await exportForTranslation(deps, { language: "es", itemIds: [itemId] });
      expect(exported.xliff).not.toContain("mtc:match ");
      const spanish: Record<string, string> = {
        "The council meets today": "El consejo se reúne hoy",
        'The council <pc id="1">meets</pc> on Monday.':
          'El consejo <pc id="1">se reúne</pc> el lunes.',
        'Read the <pc id="1">report</pc>.': 'Lea el <pc id="1">informe</pc>.',
      };
      const filled = fill21(exported.xliff.replace('trgLang="fr"', 'trgLang="es"'), spanish);
      const report = await importXliff(deps, {
        bytes: bytes(filled),
        language: "es",
        actorId,
        ip: "127.0.0.1",
      });
      expect(report).toMatchObject({ accepted: 3, refused: 0 });
      const live = await t.database.db
        .selectFrom("itemTranslations as it")
        .innerJoin("localizedRevisions as l", "l.id", "it.liveLocalizedId")
        .select("l.title")
        .where("it.itemId", "=", itemId)
        .where("it.language", "=", "es")
        .executeTakeFirst();
      expect(live?.title).toBe("El consejo se reúne hoy");
    });

    it("gives glossary terms as notes (2.1 category glossary, 1.2 note) and the same unit ids every time", async () => {
      await upsertTerm(
        t.database.db,
        {
          sourceLanguage: "en",
          targetLanguage: "fr",
          sourceTerm: "council",
          targetTerm: "conseil",
          note: "",
        },
        actorId,
        NOW.toISOString(),
      );
      const first = await exportForTranslation(deps, { language: "fr", itemIds: [itemId] });
      expect(first.xliff).toContain('<note category="glossary">council = conseil</note>');
      const again = await exportForTranslation(deps, { language: "fr", itemIds: [itemId] });
      const ids = (xliff: string) => readXliff(bytes(xliff)).segments.map((s) => s.unitId);
      expect(ids(again.xliff)).toEqual(ids(first.xliff));
      const old = await exportForTranslation(deps, {
        language: "fr",
        itemIds: [itemId],
        version: "1.2",
      });
      expect(old.xliff).toContain('<note from="glossary">council = conseil</note>');
    });

    it("exports every item with --all and refuses the source language and unknown languages", async () => {
      const all = await exportForTranslation(deps, { language: "fr", itemIds: [], all: true });
      expect(all.units).toBe(3);
      const spanish = await exportForTranslation(deps, { language: "es", itemIds: [itemId] });
      expect(spanish.units).toBe(3);
      await expect(
        exportForTranslation(deps, { language: "en", itemIds: [itemId] }),
      ).rejects.toThrow(/source language/);
      await expect(
        exportForTranslation(deps, { language: "de", itemIds: [itemId] }),
      ).rejects.toThrow(/not a site language/);
    });
  });
}
