import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "./database.js";
import { MIGRATIONS } from "./migrations/index.js";
import { publishItem, saveItem } from "./modules/content/item.service.js";
import { makeDraft } from "./modules/content/factories.test-kit.js";
import { loadConfig, sqliteFile } from "./platform/config.js";
import { openDatabase } from "./platform/db/database.js";
import { migrateToLatest } from "./platform/db/migrate.js";
import { listJobs } from "./platform/jobs/index.js";
import { JOB_LANES } from "./jobs.js";
import { TRANSLATION_NODE_FLAGS } from "./modules/translation/translation-heap.js";
import { ANALYZER_VERSION } from "./modules/search/analyzer.js";
import { enqueueRebuildIfStale } from "./modules/search/search.job.js";
import { writeIndexState } from "./modules/search/search.repository.js";
import { type Server, startServer } from "./server.js";
import { programFor } from "./test-support/bundled.js";
import { freePort } from "./test-support/free-port.js";

describe("civitas serve runs its jobs in job processes, one per lane", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-serve-jobs-"));
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // A site whose search index must be built from scratch: the server queues the rebuild on start.
    const database = openDatabase<DB>({
      dialect: "sqlite",
      file: sqliteFile(loadConfig({ dataDir }, {})),
    });
    await migrateToLatest(database.db, MIGRATIONS);
    const words = "cities share resilience plans with neighbours across regions ".repeat(400);
    for (let i = 0; i < ITEMS; i += 1) {
      const saved = await saveItem(database.db, {
        draft: makeDraft({ title: `Resilience ${i}`, body: `${words}\n\n${words}` }),
        actorId: null,
        now: new Date(),
      });
      await publishItem(database.db, { itemId: saved.item.id, now: new Date() });
    }
    await database.destroy();
    const port = await freePort();
    server = await startServer(
      loadConfig(
        { dataDir, port, host: "127.0.0.1", logLevel: "silent", translation: { engine: "none" } },
        {},
      ),
      // The run's bundle of the job process: a quarter of the CPU of the sources under tsx.
      { handleSignals: false, jobProcessEntry: programFor("src/job-process.ts") },
    );
    base = `http://127.0.0.1:${port}`;
  }, 120_000);
  afterAll(async () => {
    await server.app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("tells in /healthz how many job processes are ready, and again after one dies", async () => {
    const health = async () =>
      ((await (await fetch(`${base}/healthz`)).json()) as { jobProcesses?: unknown }).jobProcesses;
    // startServer resolves once every lane's process has said it is ready.
    expect(await health()).toEqual({ lanes: JOB_LANES.length, ready: JOB_LANES.length });
    const mailPid = server.jobs.pids().mail;
    expect(mailPid).toBeDefined();
    process.kill(mailPid ?? 0, "SIGKILL");
    let seenNotReady = false;
    for (let waited = 0; ; waited += 20) {
      expect(waited).toBeLessThan(60_000);
      const status = (await health()) as { ready: number };
      if (status.ready < JOB_LANES.length) seenNotReady = true;
      // Restarted after a second, ready once its modules are loaded.
      if (seenNotReady && status.ready === JOB_LANES.length) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.jobs.pids().mail).not.toBe(mailPid);
  }, 90_000);

  it("answers /healthz while the heaviest job runs, in another process", async () => {
    const pids = server.jobs.pids();
    expect(new Set(Object.values(pids)).size).toBe(JOB_LANES.length);
    expect(Object.values(pids)).not.toContain(process.pid);
    // When the server and a job both want the CPU, the server gets it.
    for (const pid of Object.values(pids)) {
      expect(os.getPriority(pid)).toBeGreaterThan(os.getPriority(process.pid));
    }
    // Only the translate lane runs under V8's translation flags.
    const argvOf = (pid: number | undefined) =>
      fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    for (const lane of JOB_LANES) {
      const argv = argvOf(pids[lane]);
      for (const flag of TRANSLATION_NODE_FLAGS) {
        expect(argv.includes(flag), `${lane}: ${flag}`).toBe(lane === "translate");
      }
    }

    // The rebuild queued on start may be over before the test can watch it (a fast machine,
    // one process per lane to start): once it is, the index is marked stale and another
    // rebuild is queued, watched from its start.
    const db = server.app.civitas.db;
    const rebuildStatus = async () =>
      (await listJobs(db, { type: "RebuildSearchIndexTask" }))[0]?.status;
    for (let waited = 0; (await rebuildStatus()) !== "done"; waited += 50) {
      expect(waited).toBeLessThan(60_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await writeIndexState(db, ANALYZER_VERSION - 1, new Date(Date.now() - 60_000));
    expect(await enqueueRebuildIfStale(db, new Date())).toBe(true);

    const seenOwners = new Set<string>();
    const healthWhileRunning: number[] = [];
    for (;;) {
      const [rebuild] = await listJobs(server.app.civitas.db, { type: "RebuildSearchIndexTask" });
      if (rebuild?.status === "done") break;
      expect(rebuild?.status).toMatch(/pending|running/);
      if (rebuild?.status === "running") {
        seenOwners.add(String(rebuild.lockedBy));
        healthWhileRunning.push((await fetch(`${base}/healthz`)).status);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // The rebuild ran in the index lane's process, and the server answered meanwhile.
    expect([...seenOwners]).toEqual([`${os.hostname()}:${pids.index}:index`]);
    expect(healthWhileRunning.length).toBeGreaterThan(0);
    expect(healthWhileRunning.every((status) => status === 200)).toBe(true);
  }, 120_000);
});

const ITEMS = 60;
