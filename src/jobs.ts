import type { Kysely } from "kysely";
import type { DB } from "./database.js";
import { publishScheduledItemTask } from "./modules/content/publish-scheduled.job.js";
import type { JobDefinition } from "./platform/jobs/index.js";

/** Every job type the workers of this application run, bound to the database. */
export function buildJobs(db: Kysely<DB>): readonly JobDefinition<unknown>[] {
  return [publishScheduledItemTask(db)] as readonly JobDefinition<unknown>[];
}
