import { z } from "zod";
import type { Db } from "../../../database.js";
import { defineJob, enqueueJob, type JobDefinition } from "../../../platform/jobs/index.js";
import type { TranslateDeps } from "../../translation/pipeline/index.js";
import { TRANSLATED_TABLES, type TranslatedTable } from "../network.table.js";
import { translateNetworkRow } from "./translate-network.service.js";

/** The job's name, payload and retry policy. */
const TRANSLATE_NETWORK_TEXTS = {
  type: "TranslateNetworkTextsTask",
  payload: z.object({
    table: z.enum(TRANSLATED_TABLES),
    rowId: z.number().int().positive(),
  }),
  // As for content: retries with backoff span about a day, so an engine down for hours loses nothing.
  maxAttempts: 17,
} as const;

/**
 * Translates one row's reader-facing texts into every site language and
 * stores them. Idempotent: units already in the memory are reused, so a
 * retry calls no engine for them.
 */
export function translateNetworkTextsTask(
  deps: TranslateDeps,
): JobDefinition<z.infer<typeof TRANSLATE_NETWORK_TEXTS.payload>> {
  return defineJob({
    ...TRANSLATE_NETWORK_TEXTS,
    async handle({ table, rowId }) {
      await translateNetworkRow(deps, { table, id: rowId });
    },
  });
}

/** Queues the translation of a row's texts, in the caller's transaction (the same row and time twice = one job). */
export async function enqueueNetworkTranslation(
  db: Db,
  input: { table: TranslatedTable; rowId: number; now: Date },
): Promise<number> {
  return enqueueJob(db, TRANSLATE_NETWORK_TEXTS, {
    payload: { table: input.table, rowId: input.rowId },
    idempotencyKey: `network-translate:${input.table}:${input.rowId}:${input.now.toISOString()}`,
    now: input.now,
  });
}
