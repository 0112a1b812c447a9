import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JOB_TYPES_BY_LANE } from "./job-lanes.js";
import { buildJobLanes, buildJobs, JOB_LANES } from "./jobs.js";
import { TranslationRuntime } from "./modules/translation/runtime.js";
import { loadConfig } from "./platform/config.js";
import type { Database } from "./platform/db/database.js";
import type { DB } from "./database.js";
import { createTestDatabase } from "./test-support/databases.js";

describe("the application's job lanes", () => {
  let database: Database<DB>;
  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("puts every job type in exactly one lane, publication and the index apart from translation", () => {
    const config = loadConfig({ dataDir: "/tmp/unused", translation: { engine: "none" } }, {});
    const deps = { db: database.db, config, translation: TranslationRuntime.fromConfig(config) };
    const lanes = buildJobLanes(deps);
    const laneOf = new Map<string, string[]>();
    for (const lane of JOB_LANES)
      for (const job of lanes[lane]) laneOf.set(job.type, [...(laneOf.get(job.type) ?? []), lane]);

    expect(
      buildJobs(deps)
        .map((job) => job.type)
        .sort(),
    ).toEqual([...laneOf.keys()].sort());
    for (const [type, inLanes] of laneOf) expect(inLanes, type).toHaveLength(1);
    expect(laneOf.get("PublishScheduledItemTask")).toEqual(["publish"]);
    expect(laneOf.get("ReindexSearchTask")).toEqual(["index"]);
    expect(laneOf.get("TranslateRevisionTask")).toEqual(["translate"]);
    expect(laneOf.get("TranslateNetworkTextsTask")).toEqual(["translate"]);
    expect(laneOf.get("SendAssignmentMailTask")).toEqual(["mail"]);
  });

  it("names in JOB_TYPES_BY_LANE exactly the job types each lane's worker runs", () => {
    // A job process polls for these names before it loads the jobs (job-process-main.ts).
    const config = loadConfig({ dataDir: "/tmp/unused", translation: { engine: "none" } }, {});
    const deps = { db: database.db, config, translation: TranslationRuntime.fromConfig(config) };
    const lanes = buildJobLanes(deps);
    for (const lane of JOB_LANES) {
      expect([...JOB_TYPES_BY_LANE[lane]].sort(), lane).toEqual(
        lanes[lane].map((job) => job.type).sort(),
      );
    }
  });
});
