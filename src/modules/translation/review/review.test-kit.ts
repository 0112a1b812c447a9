import type { Kysely } from "kysely";
import type { DB } from "../../../database.js";
import type { Config } from "../../../platform/config.js";
import { publishItem, saveItem } from "../../content/item.service.js";
import { makeDraft } from "../../content/factories.test-kit.js";
import { loadTranslatableRevision } from "../fields.js";
import { insertUnits, saveRevisionSegments, type NewUnit } from "../memory.repository.js";
import { checkUnit } from "../qa/checks.js";
import { countErrors } from "../qa/finding.js";
import { riskOf } from "../qa/risk.js";
import { TranslationRuntime } from "../runtime.js";
import { type TranslateDeps, translateRevision } from "../translate.service.js";
import { segmentFields, storedSegments } from "../units.service.js";

/** Pipeline dependencies without an engine: units come from the memory only (tests prefill it). */
export function memoryOnlyDeps(db: Kysely<DB>, config: Config, now: () => Date): TranslateDeps {
  return { db, config, runtime: new TranslationRuntime(config, null), now };
}

/**
 * Publishes an item and gives it a translation in a language from a
 * function of each source sentence (in the inline format), checked like
 * engine output, then assembles it and makes it live: what a test needs
 * without running an engine.
 */
export async function publishTranslated(
  deps: TranslateDeps,
  input: {
    draft: Parameters<typeof makeDraft>[0];
    language: string;
    translate: (source: string) => string;
  },
): Promise<{ itemId: number; revisionId: number }> {
  const now = deps.now();
  const saved = await saveItem(deps.db, { draft: makeDraft(input.draft), actorId: null, now });
  await publishItem(deps.db, { itemId: saved.item.id, now });
  const revisionId = saved.revision.id;
  await prefillUnits(deps, { revisionId, language: input.language, translate: input.translate });
  await translateRevision(deps, { revisionId, languages: [input.language] });
  return { itemId: saved.item.id, revisionId };
}

/** Writes machine units for a revision's sentences that have none (see `publishTranslated`). */
export async function prefillUnits(
  deps: TranslateDeps,
  input: { revisionId: number; language: string; translate: (source: string) => string },
): Promise<void> {
  const source = await loadTranslatableRevision(deps.db, input.revisionId);
  if (!source) throw new Error(`no revision ${input.revisionId}`);
  const sourceLanguage = source.item.sourceLanguage;
  const stored = storedSegments(segmentFields(source.fields, sourceLanguage));
  const now = deps.now().toISOString();
  await saveRevisionSegments(deps.db, {
    revisionId: input.revisionId,
    language: sourceLanguage,
    segments: stored,
    now,
  });
  const units: NewUnit[] = stored.map((s) => {
    const target = input.translate(s.text);
    const findings = checkUnit({
      sourceLanguage,
      targetLanguage: input.language,
      source: s.text,
      target,
      unknownWords: [],
    });
    return {
      sourceHash: s.hash,
      sourceLanguage,
      targetLanguage: input.language,
      targetText: target,
      origin: "engine",
      route: `test:${sourceLanguage}>${input.language}`,
      state: "machine",
      unknownWords: [],
      findings,
      errorCount: countErrors(findings),
      risk: riskOf(findings, []),
      createdBy: null,
      now,
    };
  });
  await insertUnits(deps.db, units);
}
