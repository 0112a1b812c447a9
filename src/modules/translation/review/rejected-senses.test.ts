import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertUser } from "../../../platform/auth/user.repository.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { publishItem, saveItem } from "../../content/item.service.js";
import { makeDraft } from "../../content/factories.test-kit.js";
import { ApertiumLocalEngine } from "../engines/apertium-local.js";
import { listRejectedSenses } from "../rejected-senses.repository.js";
import { TranslationRuntime } from "../runtime.js";
import { type TranslateDeps, translateRevision } from "../translate.service.js";
import { saveReview } from "./review.service.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const apertium = new ApertiumLocalEngine();
afterAll(() => apertium.close());

for (const dialect of DIALECTS) {
  describe(`the review desk teaches the gate (${dialect})`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    let runtime: TranslationRuntime;
    let actorId: number;
    beforeEach(async () => {
      t = await buildTestApp(dialect, {
        config: { languages: ["en", "es"], translation: { engine: "apertium" } },
        translationEngine: apertium,
      });
      runtime = new TranslationRuntime(t.config, apertium);
      await runtime.load();
      deps = { db: t.database.db, config: t.config, runtime, now: () => NOW };
      const user = await insertUser(t.database.db, {
        email: `reviewer-${dialect}@example.org`,
        displayName: "Reviewer",
        role: "editor",
        passwordHash: null,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
      actorId = user.id;
    });
    afterEach(async () => {
      // The engine is the file's; only the lexicon belongs to this runtime.
      await runtime.lexicon.close();
      await t.close();
    });

    async function translate(title: string, body: string) {
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({ title, summary: "", body }),
        actorId: null,
        now: NOW,
      });
      await publishItem(t.database.db, { itemId: saved.item.id, now: NOW });
      await translateRevision(deps, { revisionId: saved.revision.id });
    }

    async function unitFor(source: string) {
      return t.database.db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select(["u.id", "u.targetText", "u.findings"])
        .where("s.text", "=", source)
        .where("u.targetLanguage", "=", "es")
        .executeTakeFirstOrThrow();
    }

    const codesOf = (findings: string) =>
      (JSON.parse(findings) as { code: string; severity: string }[]).map(
        (f) => `${f.code}:${f.severity}`,
      );

    it("learns a sense a fix took out, holds it after two fixes, and forgets it once a person uses it", async () => {
      await translate("Mayor Ana Gómez spoke.", "Mayor Thabo Nkosi agreed.");
      // Apertium renders the title "Mayor" with the Spanish adjective "Mayor" (older).
      const first = await unitFor("Mayor Ana Gómez spoke.");
      expect(first.targetText).toMatch(/Mayor/);
      await saveReview(deps, {
        unitId: first.id,
        action: { kind: "edit", targetText: first.targetText.replace("Mayor", "La alcaldesa") },
        actorId,
        ip: "127.0.0.1",
      });
      const learned = await listRejectedSenses(t.database.db, {
        sourceLanguage: "en",
        targetLanguage: "es",
      });
      expect(learned).toContainEqual({ sourceLemma: "mayor", targetWord: "mayor", fixes: 1 });

      const second = await unitFor("Mayor Thabo Nkosi agreed.");
      await saveReview(deps, {
        unitId: second.id,
        action: { kind: "edit", targetText: second.targetText.replace("Mayor", "El alcalde") },
        actorId,
        ip: "127.0.0.1",
      });
      expect(
        await listRejectedSenses(t.database.db, { sourceLanguage: "en", targetLanguage: "es" }),
      ).toContainEqual({ sourceLemma: "mayor", targetWord: "mayor", fixes: 2 });

      // A new sentence with the same mistake is held for it.
      await translate("Mayor Clara Ruiz opened the summit.", "The city grows.");
      const third = await unitFor("Mayor Clara Ruiz opened the summit.");
      expect(codesOf(third.findings)).toContain("rejected-sense:error");

      // A person who keeps the word where it is right ("la mayor parte") unlearns it.
      await saveReview(deps, {
        unitId: third.id,
        action: { kind: "edit", targetText: "La mayor parte de los alcaldes abrió la cumbre." },
        actorId,
        ip: "127.0.0.1",
      });
      expect(
        await listRejectedSenses(t.database.db, { sourceLanguage: "en", targetLanguage: "es" }),
      ).not.toContainEqual(expect.objectContaining({ sourceLemma: "mayor", targetWord: "mayor" }));
    }, 60_000);
  });
}
