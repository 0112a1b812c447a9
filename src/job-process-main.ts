import os from "node:os";
import { z } from "zod";
import { openConfiguredDatabase } from "./database.js";
import { JOB_LANES, JOB_TYPES_BY_LANE, type JobLane } from "./job-lanes.js";
import type { TranslationRuntime } from "./modules/translation/runtime.js";
import { type Config, parseConfig } from "./platform/config.js";
import type { Database } from "./platform/db/database.js";
import type { DB } from "./database.js";
import { type JobLogEntry, JobWorker, type LazyJobDefinitions } from "./platform/jobs/index.js";
import type { Mailer } from "./platform/mail/mailer.js";

/**
 * A job process's work, once its entry (job-process.ts) has the server's
 * `{ config, lane }`: runs that lane's JobWorker, so translation, checks and
 * imports run on their own event loop and CPU while the server's keeps
 * answering; reports its log entries back, and stops (finishing the job it
 * runs) on SIGTERM, SIGINT or when the parent goes away. The lane's jobs (and
 * the translation runtime and mailer they use) load when its first job is
 * claimed: a process starts with the queue and the database only, a small
 * part of the app's modules, and a lane whose jobs never come never loads them.
 */

/** What a job process sends to its parent. */
export type JobProcessMessage =
  | { type: "ready"; lane: string; pid: number }
  | { type: "log"; entry: Omit<JobLogEntry, "error"> & { error?: string } };

/** What the parent sends once, right after the fork. */
export const jobProcessStartSchema = z.object({
  config: z.unknown(),
  lane: z.enum(JOB_LANES),
});

/**
 * Runs the lane named in the server's message; `leaveIfOrphaned` is the
 * entry's listener for the server's going away, replaced here by a stop that
 * lets the running job finish.
 */
export async function runJobProcess(message: unknown, leaveIfOrphaned: () => void): Promise<void> {
  const start = jobProcessStartSchema.parse(message);
  const config = parseConfig(start.config);
  const database = openConfiguredDatabase(config);
  const lane = loadLane({ config, database, lane: start.lane });
  const worker = new JobWorker({
    db: database.db,
    jobs: lane.jobs,
    workerId: `${os.hostname()}:${process.pid}:${start.lane}`,
    pollMs: 1000,
    lockMs: config.jobLeaseMs,
    log: ({ error, ...entry }) =>
      report({
        type: "log",
        entry: { ...entry, ...(error === undefined ? {} : { error: describe(error) }) },
      }),
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await worker.stop();
      await lane.close();
      await database.destroy();
      process.exit(0);
    })();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // The server went away without a word (kill -9): nobody would stop this process otherwise.
  process.off("disconnect", leaveIfOrphaned);
  process.once("disconnect", stop);
  worker.start();
  report({ type: "ready", lane: start.lane, pid: process.pid });
}

/**
 * A lane's job types by name, their definitions loaded (with the translation
 * runtime and the mailer they run with) when the worker claims the first job.
 */
function loadLane(input: { config: Config; database: Database<DB>; lane: JobLane }): {
  jobs: LazyJobDefinitions;
  close(): Promise<void>;
} {
  const { config, database } = input;
  let translation: TranslationRuntime | undefined;
  let mailer: Mailer | undefined;
  return {
    jobs: {
      types: JOB_TYPES_BY_LANE[input.lane],
      async load() {
        const [{ buildJobLanes }, { TranslationRuntime }, { createMailer }] = await Promise.all([
          import("./jobs.js"),
          import("./modules/translation/runtime.js"),
          import("./platform/mail/mailer.js"),
        ]);
        if (!translation) {
          translation = TranslationRuntime.fromConfig(config);
          try {
            await translation.load();
          } catch (error) {
            report({
              type: "log",
              entry: {
                level: "error",
                message: "The translation engine's language pairs could not be read",
                workerId: String(process.pid),
                error: describe(error),
              },
            });
          }
        }
        mailer ??= createMailer(config, ({ level, message }) =>
          report({ type: "log", entry: { level, message, workerId: String(process.pid) } }),
        );
        return buildJobLanes({ db: database.db, config, translation, mailer })[input.lane];
      },
    },
    async close() {
      await translation?.close();
      mailer?.close();
    },
  };
}

function report(message: JobProcessMessage): void {
  if (process.connected) process.send?.(message);
}

function describe(error: unknown): string {
  return error instanceof Error
    ? (error.stack ?? `${error.name}: ${error.message}`)
    : String(error);
}
