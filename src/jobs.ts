import type { Kysely } from "kysely";
import type { DB } from "./database.js";
import { CONTENT_CHANGED } from "./modules/content/content-events.js";
import { publishScheduledItemTask } from "./modules/content/publish-scheduled.job.js";
import { onContentChanged, translateRevisionTask } from "./modules/translation/translate.job.js";
import type { TranslationRuntime } from "./modules/translation/runtime.js";
import type { Config } from "./platform/config.js";
import { defineJob, type JobDefinition } from "./platform/jobs/index.js";

/** What the jobs of the application run with. */
export interface JobDeps {
  db: Kysely<DB>;
  config: Config;
  translation: TranslationRuntime;
  now?: () => Date;
}

/** Every job type the workers of this application run, bound to their dependencies. */
export function buildJobs(deps: JobDeps): readonly JobDefinition<unknown>[] {
  const translate = {
    db: deps.db,
    config: deps.config,
    runtime: deps.translation,
    now: deps.now ?? (() => new Date()),
  };
  // Content only announces changes; the modules that follow content react here.
  const contentChanged = defineJob({
    ...CONTENT_CHANGED,
    async handle(payload, { jobId }) {
      await onContentChanged(translate, payload, jobId);
    },
  });
  return [
    publishScheduledItemTask(deps.db),
    contentChanged,
    translateRevisionTask(translate),
  ] as readonly JobDefinition<unknown>[];
}
