import type { z } from "zod";
import { InternalError } from "../errors.js";
import type { PlatformDb } from "../db/platform-db.js";
import type { PlatformTables } from "../platform.table.js";
import { findJobByIdempotencyKey, insertJob } from "./job.repository.js";

/** What a handler learns about the run it is part of. */
export interface JobContext {
  jobId: number;
  /** 1 on the first run; a handler may be run again after a crash, so it must be idempotent. */
  attempt: number;
  now: Date;
}

/** A job type: its name, payload schema, handler and retry policy. */
export interface JobDefinition<P> {
  /** Stored in `jobs.type`; never rename one while jobs of it may still be queued. */
  type: string;
  payload: z.ZodType<P>;
  /**
   * Runs that may end in a thrown error before the job is marked failed;
   * defaults to {@link DEFAULT_MAX_ATTEMPTS}. Runs cut short because the
   * worker stopped (kill -9, a lapsed lease) are not counted here.
   */
  maxAttempts?: number;
  /**
   * How many times the job's worker may stop while running it (process
   * killed, lease lapsed) before the job is marked failed instead of run
   * again: a job that brings its process down every time still ends.
   * Defaults to {@link DEFAULT_MAX_INTERRUPTIONS}.
   */
  maxInterruptions?: number;
  handle(payload: P, ctx: JobContext): Promise<void>;
}

/** Attempts a job gets when its definition does not say: retries span about 17 minutes. */
export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * Worker deaths a job survives when its definition does not say: far more
 * than a crash-looping deploy or the crash bench's 20 kills interrupt one job,
 * while a job that kills its own process every time (about one death per
 * lease, 30 s) still ends within half an hour.
 */
export const DEFAULT_MAX_INTERRUPTIONS = 50;

/** Declares a job type; the identity function exists so the payload type is inferred from the schema. */
export function defineJob<P>(def: JobDefinition<P>): JobDefinition<P> {
  return def;
}

/**
 * Queues a job inside the caller's transaction, so it exists exactly when the
 * change that causes it does; enqueueing the same idempotency key again
 * returns the existing job's id and queues nothing.
 */
export async function enqueueJob<DB extends PlatformTables, P>(
  db: PlatformDb<DB>,
  job: Pick<JobDefinition<P>, "type" | "payload" | "maxAttempts">,
  input: { payload: P; idempotencyKey: string; runAt?: Date; now: Date },
): Promise<number> {
  const payload = serializePayload(job, input.payload);
  const now = input.now.toISOString();
  const id = await insertJob(db, {
    type: job.type,
    payload,
    idempotencyKey: input.idempotencyKey,
    status: "pending",
    runAt: (input.runAt ?? input.now).toISOString(),
    attempts: 0,
    maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    createdAt: now,
    updatedAt: now,
  });
  if (id !== undefined) return id;
  const existing = await findJobByIdempotencyKey(db, input.idempotencyKey);
  if (!existing) {
    throw new InternalError(`Job key ${input.idempotencyKey} conflicted but no job holds it`);
  }
  // One key naming two kinds of work is a bug in the caller, not a duplicate to swallow.
  if (existing.type !== job.type) {
    throw new InternalError(
      `Job key ${input.idempotencyKey} belongs to a ${existing.type} job, not ${job.type}`,
    );
  }
  return existing.id;
}

/**
 * How long to wait before attempt `attempt + 1`: 2^attempt seconds capped at
 * an hour, minus up to a fifth at random so failed jobs do not retry in step.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(2 ** attempt * 1000, MAX_RETRY_DELAY_MS);
  // Jitter only shortens the delay: the ranges of successive attempts never overlap.
  return Math.round(base * (1 - random() * 0.2));
}

const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/**
 * The payload is checked against the schema after a JSON round trip, so a
 * value the worker could not read back (a Date, undefined, a Map) is refused
 * now, in the caller's request, instead of failing later in the worker.
 */
function serializePayload<P>(job: Pick<JobDefinition<P>, "type" | "payload">, payload: P): string {
  const json = JSON.stringify(payload);
  const parsed = json === undefined ? undefined : job.payload.safeParse(JSON.parse(json));
  if (json === undefined || !parsed?.success) {
    throw new InternalError(
      `The payload of a ${job.type} job does not survive JSON`,
      parsed?.error,
    );
  }
  return json;
}
