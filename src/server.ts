import os from "node:os";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import { buildJobs } from "./jobs.js";
import { enqueueRebuildIfStale } from "./modules/search/search.job.js";
import type { Config } from "./platform/config.js";
import { JOB_LEASE_MS, JobWorker } from "./platform/jobs/index.js";

/**
 * Starts the production server: the app behind the raw page-cache fast path,
 * and a worker for the durable job queue (jobs survive restarts: a new
 * process picks up what the last one left).
 */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const app = await buildApp(config, { rawCacheFastPath: true });
  const worker = new JobWorker({
    db: app.civitas.db,
    jobs: buildJobs({
      db: app.civitas.db,
      config,
      translation: app.civitas.translation,
    }),
    workerId: `${os.hostname()}:${process.pid}`,
    pollMs: 1000,
    lockMs: JOB_LEASE_MS,
    log: (entry) => app.log[entry.level]({ ...entry, error: entry.error }, entry.message),
  });
  app.addHook("onClose", async () => {
    await worker.stop();
  });
  await app.listen({ port: config.port, host: config.host });
  // An index built by another analyzer (or never) is rebuilt in the background; search answers meanwhile.
  await enqueueRebuildIfStale(app.civitas.db, new Date());
  worker.start();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      void app.close().then(() => process.exit(0));
    });
  }
  return app;
}
