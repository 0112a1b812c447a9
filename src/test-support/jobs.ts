import type { FastifyInstance } from "fastify";
import { buildJobs } from "../jobs.js";
import { JobWorker } from "../platform/jobs/index.js";

/** Runs every due job of the application (publishing → re-index, translation → re-index) until none is left. */
export async function drainJobs(app: FastifyInstance): Promise<void> {
  const { db, config, translation } = app.civitas;
  const worker = new JobWorker({
    db,
    jobs: buildJobs({ db, config, translation }),
    workerId: "test",
    pollMs: 1000,
    lockMs: 60_000,
  });
  while ((await worker.runOnce()) > 0) {
    // Each run may queue more (a re-index after a translation).
  }
}
