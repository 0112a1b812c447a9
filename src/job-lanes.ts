/**
 * The lanes of the queue and the job types each one runs, by name only: what
 * a job process needs to start polling without loading any job's modules
 * (src/jobs.ts composes the handlers; jobs.test.ts checks the two agree).
 *
 * Each lane has its own worker (its own process under `civitas serve`), so a
 * long job in one never delays the others. Publication and content events are
 * quick and must be on time; the search index follows them; translation
 * (engines, checks) and bulk work can take minutes; e-mail waits on SMTP
 * servers, which may be slow or down for hours.
 */
export const JOB_LANES = ["publish", "index", "translate", "mail"] as const;
export type JobLane = (typeof JOB_LANES)[number];

/** The job types of each lane, as stored in `jobs.type`. */
export const JOB_TYPES_BY_LANE: Readonly<Record<JobLane, readonly string[]>> = {
  publish: ["PublishScheduledItemTask", "ContentChangedTask", "NetworkChangedTask"],
  index: ["ReindexSearchTask", "RebuildSearchIndexTask"],
  translate: ["TranslateRevisionTask", "TranslateNetworkTextsTask", "UnitChangedTask"],
  mail: ["SendAssignmentMailTask"],
};
