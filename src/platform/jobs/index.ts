export {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_INTERRUPTIONS,
  type JobContext,
  type JobDefinition,
  defineJob,
  enqueueJob,
  retryDelayMs,
} from "./job-queue.js";
export {
  JOB_LEASE_MS,
  type JobLogEntry,
  JobWorker,
  type JobWorkerOptions,
  type LazyJobDefinitions,
} from "./job-worker.js";
export {
  type JobLock,
  claimDueJobs,
  findJobById,
  findJobByIdempotencyKey,
  listJobs,
} from "./job.repository.js";
