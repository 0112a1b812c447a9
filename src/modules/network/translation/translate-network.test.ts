import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildJobs } from "../../../jobs.js";
import { insertUser } from "../../../platform/auth/user.repository.js";
import { readChangeCounter } from "../../../platform/db/change-counter.js";
import { JobWorker } from "../../../platform/jobs/index.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { ApertiumLocalEngine } from "../../translation/engines/apertium-local.js";
import { saveHumanTranslation } from "../../translation/memory.repository.js";
import { TranslationRuntime } from "../../translation/pipeline/index.js";
import { enqueueUnitChanged } from "../../translation/unit-events.js";
import type { TranslateDeps } from "../../translation/pipeline/index.js";
import { findCityBySlug, findHubBySlug } from "../directory.repository.js";
import { saveDirectoryEntry } from "../network.service.js";
import { seedNetwork } from "../network.test-kit.js";
import { translateAllNetworkTexts, translateNetworkRow } from "./translate-network.service.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const CALGARY_PROFILE =
  "Calgary works with the police and the schools. The city supports young people.";

// One warm Apertium for the whole file: its pipelines start once.
const apertium = new ApertiumLocalEngine();
afterAll(async () => {
  await apertium.close();
});

for (const dialect of DIALECTS) {
  describe(`the network's texts in every language (${dialect})`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    const get = async (url: string) => {
      await t.app.civitas.refreshContentVersion();
      return t.app.inject({ method: "GET", url });
    };
    beforeAll(async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "es", "ar"],
          // Spanish shows machine translations at once; French holds any with errors.
          translation: { engine: "apertium", policies: { es: "immediate", fr: "gate" } },
        },
        translationEngine: apertium,
        now: () => NOW,
      });
      const runtime = new TranslationRuntime(t.config, apertium);
      await runtime.load();
      deps = { db: t.database.db, config: t.config, runtime, now: () => NOW };
      await seedNetwork(t.database.db);
      await translateAllNetworkTexts(deps);
    }, 120_000);
    afterAll(async () => {
      await t.close();
    });

    it("translates a changed city profile through the job queue: Spanish and French stored, Arabic awaits", async () => {
      const db = t.database.db;
      const editor = await insertUser(db, {
        email: `editor-${dialect}@example.org`,
        displayName: "Editor",
        role: "editor",
        passwordHash: null,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
      const calgary = await findCityBySlug(db, "calgary");
      if (!calgary) throw new Error("the demo has Calgary");
      const { id: _id, createdAt: _c, updatedAt: _u, sourceLanguage: _s, ...values } = calgary;
      await saveDirectoryEntry(db, {
        table: "cities",
        id: calgary.id,
        values: { ...values, profile: CALGARY_PROFILE },
        sourceLanguage: "en",
        actorId: editor.id,
        ip: "127.0.0.1",
        now: NOW,
      });
      const queued = await db
        .selectFrom("jobs")
        .select(["type", "payload"])
        .where("type", "=", "TranslateNetworkTextsTask")
        .execute();
      expect(queued.map((j) => JSON.parse(j.payload) as unknown)).toEqual([
        { table: "cities", rowId: calgary.id },
      ]);
      const worker = new JobWorker({
        db,
        jobs: buildJobs({ db, config: t.config, translation: deps.runtime, now: () => NOW }),
        workerId: "test",
        pollMs: 10,
        lockMs: 60_000,
        now: () => new Date(NOW.getTime() + 1000),
      });
      // Until the queue is empty: other modules may queue work of their own (checks, reviews).
      for (let n = await worker.runOnce(); n > 0; n = await worker.runOnce());
      const finished = await db
        .selectFrom("jobs")
        .select("status")
        .where("type", "=", "TranslateNetworkTextsTask")
        .execute();
      expect(finished.map((j) => j.status)).toEqual(["done"]);
      const stored = await db
        .selectFrom("networkTranslations")
        .select(["language", "text", "state"])
        .where("tableName", "=", "cities")
        .where("rowId", "=", calgary.id)
        .where("field", "=", "profile")
        .orderBy("language")
        .execute();
      expect(stored.map((s) => s.language)).toEqual(["es", "fr"]);
      expect(stored.find((s) => s.language === "es")?.text).toMatch(/ciudad/i);
      expect(stored.find((s) => s.language === "fr")?.text).toMatch(/ville/i);
      expect(stored.every((s) => s.state === "machine")).toBe(true);

      const fr = await get("/fr/network/cities/calgary");
      expect(fr.statusCode).toBe(200);
      expect(fr.body).toContain('<html lang="fr" dir="ltr"');
      // The gate decides: French readers get the translation that passed, or the English
      // original marked as English with a notice that says so.
      const frProse = /<div class="prose"( lang="en" dir="ltr")?><p>([^<]*)/.exec(fr.body);
      if (frProse?.[1]) {
        expect(frProse[2]).toContain("The city supports young people");
        expect(fr.body).toContain("notice--held");
      } else {
        expect(frProse?.[2]).toMatch(/ville/i);
        expect(fr.body).toContain("notice--machine");
      }
      expect(fr.body).toContain('href="/en/network/cities/calgary" hreflang="en"');
      const es = await get("/es/network/cities/calgary");
      expect(es.body).toMatch(/<div class="prose"><p>[^<]*ciudad/i);
    });

    it("shows the side event in Spanish and French, translated texts unmarked and held ones marked", async () => {
      const title = (html: string) => /<h1 class="page-title"([^>]*)>([^<]*)<\/h1>/.exec(html);
      const es = await get("/es/network/events/un-general-assembly-2021-side-event");
      expect(es.statusCode).toBe(200);
      expect(title(es.body)?.[1]).toBe("");
      expect(title(es.body)?.[2]).toMatch(/ciudades/i);
      expect(es.body).not.toContain("Mayors' panel");
      expect(es.body.slice(es.body.indexOf("<article"))).not.toContain(' lang="en"');
      expect(es.body).toContain("notice--machine");
      const fr = await get("/fr/network/events/un-general-assembly-2021-side-event");
      // The summary is French where it passed the gate, else the English original marked as such.
      const prose = /<div class="prose"( lang="en" dir="ltr")?><p>([^<]*)/.exec(fr.body);
      if (prose?.[1]) expect(prose[2]).toContain("A virtual side event");
      else expect(prose?.[2]).toContain("Assemblée générale");
      // Whether the French title passes the gate depends on the checks' findings; either way it is marked right.
      const frTitle = title(fr.body);
      if (frTitle?.[1]) {
        expect(frTitle[1]).toBe(' lang="en" dir="ltr"');
        expect(fr.body).toContain("notice--held");
      } else {
        expect(frTitle?.[2]).not.toContain("The Role of Cities");
      }
    });

    it("shows Arabic pages right to left, every English text marked with its own language", async () => {
      const city = await get("/ar/network/cities/calgary");
      expect(city.body).toContain('<html lang="ar" dir="rtl"');
      expect(city.body).toContain('<div class="prose" lang="en" dir="ltr">');
      expect(city.body).toContain("notice--awaiting");
      const event = await get("/ar/network/events/un-general-assembly-2021-side-event");
      expect(event.body).toMatch(/<h1 class="page-title" lang="en" dir="ltr">The Role of Cities/);
      expect(event.body).toContain('<span lang="en" dir="ltr">Mayors\' panel</span>');
      const hubs = await get("/ar/network/hubs");
      expect(hubs.body).toMatch(
        /<h2 id="hub-south-asia-name"><span lang="en" dir="ltr">South Asia Hub/,
      );
    });

    it("holds a French text with errors under the gate policy (source shown, marked, with a notice) while Spanish shows it", async () => {
      const db = t.database.db;
      const hub = await findHubBySlug(db, "south-asia");
      if (!hub) throw new Error("the demo has the South Asia hub");
      const flagged = await db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select("u.id")
        .where("s.text", "=", hub.name)
        .execute();
      expect(flagged.length).toBeGreaterThan(0);
      await db
        .updateTable("translationUnits")
        .set({ errorCount: 1 })
        .where(
          "id",
          "in",
          flagged.map((u) => u.id),
        )
        .execute();
      await translateNetworkRow(deps, { table: "hubs", id: hub.id });

      const fr = await get("/fr/network/hubs");
      expect(fr.body).toContain(
        '<h2 id="hub-south-asia-name"><span lang="en" dir="ltr">South Asia Hub</span></h2>',
      );
      expect(fr.body).toContain("notice--held");
      const es = await get("/es/network/hubs");
      expect(es.body).not.toContain("South Asia Hub");
      expect(es.body).toMatch(/<h2 id="hub-south-asia-name">[^<]+<\/h2>/);
    });

    it("lists the network's events with the events published as pages, and the old listing moves there", async () => {
      const moved = await t.app.inject({ method: "GET", url: "/fr/events" });
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe("/fr/network/events");
      const res = await get("/fr/network/events");
      expect(res.body).toMatch(/<a href="\/fr\/network\/events" aria-current="page">/);
      expect(res.body).toContain("data-reader-time");
    });

    it("writes nothing when a second run finds every text translated already", async () => {
      const before = await readChangeCounter(t.database.db);
      const again = await translateAllNetworkTexts(deps);
      expect(again.stored).toBeGreaterThan(0);
      expect(await readChangeCounter(t.database.db)).toBe(before);
    });

    it("takes a reviewer's fix of a sentence into every network text that uses it", async () => {
      const db = t.database.db;
      const unit = await db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select(["u.id", "u.sourceHash"])
        .where("s.text", "=", "The city supports young people.")
        .where("u.targetLanguage", "=", "es")
        .executeTakeFirstOrThrow();
      await saveHumanTranslation(db, {
        unitId: unit.id,
        targetText: "La ciudad apoya a la juventud.",
        findings: [],
        errorCount: 0,
        risk: 0,
        actorId: (await db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id,
        now: NOW.toISOString(),
      });
      await enqueueUnitChanged(db, { sourceHash: unit.sourceHash, language: "es", now: NOW });
      const worker = new JobWorker({
        db,
        jobs: buildJobs({ db, config: t.config, translation: deps.runtime, now: () => NOW }),
        workerId: "after-review",
        pollMs: 10,
        lockMs: 60_000,
        now: () => new Date(NOW.getTime() + 1000),
      });
      for (let n = await worker.runOnce(); n > 0; n = await worker.runOnce());
      const calgary = await findCityBySlug(db, "calgary");
      const stored = await db
        .selectFrom("networkTranslations")
        .select("text")
        .where("tableName", "=", "cities")
        .where("rowId", "=", calgary?.id ?? 0)
        .where("field", "=", "profile")
        .where("language", "=", "es")
        .executeTakeFirstOrThrow();
      expect(stored.text).toContain("La ciudad apoya a la juventud.");
    });
  });
}
