import { z } from "zod";
import type { Db } from "../../database.js";
import { defineJob, enqueueJob, type JobDefinition } from "../../platform/jobs/index.js";
import { ANALYZER_VERSION } from "./analyzer.js";
import {
  INDEXED_NETWORK_TABLES,
  type IndexerDeps,
  isIndexCurrent,
  rebuildIndex,
  reindexItems,
  reindexNetworkRows,
} from "./indexer.service.js";
import { readIndexState } from "./search.repository.js";
import { findItemIdOfRevision } from "./search-source.repository.js";

/** What to re-index: an item, the item of a revision, or a city, hub or person (one, or a batch). */
export const REINDEX_TARGETS = ["item", "revision", ...INDEXED_NETWORK_TABLES] as const;
export type ReindexTarget = z.infer<typeof REINDEX_SEARCH.payload>;

const refId = z.number().int().positive();
const REINDEX_SEARCH = {
  type: "ReindexSearchTask",
  payload: z.union([
    z.object({ target: z.enum(REINDEX_TARGETS), id: refId }),
    z.object({ target: z.enum(REINDEX_TARGETS), ids: z.array(refId).min(1).max(500) }),
  ]),
  maxAttempts: 10,
} as const;

/** Re-indexes one item (all its languages) or one network row from what readers see now. Idempotent. */
export function reindexSearchTask(deps: IndexerDeps): JobDefinition<ReindexTarget> {
  return defineJob({
    ...REINDEX_SEARCH,
    async handle(payload) {
      const ids = "ids" in payload ? payload.ids : [payload.id];
      if (payload.target === "item") await reindexItems(deps, ids);
      else if (payload.target === "revision") {
        const itemIds = [];
        for (const id of ids) itemIds.push(await findItemIdOfRevision(deps.db, id));
        const found = itemIds.filter((id) => id !== undefined);
        if (found.length > 0) await reindexItems(deps, [...new Set(found)]);
      } else await reindexNetworkRows(deps, payload.target, ids);
    },
  });
}

/** Queues a re-index, in the caller's transaction; `cause` (e.g. the job that changed things) makes it once per cause. */
export async function enqueueReindex(
  db: Db,
  input: ReindexTarget & { cause: string; now: Date },
): Promise<number> {
  const { cause, now, ...payload } = input;
  const what = "ids" in payload ? `${payload.ids[0]}+${payload.ids.length}` : payload.id;
  return enqueueJob(db, REINDEX_SEARCH, {
    payload,
    idempotencyKey: `search:${input.target}:${what}:${cause}`,
    now,
  });
}

/**
 * The same job, followed by a re-index of what it changed (a translation
 * made live, a network text translated): the index follows without the
 * translation module knowing about search.
 */
export function followedByReindex<P>(
  job: JobDefinition<P>,
  deps: Pick<IndexerDeps, "db" | "now">,
  targetOf: (payload: P) => ReindexTarget | undefined,
): JobDefinition<P> {
  return {
    ...job,
    async handle(payload, ctx) {
      await job.handle(payload, ctx);
      const target = targetOf(payload);
      if (target)
        await enqueueReindex(deps.db, { ...target, cause: `job-${ctx.jobId}`, now: deps.now() });
    },
  };
}

/** Whether a network table is indexed. */
export function isIndexedTable(table: string): table is (typeof INDEXED_NETWORK_TABLES)[number] {
  return (INDEXED_NETWORK_TABLES as readonly string[]).includes(table);
}

const REBUILD_SEARCH_INDEX = {
  type: "RebuildSearchIndexTask",
  payload: z.object({ analyzerVersion: z.number().int().nonnegative() }),
  maxAttempts: 5,
} as const;

/** Rebuilds the whole index when it was built with another analyzer (or never). Idempotent. */
export function rebuildSearchIndexTask(
  deps: IndexerDeps,
): JobDefinition<{ analyzerVersion: number }> {
  return defineJob({
    ...REBUILD_SEARCH_INDEX,
    async handle() {
      if (!(await isIndexCurrent(deps.db))) await rebuildIndex(deps);
    },
  });
}

/**
 * Queues a rebuild of the index if it was built with another analyzer version
 * or never (a new database, a migration that emptied it); the application
 * calls it on start. Returns whether it queued one.
 */
export async function enqueueRebuildIfStale(db: Db, now: Date): Promise<boolean> {
  const state = await readIndexState(db);
  if (state?.analyzerVersion === ANALYZER_VERSION) return false;
  await enqueueJob(db, REBUILD_SEARCH_INDEX, {
    payload: { analyzerVersion: ANALYZER_VERSION },
    idempotencyKey: `search-rebuild:${ANALYZER_VERSION}:${state?.builtAt ?? "never"}`,
    now,
  });
  return true;
}
