import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import { type JobProcesses, startJobProcesses } from "./job-processes.js";
import { JOB_LANES } from "./job-lanes.js";
import { enqueueRebuildIfStale } from "./modules/search/search.job.js";
import type { Config } from "./platform/config.js";

/** The production server and the job processes it started. */
export interface Server {
  app: FastifyInstance;
  jobs: JobProcesses;
}

/**
 * Starts the production server: the app behind the raw page-cache fast path,
 * and one job process per lane for the durable job queue, so no job runs on
 * the event loop that answers requests (jobs survive restarts: new processes
 * pick up what the last ones left).
 */
export async function startServer(
  config: Config,
  options: {
    handleSignals?: boolean;
    /** The job processes' program (default: job-process beside job-processes.ts; tests give the run's bundle). */
    jobProcessEntry?: string;
  } = {},
): Promise<Server> {
  let jobs: JobProcesses | undefined;
  const app = await buildApp(config, {
    rawCacheFastPath: true,
    serveStalePages: true,
    // Until startJobProcesses has answered, none of the lanes counts as ready.
    jobProcesses: () => jobs?.status() ?? { lanes: JOB_LANES.length, ready: 0 },
  });
  // An index built by another analyzer (or never) is rebuilt in the background; search answers meanwhile.
  await enqueueRebuildIfStale(app.civitas.db, new Date());
  // The port first: a taken one fails at once, before any job process is forked
  // (each loads the whole app: seconds on a loaded machine, niced); /healthz tells when they are ready.
  app.addHook("onClose", async () => {
    await jobs?.stop();
  });
  await app.listen({ port: config.port, host: config.host });
  try {
    jobs = await startJobProcesses({ config, log: app.log, entry: options.jobProcessEntry });
  } catch (error) {
    await app.close();
    throw error;
  }
  if (options.handleSignals ?? true) {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        app.log.info(`${signal}: closing`);
        void app.close().then(() => process.exit(0));
      });
    }
  }
  return { app, jobs };
}
