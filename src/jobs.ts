import type { Kysely } from "kysely";
import type { DB } from "./database.js";
import { JOB_LANES, type JobLane } from "./job-lanes.js";
import { CONTENT_CHANGED } from "./modules/content/content-events.js";
import { publishScheduledItemTask } from "./modules/content/publish-scheduled.job.js";
import { NETWORK_CHANGED } from "./modules/network/network-events.js";
import {
  rowIdsOf,
  translateNetworkTextsTask,
} from "./modules/network/translation/translate-network.job.js";
import { searchEngineOf } from "./modules/search/engines.js";
import {
  enqueueReindex,
  followedByReindex,
  isIndexedTable,
  rebuildSearchIndexTask,
  reindexSearchTask,
} from "./modules/search/search.job.js";
import { onContentChanged, translateRevisionTask } from "./modules/translation/translate.job.js";
import type { TranslationRuntime } from "./modules/translation/runtime.js";
import { listRevisionsUsing, UNIT_CHANGED } from "./modules/translation/unit-events.js";
import { translateAllNetworkTexts } from "./modules/network/translation/translate-network.service.js";
import type { Config } from "./platform/config.js";
import { defineJob, type JobDefinition } from "./platform/jobs/index.js";
import { createMailer, type Mailer } from "./platform/mail/mailer.js";
import { assignmentMailTask } from "./modules/translation/assignments/assignment-mail.job.js";
import { completeFinishedAssignments } from "./modules/translation/assignments/assignment.service.js";

/** What the jobs of the application run with. */
export interface JobDeps {
  db: Kysely<DB>;
  config: Config;
  translation: TranslationRuntime;
  /** Sends notifications; without one, the configuration's (SMTP, or logging and skipping). */
  mailer?: Mailer;
  now?: () => Date;
}

/** The lanes, named in job-lanes.ts (what a job process starts with before loading any job). */
export { JOB_LANES, type JobLane } from "./job-lanes.js";

/** Every job type the workers of this application run, in one list (tests run them all in one worker). */
export function buildJobs(deps: JobDeps): readonly JobDefinition<unknown>[] {
  const lanes = buildJobLanes(deps);
  return JOB_LANES.flatMap((lane) => lanes[lane]);
}

/** Every job type of the application bound to its dependencies, each in exactly one lane. */
export function buildJobLanes(deps: JobDeps): Record<JobLane, readonly JobDefinition<unknown>[]> {
  const translate = {
    db: deps.db,
    config: deps.config,
    runtime: deps.translation,
    now: deps.now ?? (() => new Date()),
  };
  const search = { ...translate, engine: searchEngineOf(deps.db) };
  // Content only announces changes; the modules that follow content react here.
  const contentChanged = defineJob({
    ...CONTENT_CHANGED,
    async handle(payload, { jobId }) {
      if (payload.change !== "saved")
        await enqueueReindex(deps.db, {
          target: "item",
          id: payload.itemId,
          cause: `content-${jobId}`,
          now: translate.now(),
        });
      await onContentChanged(translate, payload, jobId);
    },
  });
  // A city, hub or person deleted (or a person whose city was) is re-read: the index drops or corrects it.
  const networkChanged = defineJob({
    ...NETWORK_CHANGED,
    async handle({ table, rowId }, { jobId }) {
      if (isIndexedTable(table))
        await enqueueReindex(deps.db, {
          target: table,
          id: rowId,
          cause: `network-${jobId}`,
          now: translate.now(),
        });
    },
  });
  // A reviewer fixed a sentence: network texts using it are assembled again, and the index follows.
  const unitChanged = defineJob({
    ...UNIT_CHANGED,
    async handle({ sourceHash, language }, { jobId }) {
      await translateAllNetworkTexts(translate, { languages: [language] });
      // An assignment whose language has no sentence left without a person's translation is done.
      await completeFinishedAssignments(translate, { language });
      for (const revisionId of await listRevisionsUsing(deps.db, sourceHash)) {
        await enqueueReindex(deps.db, {
          target: "revision",
          id: revisionId,
          cause: `unit-${jobId}`,
          now: translate.now(),
        });
      }
    },
  });
  return {
    publish: jobList(publishScheduledItemTask(deps.db), contentChanged, networkChanged),
    index: jobList(reindexSearchTask(search), rebuildSearchIndexTask(search)),
    // The search index follows translations as they go live (and network texts as they change).
    translate: jobList(
      followedByReindex(translateRevisionTask(translate), search, (p) => ({
        target: "revision",
        id: p.revisionId,
      })),
      followedByReindex(translateNetworkTextsTask(translate), search, (p) =>
        isIndexedTable(p.table) ? { target: p.table, ids: rowIdsOf(p) } : undefined,
      ),
      unitChanged,
    ),
    mail: jobList(
      assignmentMailTask({
        db: deps.db,
        config: deps.config,
        mailer: deps.mailer ?? createMailer(deps.config, () => {}),
      }),
    ),
  };
}

// Each definition knows its own payload type; a worker only needs the common shape.
function jobList<P extends unknown[]>(
  ...jobs: { [K in keyof P]: JobDefinition<P[K]> }
): readonly JobDefinition<unknown>[] {
  return jobs as readonly JobDefinition<unknown>[];
}
