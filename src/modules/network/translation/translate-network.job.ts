import { z } from "zod";
import type { Db } from "../../../database.js";
import { defineJob, enqueueJob, type JobDefinition } from "../../../platform/jobs/index.js";
import type { TranslateDeps } from "../../translation/pipeline/index.js";
import { TRANSLATED_TABLES, type TranslatedTable } from "../network.table.js";
import { translateNetworkRow } from "./translate-network.service.js";

/** Most rows one job translates: a bulk import queues one job per this many rows, not one per row. */
export const NETWORK_TRANSLATION_BATCH = 200;

const rowIdSchema = z.number().int().positive();

/** The job's name, payload (one row, or a batch of rows of one table) and retry policy. */
const TRANSLATE_NETWORK_TEXTS = {
  type: "TranslateNetworkTextsTask",
  payload: z.union([
    z.object({ table: z.enum(TRANSLATED_TABLES), rowId: rowIdSchema }),
    z.object({
      table: z.enum(TRANSLATED_TABLES),
      rowIds: z.array(rowIdSchema).min(1).max(NETWORK_TRANSLATION_BATCH),
    }),
  ]),
  // As for content: retries with backoff span about a day, so an engine down for hours loses nothing.
  maxAttempts: 17,
} as const;

/** What a job of this type carries. */
export type NetworkTranslationPayload = z.infer<typeof TRANSLATE_NETWORK_TEXTS.payload>;

/** The rows a job translates. */
export function rowIdsOf(payload: NetworkTranslationPayload): number[] {
  return "rowIds" in payload ? payload.rowIds : [payload.rowId];
}

/**
 * Translates the reader-facing texts of one row (or a batch) into every site
 * language and stores them. Idempotent: units already in the memory are
 * reused, so a retry calls no engine for the rows done before it failed.
 */
export function translateNetworkTextsTask(
  deps: TranslateDeps,
): JobDefinition<NetworkTranslationPayload> {
  return defineJob({
    ...TRANSLATE_NETWORK_TEXTS,
    async handle(payload) {
      for (const id of rowIdsOf(payload))
        await translateNetworkRow(deps, { table: payload.table, id });
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

/**
 * Queues the translation of many rows of one table (a bulk import), in the
 * caller's transaction: one job per {@link NETWORK_TRANSLATION_BATCH} rows.
 */
export async function enqueueNetworkTranslations(
  db: Db,
  input: { table: TranslatedTable; rowIds: readonly number[]; now: Date },
): Promise<number[]> {
  const jobIds: number[] = [];
  for (let i = 0; i < input.rowIds.length; i += NETWORK_TRANSLATION_BATCH) {
    const rowIds = input.rowIds.slice(i, i + NETWORK_TRANSLATION_BATCH);
    jobIds.push(
      await enqueueJob(db, TRANSLATE_NETWORK_TEXTS, {
        payload: { table: input.table, rowIds },
        idempotencyKey: `network-translate:${input.table}:${rowIds[0]}+${rowIds.length}:${input.now.toISOString()}`,
        now: input.now,
      }),
    );
  }
  return jobIds;
}
