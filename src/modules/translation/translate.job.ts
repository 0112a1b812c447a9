import { z } from "zod";
import type { Db } from "../../database.js";
import { defineJob, enqueueJob, type JobDefinition } from "../../platform/jobs/index.js";
import type { ContentChangedPayload } from "../content/index.js";
import {
  refreshLiveTranslation,
  type TranslateDeps,
  translateRevision,
} from "./translate.service.js";

/** The job's name, payload and retry policy. */
const TRANSLATE_REVISION = {
  type: "TranslateRevisionTask",
  payload: z.object({ revisionId: z.number().int().positive() }),
  // Retries with backoff span about a day: an engine that is down for hours does not lose work.
  maxAttempts: 17,
} as const;

/**
 * Translates a revision into every site language. Idempotent: units already in
 * the memory are reused, so a retry or a second run calls no engine for them.
 */
export function translateRevisionTask(
  deps: TranslateDeps,
): JobDefinition<z.infer<typeof TRANSLATE_REVISION.payload>> {
  return defineJob({
    ...TRANSLATE_REVISION,
    async handle({ revisionId }) {
      await translateRevision(deps, { revisionId });
    },
  });
}

/** Queues the translation of a revision (the same revision and cause twice = one job). */
export async function enqueueRevisionTranslation(
  db: Db,
  input: { revisionId: number; cause: string; now: Date },
): Promise<number> {
  return enqueueJob(db, TRANSLATE_REVISION, {
    payload: { revisionId: input.revisionId },
    idempotencyKey: `translate:${input.revisionId}:${input.cause}`,
    now: input.now,
  });
}

/**
 * What translation does when content changes: a saved or published revision
 * is translated; publishing also swaps every language to the new revision's
 * translation at once where it is ready.
 */
export async function onContentChanged(
  deps: TranslateDeps,
  change: ContentChangedPayload,
  jobId: number,
): Promise<void> {
  if (change.revisionId === null) return;
  if (change.change === "published") {
    for (const language of deps.config.languages) {
      await refreshLiveTranslation(deps, change.itemId, language);
    }
  }
  if (change.change === "published" || change.change === "saved") {
    await enqueueRevisionTranslation(deps.db, {
      revisionId: change.revisionId,
      cause: `change-${jobId}`,
      now: deps.now(),
    });
  }
}
