// The worker process of job-crash.test.ts: runs the crash probes until it is
// killed (kill -9, mid-job), as a server's job process would be.
import type { DB } from "../../database.js";
import { openDatabase } from "../db/database.js";
import { JobWorker } from "./job-worker.js";
import { makeCrashProbeJobs } from "./factories.test-kit.js";

const [dialect, target, schema, lockMs] = process.argv.slice(2);
const database =
  dialect === "postgres"
    ? openDatabase<DB>({ dialect: "postgres", url: target ?? "", schema, poolSize: 2 })
    : openDatabase<DB>({ dialect: "sqlite", file: target ?? "" });
const { probe, effect } = makeCrashProbeJobs(database.db);
const worker = new JobWorker({
  db: database.db,
  jobs: [probe, effect],
  workerId: `crash-${process.pid}`,
  pollMs: 20,
  lockMs: Number(lockMs),
});
worker.start();
process.send?.("ready");
