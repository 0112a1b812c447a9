import {
  type ExpressionBuilder,
  type Insertable,
  PostgresAdapter,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { Job, JobStatus, JobsTable, PlatformTables } from "../platform.table.js";

/** What proves a worker still owns a claimed job: another claim changes the owner or the attempt. */
export interface JobLock {
  id: number;
  workerId: string;
  attempts: number;
}

/** Inserts a job unless its idempotency key is taken; returns the new id, or undefined if taken. */
export async function insertJob<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  job: Insertable<JobsTable>,
): Promise<number | undefined> {
  const row = await platformView(db)
    .insertInto("jobs")
    .values(job)
    .onConflict((oc) => oc.column("idempotencyKey").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Finds a job by id. */
export async function findJobById<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
): Promise<Job | undefined> {
  return platformView(db).selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Finds the job queued under an idempotency key. */
export async function findJobByIdempotencyKey<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  idempotencyKey: string,
): Promise<Job | undefined> {
  return platformView(db)
    .selectFrom("jobs")
    .selectAll()
    .where("idempotencyKey", "=", idempotencyKey)
    .executeTakeFirst();
}

/** Lists jobs, newest first, optionally of one status or type. */
export async function listJobs<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  filter: { status?: JobStatus; type?: string; limit?: number } = {},
): Promise<Job[]> {
  let query = platformView(db).selectFrom("jobs").selectAll();
  if (filter.status !== undefined) query = query.where("status", "=", filter.status);
  if (filter.type !== undefined) query = query.where("type", "=", filter.type);
  return query
    .orderBy("id", "desc")
    .limit(filter.limit ?? 100)
    .execute();
}

/**
 * Claims up to `limit` due jobs of the given types for a worker, in one
 * statement: pending jobs whose run_at has come, and running jobs whose lock
 * expired because their worker died. Each claim counts as an attempt (the
 * lock's fencing token); taking over a running job also counts an
 * interruption, so the worker can tell a job its workers keep dying under
 * from one whose handler keeps throwing.
 */
export async function claimDueJobs<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  claim: { workerId: string; types: readonly string[]; now: Date; lockMs: number; limit: number },
): Promise<Job[]> {
  if (claim.types.length === 0 || claim.limit < 1) return [];
  const view = platformView(db);
  const now = claim.now.toISOString();
  const isDue = (eb: ExpressionBuilder<PlatformTables, "jobs">) =>
    eb.and([
      eb("jobs.type", "in", claim.types),
      eb.or([
        eb.and([eb("jobs.status", "=", "pending"), eb("jobs.runAt", "<=", now)]),
        eb.and([eb("jobs.status", "=", "running"), eb("jobs.lockedUntil", "<=", now)]),
      ]),
    ]);
  const lock = {
    status: "running" as const,
    lockedBy: claim.workerId,
    lockedUntil: new Date(claim.now.getTime() + claim.lockMs).toISOString(),
    updatedAt: now,
  };

  // Each claim is an attempt; SET reads the row as it was, so a job still `running` was its dead worker's.
  const claimed = (eb: ExpressionBuilder<PlatformTables, "jobs">) => ({
    ...lock,
    attempts: eb("jobs.attempts", "+", 1),
    interruptions: eb
      .case()
      .when("jobs.status", "=", "running")
      .then(eb("jobs.interruptions", "+", 1))
      .else(eb.ref("jobs.interruptions"))
      .end(),
  });

  let rows: Job[];
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // SKIP LOCKED lets concurrent workers pass over each other's rows instead
    // of waiting or taking the same ones. The CTE is materialized so the
    // locking select runs exactly once (a subquery under IN may be re-run by
    // the planner and lock more than `limit` rows).
    rows = await view
      .with(
        (cte) => cte("due").materialized(),
        (qb) =>
          qb
            .selectFrom("jobs")
            .select("jobs.id")
            .where(isDue)
            .orderBy("jobs.runAt")
            .orderBy("jobs.id")
            .limit(claim.limit)
            .forUpdate()
            .skipLocked(),
      )
      .updateTable("jobs")
      .from("due")
      .set(claimed)
      .whereRef("jobs.id", "=", "due.id")
      .returningAll("jobs")
      .execute();
  } else {
    // SQLite has one writer at a time: the statement's own write lock is the claim.
    rows = await view
      .updateTable("jobs")
      .set(claimed)
      .where(
        "id",
        "in",
        view
          .selectFrom("jobs")
          .select("jobs.id")
          .where(isDue)
          .orderBy("jobs.runAt")
          .orderBy("jobs.id")
          .limit(claim.limit),
      )
      .returningAll()
      .execute();
  }
  // RETURNING promises no order; workers run the longest-waiting job first.
  return rows.sort((a, b) => (a.runAt === b.runAt ? a.id - b.id : a.runAt < b.runAt ? -1 : 1));
}

/** Marks a claimed job done; false if the worker lost its lock (another worker took the job over). */
export async function markJobDone<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  change: { lock: JobLock; now: Date },
): Promise<boolean> {
  return releaseJob(db, change.lock, { status: "done", updatedAt: change.now.toISOString() });
}

/** Puts a claimed job back in the queue for a later attempt; false if the worker lost its lock. */
export async function rescheduleJob<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  change: { lock: JobLock; runAt: Date; lastError: string; now: Date },
): Promise<boolean> {
  return releaseJob(db, change.lock, {
    status: "pending",
    runAt: change.runAt.toISOString(),
    lastError: change.lastError,
    updatedAt: change.now.toISOString(),
  });
}

/**
 * Extends a running job's lease (the worker's heartbeat); false if the worker
 * lost its lock, so a job is never run by two workers at once while its
 * first worker is alive.
 */
export async function renewJobLock<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  renewal: { lock: JobLock; lockedUntil: Date; now: Date },
): Promise<boolean> {
  const result = await ownedBy(platformView(db).updateTable("jobs"), renewal.lock)
    .set({ lockedUntil: renewal.lockedUntil.toISOString(), updatedAt: renewal.now.toISOString() })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives up on a claimed job for good; false if the worker lost its lock. */
export async function markJobFailed<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  change: { lock: JobLock; lastError: string; now: Date },
): Promise<boolean> {
  return releaseJob(db, change.lock, {
    status: "failed",
    lastError: change.lastError,
    updatedAt: change.now.toISOString(),
  });
}

async function releaseJob<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  lock: JobLock,
  changes: { status: JobStatus; runAt?: string; lastError?: string; updatedAt: string },
): Promise<boolean> {
  const result = await ownedBy(platformView(db).updateTable("jobs"), lock)
    .set({ ...changes, lockedBy: null, lockedUntil: null })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

type JobsUpdate = UpdateQueryBuilder<PlatformTables, "jobs", "jobs", UpdateResult>;

function ownedBy(query: JobsUpdate, lock: JobLock): JobsUpdate {
  return (
    query
      .where("id", "=", lock.id)
      .where("status", "=", "running")
      .where("lockedBy", "=", lock.workerId)
      // A worker whose lock expired may still finish; once the job was reclaimed, its word no longer counts.
      .where("attempts", "=", lock.attempts)
  );
}
