import type { Kysely } from "kysely";
import { z } from "zod";
import type { Job, PlatformTables } from "../platform.table.js";
import {
  DEFAULT_MAX_INTERRUPTIONS,
  type JobContext,
  type JobDefinition,
  retryDelayMs,
} from "./job-queue.js";
import {
  type JobLock,
  claimDueJobs,
  markJobDone,
  markJobFailed,
  renewJobLock,
  rescheduleJob,
} from "./job.repository.js";

/**
 * The lease servers claim jobs with: renewed every 10 s while a job runs, so
 * a job whose process died is taken up again within 30 s.
 */
export const JOB_LEASE_MS = 30_000;

/** One thing a worker reports; shaped so it can be handed to pino as `log[level](entry, entry.message)`. */
export interface JobLogEntry {
  level: "info" | "warn" | "error";
  message: string;
  workerId: string;
  jobId?: number;
  type?: string;
  attempt?: number;
  error?: unknown;
}

/**
 * Job types known by name at start, whose definitions load when the worker
 * claims the first of them: a worker starts without the modules its handlers
 * need (a job process is ready in a fraction of the time), and a worker whose
 * jobs never come never loads them. A load that fails counts as a failed run
 * of the job claimed; the next claim tries again.
 */
export interface LazyJobDefinitions {
  types: readonly string[];
  load(): Promise<readonly JobDefinition<unknown>[]>;
}

/** How a worker is built; `now` is injected so tests never wait for a retry. */
export interface JobWorkerOptions<DB extends PlatformTables> {
  db: Kysely<DB>;
  /** The job types this worker runs; jobs of other types stay queued for workers that know them. */
  jobs: readonly JobDefinition<unknown>[] | LazyJobDefinitions;
  /** Unique per process, stored in `locked_by`. */
  workerId: string;
  pollMs: number;
  /**
   * How long a claim holds without news from its worker: the worker renews it
   * every `heartbeatMs` while the job runs, so this bounds how long a job
   * whose process died waits before another worker takes it, not how long a
   * job may run.
   */
  lockMs: number;
  /** How often a running job's lease is renewed; defaults to a third of `lockMs`. */
  heartbeatMs?: number;
  /** Most jobs one `runOnce` runs before the loop polls again. */
  batchSize?: number;
  now?: () => Date;
  log?: (entry: JobLogEntry) => void;
}

/** Claims due jobs and runs them one at a time, retrying failures with backoff, until stopped. */
export class JobWorker<DB extends PlatformTables> {
  readonly #opts: JobWorkerOptions<DB>;
  readonly #types: readonly string[];
  readonly #definitions: () => Promise<ReadonlyMap<string, JobDefinition<unknown>>>;
  readonly #now: () => Date;
  readonly #batchSize: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #isStopping = false;

  constructor(opts: JobWorkerOptions<DB>) {
    this.#opts = opts;
    if ("load" in opts.jobs) {
      this.#types = opts.jobs.types;
      this.#definitions = loadOnce(opts.jobs);
    } else {
      const jobs = definitionsByType(opts.jobs);
      this.#types = [...jobs.keys()];
      this.#definitions = async () => jobs;
    }
    this.#now = opts.now ?? (() => new Date());
    this.#batchSize = opts.batchSize ?? 10;
  }

  /** Starts polling for due jobs every `pollMs`; a full batch polls again at once. */
  start(): void {
    this.#isStopping = false;
    if (this.#timer === undefined && this.#running === undefined) this.#schedule(0);
  }

  /** Stops polling and resolves once the job that is running, if any, has finished. */
  async stop(): Promise<void> {
    this.#isStopping = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
  }

  /** Claims and runs the jobs due now (at most `batchSize`); returns how many ran. */
  async runOnce(): Promise<number> {
    let ran = 0;
    // One claim per job, so each lock starts when its run does, not when the batch did.
    while (ran < this.#batchSize && !this.#isStopping) {
      const [job] = await claimDueJobs(this.#opts.db, {
        workerId: this.#opts.workerId,
        types: this.#types,
        now: this.#now(),
        lockMs: this.#opts.lockMs,
        limit: 1,
      });
      if (!job) break;
      await this.#run(job);
      ran += 1;
    }
    return ran;
  }

  #schedule(delayMs: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.#poll();
    }, delayMs);
  }

  async #poll(): Promise<void> {
    let ran = 0;
    try {
      ran = await this.runOnce();
    } catch (error) {
      // A lost connection must not end the loop: the next poll tries again.
      this.#log({ level: "error", message: "Polling for jobs failed", error });
    }
    this.#running = undefined;
    if (!this.#isStopping) this.#schedule(ran >= this.#batchSize ? 0 : this.#opts.pollMs);
  }

  async #run(job: Job): Promise<void> {
    const lock: JobLock = { id: job.id, workerId: this.#opts.workerId, attempts: job.attempts };
    const about = { jobId: job.id, type: job.type, attempt: job.attempts };
    // Started before the definitions load: loading their modules may take a while on a busy machine.
    const heartbeat = this.#startHeartbeat(lock);
    let outcome: { failure: string } | { error: unknown } | { isDone: true };
    try {
      const prepared = this.#prepare(job, await this.#definitions());
      if ("failure" in prepared) outcome = prepared;
      else {
        await prepared.run({ jobId: job.id, attempt: job.attempts, now: this.#now() });
        outcome = { isDone: true };
      }
    } catch (error) {
      outcome = { error };
    } finally {
      await heartbeat.stop();
    }
    if ("failure" in outcome) {
      this.#log({
        level: "error",
        message: "Job failed without running",
        ...about,
        error: outcome.failure,
      });
      await this.#finish(lock, markJobFailed(this.#opts.db, this.#change(lock, outcome.failure)));
    } else if ("error" in outcome) {
      const { error } = outcome;
      const lastError = describeError(error);
      // Only runs that ended in an error spend the retry budget and lengthen the backoff.
      const failures = job.attempts - job.interruptions;
      if (failures >= job.maxAttempts) {
        this.#log({
          level: "error",
          message: "Job failed after its last attempt",
          ...about,
          error,
        });
        await this.#finish(lock, markJobFailed(this.#opts.db, this.#change(lock, lastError)));
      } else {
        const now = this.#now();
        const runAt = new Date(now.getTime() + retryDelayMs(failures));
        this.#log({ level: "warn", message: "Job failed; will retry", ...about, error });
        await this.#finish(lock, rescheduleJob(this.#opts.db, { lock, runAt, lastError, now }));
      }
    } else {
      this.#log({ level: "info", message: "Job done", ...about });
      await this.#finish(lock, markJobDone(this.#opts.db, { lock, now: this.#now() }));
    }
  }

  /** Renews the lease of a running job until stopped; a renewal that fails is logged and tried again. */
  #startHeartbeat(lock: JobLock): { stop(): Promise<void> } {
    const everyMs = this.#opts.heartbeatMs ?? Math.max(1, Math.floor(this.#opts.lockMs / 3));
    let renewing: Promise<void> = Promise.resolve();
    let hasLostLock = false;
    const renew = async () => {
      const now = this.#now();
      try {
        const isOwned = await renewJobLock(this.#opts.db, {
          lock,
          lockedUntil: new Date(now.getTime() + this.#opts.lockMs),
          now,
        });
        if (!isOwned && !hasLostLock) {
          hasLostLock = true;
          this.#log({
            level: "warn",
            message: "Lost the lease of a running job; another worker may run it",
            jobId: lock.id,
          });
        }
      } catch (error) {
        this.#log({
          level: "error",
          message: "Renewing a job's lease failed",
          jobId: lock.id,
          error,
        });
      }
    };
    const timer = setInterval(() => {
      renewing = renewing.then(renew);
    }, everyMs);
    // A heartbeat alone must not keep a process alive that is otherwise done.
    timer.unref();
    return {
      async stop() {
        clearInterval(timer);
        await renewing;
      },
    };
  }

  /** Everything that makes a job unrunnable fails it at once: retrying would not change it. */
  #prepare(
    job: Job,
    jobs: ReadonlyMap<string, JobDefinition<unknown>>,
  ): { run: (ctx: JobContext) => Promise<void> } | { failure: string } {
    const definition = jobs.get(job.type);
    if (!definition) return { failure: `No handler for job type ${job.type}` };
    const maxInterruptions = definition.maxInterruptions ?? DEFAULT_MAX_INTERRUPTIONS;
    if (job.interruptions >= maxInterruptions) {
      // A job whose worker died every time it ran is likely what kills it: stop here.
      return {
        failure:
          `Gave up: the worker running this job stopped (process killed or lease lapsed) during ` +
          `${job.interruptions} attempts, the most allowed for this job type (maxInterruptions ${maxInterruptions})`,
      };
    }
    const payload = parsePayload(definition, job.payload);
    if (!payload.success) return { failure: payload.error };
    return { run: (ctx) => definition.handle(payload.data, ctx) };
  }

  #change(lock: JobLock, lastError: string) {
    return { lock, lastError, now: this.#now() };
  }

  async #finish(lock: JobLock, released: Promise<boolean>): Promise<void> {
    if (!(await released)) {
      this.#log({
        level: "warn",
        message: "Lock expired before the job finished; another worker owns it now",
        jobId: lock.id,
      });
    }
  }

  #log(entry: Omit<JobLogEntry, "workerId">): void {
    this.#opts.log?.({ ...entry, workerId: this.#opts.workerId });
  }
}

/** The lazy definitions loaded at the first call; a load that failed is tried again at the next. */
function loadOnce(
  jobs: LazyJobDefinitions,
): () => Promise<ReadonlyMap<string, JobDefinition<unknown>>> {
  let loading: Promise<ReadonlyMap<string, JobDefinition<unknown>>> | undefined;
  return () => {
    loading ??= jobs.load().then(definitionsByType, (error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

function definitionsByType(
  definitions: readonly JobDefinition<unknown>[],
): ReadonlyMap<string, JobDefinition<unknown>> {
  return new Map(definitions.map((job) => [job.type, job]));
}

function parsePayload(
  definition: JobDefinition<unknown>,
  text: string,
): { success: true; data: unknown } | { success: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { success: false, error: `The payload of a ${definition.type} job is not JSON` };
  }
  const parsed = definition.payload.safeParse(json);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: `The payload does not match the ${definition.type} schema:\n${z.prettifyError(parsed.error)}`,
  };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // last_error is for a person reading the admin page, not a log archive.
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
