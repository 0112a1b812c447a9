// The crash test: `civitas serve` (a real process group: the server and its
// forked job processes) on a fresh data directory, killed with SIGKILL at
// random moments while items are published through the API, translated by the
// job processes, and `civitas import cities` writes cities; restarted each time
// on the same data. After the last restart: every job done exactly once, nothing
// lost or duplicated (items published once, translations complete, cities once,
// the search index consistent), and the queue empty within a minute.
// Usage: npx tsx bench/crash.ts [--kills 20] [--items 8] [--cities 2000] [--lease-ms 2000] [--empty-within 60] [--postgres] [--json]
// --postgres: the server, its job processes and the import share a PostgreSQL
// database of their own (created on CIVITAS_TEST_DATABASE_URL's server, dropped on every way out:
// the end, an exception, Ctrl-C or SIGTERM).
// The lease is shortened (CIVITAS_JOB_LEASE_MS) so a killed job is taken up in
// seconds rather than the production 30 s; nothing else differs from production.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openConfiguredDatabase } from "../src/database.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import { TranslationRuntime } from "../src/modules/translation/runtime.js";
import { createApiToken } from "../src/platform/auth/api-token.service.js";
import { createUser } from "../src/platform/auth/user.service.js";
import { loadConfig } from "../src/platform/config.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { createScratchPostgresDatabase } from "../src/test-support/databases.js";
import { freePort } from "../src/test-support/free-port.js";
import { civitasCommand } from "../src/test-support/bundled.js";

const kills = Number(argument("--kills") ?? 20);
const items = Number(argument("--items") ?? 8);
const cities = Number(argument("--cities") ?? 2000);
const leaseMs = Number(argument("--lease-ms") ?? 2000);
// How long the queue may take to empty before the bench gives up (the aim stays 60 s and is
// printed against the measure; the suite's small version, on a busy CI, gives it longer).
const emptyWithinSeconds = Number(argument("--empty-within") ?? 60);
const asJson = process.argv.includes("--json");
const say = (line: string) => {
  if (!asJson) console.log(line);
};

const onPostgres = process.argv.includes("--postgres");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-crash-"));
let server: ChildProcess | undefined;
let importer: ChildProcess | undefined;
let cleaning: Promise<void> | undefined;
// What the bench made (data directory, PostgreSQL database, processes) goes on every way out:
// the end, an exception (the finally below), Ctrl-C or a kill (these handlers).
const scratchCreated = onPostgres ? createScratchPostgresDatabase() : Promise.resolve(undefined);
// `on`, not `once`: Ctrl-C under tsx delivers SIGINT twice (the terminal's, then tsx's relay),
// and a second one without a handler would end the process before the database is dropped.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (cleaning) return;
    console.error(`\n${signal}: stopping the servers, removing the data and the database`);
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}
// Whatever happens to the bench, its servers go with it.
process.once("exit", () => killGroup());
const scratch = await scratchCreated;
const env = {
  ...process.env,
  CIVITAS_LOG_LEVEL: "silent",
  CIVITAS_JOB_LEASE_MS: String(leaseMs),
  DATABASE_URL: scratch?.url ?? "",
};
const config = loadConfig(
  { dataDir, logLevel: "silent", ...(scratch ? { databaseUrl: scratch.url } : {}) },
  {},
);
const cli = [...civitasCommand(), "--data", dataDir];
let token = "";
let port = 0;
let base = "";
let report: Awaited<ReturnType<typeof runCrashTest>> | undefined;
try {
  report = await runCrashTest();
} finally {
  await cleanUp();
}
if (!report) process.exit(1);
if (asJson) console.log(JSON.stringify(report));
else {
  console.log("");
  console.log(`kills            ${report.kills}`);
  console.log(`jobs before      ${report.jobsBefore} open after the last kill`);
  console.log(
    `jobs after       ${report.jobsAfter} open, ${report.jobsDone} done, ${report.jobsFailed} failed, ${report.jobsRunAgain} run more than once (${report.jobsInterrupted} interrupted by a kill, at most ${report.mostInterruptions} times)`,
  );
  for (const failure of report.jobFailures) console.log(`  failed         ${failure}`);
  console.log(`duplicates       ${report.duplicates.length}   ${report.duplicates.join("; ")}`);
  console.log(`lost             ${report.lost.length}   ${report.lost.join("; ")}`);
  console.log(`until empty      ${report.secondsUntilEmpty} s after the last restart (aim < 60)`);
  console.log(
    `import           exit ${report.importExit}; ${report.itemsPublished} items published`,
  );
}
process.exit(report.duplicates.length + report.lost.length + report.jobsFailed === 0 ? 0 : 1);

async function startServer(): Promise<void> {
  // Its own process group, so one kill reaches the job processes it forks too.
  server = spawn(
    process.execPath,
    [...cli, "serve", "--port", String(port), "--host", "127.0.0.1"],
    { stdio: ["ignore", "ignore", "inherit"], env, detached: true },
  );
  // A start-up (server and four job processes under tsx) took 28 s on the shared two-core
  // machine at load 10 and over 60 s at load 16: slow starts are not what this bench measures.
  // The server listens before its job processes are up: wait for them too, or every kill would
  // land before any job could run (on a quiet machine none was interrupted by 20 kills).
  await waitFor(async () => {
    try {
      const res = await fetch(`${base}/healthz`);
      const health = (await res.json()) as { jobProcesses?: { lanes: number; ready: number } };
      return (
        res.ok &&
        health.jobProcesses !== undefined &&
        health.jobProcesses.ready === health.jobProcesses.lanes
      );
    } catch {
      return false;
    }
  }, 180_000);
}

function killGroup(): void {
  if (server?.pid === undefined) return;
  try {
    process.kill(-server.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

async function killLoop(): Promise<void> {
  for (let kill = 0; kill < kills; kill += 1) {
    await sleep(300 + Math.random() * 1700);
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    killGroup();
    await exited;
    // The forked job processes too: wait until none of the group is left.
    await waitFor(async () => !isGroupAlive(server?.pid ?? 0), 10_000);
    await startServer();
  }
}

function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Creates and publishes the items, retrying each call until the server answers it. */
async function publishItems(): Promise<number> {
  let done = 0;
  for (let n = 0; n < items; n += 1) {
    const slug = `crash-bulletin-${n}`;
    // A create retried after a kill may have been committed: find the item by its slug first.
    let id = await findItem(slug);
    if (id === undefined) {
      const created = await call("POST", "/api/v1/content", {
        type: "news",
        slug,
        sourceLanguage: "en",
        title: `Crash bulletin ${n}`,
        summary: "What the network did this week.",
        body: `The cities met again (round ${n}).\n\nThe harbour plan moves on; the mayors agreed on the next steps.`,
      });
      id = (created as { id?: number } | undefined)?.id ?? (await findItem(slug));
    }
    if (id === undefined) throw new Error(`item ${slug} was not created`);
    await call("POST", `/api/v1/content/${id}/publish`, {});
    done += 1;
  }
  return done;
}

async function findItem(slug: string): Promise<number | undefined> {
  const database = openConfiguredDatabase(config);
  try {
    const row = await database.db
      .selectFrom("items")
      .select("id")
      .where("slug", "=", slug)
      .executeTakeFirst();
    return row?.id;
  } finally {
    await database.destroy();
  }
}

/** One API call, again until the server answers it with a 2xx (a conflict counts as done). */
async function call(method: string, url: string, body: unknown): Promise<unknown> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      const res = await fetch(base + url, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (res.ok) return await res.json();
      if (res.status === 409 || res.status === 422) return undefined;
      if (res.status < 500) throw new Error(`${method} ${url} → ${res.status} ${await res.text()}`);
    } catch (error) {
      if (error instanceof Error && error.message.includes("→")) throw error;
      // The server is down: try again.
    }
    await sleep(100);
  }
  throw new Error(`${method} ${url} never answered`);
}

async function importCities(): Promise<number | null> {
  await sleep(500);
  const file = path.join(dataDir, "cities.csv");
  const rows = Array.from(
    { length: cities },
    (_, i) =>
      `Crashville ${i},FR,europe,${(i % 170) - 85},${(i % 350) - 175},,A river town that joined the network.`,
  );
  fs.writeFileSync(
    file,
    ["name,country,region,latitude,longitude,hub,profile", ...rows].join("\n"),
  );
  const child = spawn(process.execPath, [...cli, "import", "cities", file], {
    stdio: "ignore",
    env,
  });
  importer = child;
  return new Promise((resolve) => child.once("exit", resolve));
}

async function countJobs(): Promise<{
  open: number;
  done: number;
  failed: number;
  runAgain: number;
  /** Jobs taken over from a killed worker at least once, and the most times one was. */
  interrupted: number;
  mostInterruptions: number;
  /** Each failed job: its type, attempts and last error. */
  failures: string[];
}> {
  const database = openConfiguredDatabase(config);
  try {
    const rows = await database.db
      .selectFrom("jobs")
      .select(["status", "attempts", "interruptions", "type", "lastError"])
      .execute();
    return {
      open: rows.filter((r) => r.status === "pending" || r.status === "running").length,
      done: rows.filter((r) => r.status === "done").length,
      failed: rows.filter((r) => r.status === "failed").length,
      runAgain: rows.filter((r) => r.attempts > 1).length,
      interrupted: rows.filter((r) => r.interruptions > 0).length,
      mostInterruptions: Math.max(0, ...rows.map((r) => r.interruptions)),
      failures: rows
        .filter((r) => r.status === "failed")
        .map(
          (r) =>
            `${r.type} after ${r.attempts} attempts (${r.interruptions} interrupted): ${r.lastError ?? "no error"}`,
        ),
    };
  } finally {
    await database.destroy();
  }
}

/** Each pending or running job: its type, state, attempts, lease or next run, and last error. */
async function listOpenJobs(): Promise<string[]> {
  const database = openConfiguredDatabase(config);
  try {
    const rows = await database.db
      .selectFrom("jobs")
      .selectAll()
      .where("status", "in", ["pending", "running"])
      .orderBy("id")
      .execute();
    const now = new Date().toISOString();
    return rows.map(
      (r) =>
        `#${r.id} ${r.type} ${r.status} (now ${now}) run_at ${r.runAt} locked_by ${r.lockedBy ?? "-"} ` +
        `until ${r.lockedUntil ?? "-"}, ${r.attempts} attempts (${r.interruptions} interrupted): ` +
        `${r.lastError ?? "no error"}`,
    );
  } finally {
    await database.destroy();
  }
}

/** What the database says after the crashes: nothing lost, nothing twice. */
async function verify(): Promise<{
  jobs: Awaited<ReturnType<typeof countJobs>>;
  duplicates: string[];
  lost: string[];
}> {
  const jobs = await countJobs();
  const database = openConfiguredDatabase(config);
  const duplicates: string[] = [];
  const lost: string[] = [];
  try {
    const db = database.db;
    const itemRows = await db
      .selectFrom("items")
      .select(["id", "slug", "publishedRevisionId"])
      .where("slug", "like", "crash-bulletin-%")
      .execute();
    const slugs = new Set(itemRows.map((r) => r.slug));
    if (slugs.size !== itemRows.length) duplicates.push(`${itemRows.length - slugs.size} items`);
    if (slugs.size !== items) lost.push(`${items - slugs.size} items`);
    const unpublished = itemRows.filter((r) => r.publishedRevisionId === null);
    if (unpublished.length > 0) lost.push(`${unpublished.length} items not published`);

    // Translations: every target language of every published revision, complete, once.
    // The languages the engine can reach from English (the installed Apertium pairs).
    const translation = TranslationRuntime.fromConfig(config);
    await translation.load();
    const targets = config.languages.filter(
      (lang) => lang !== "en" && translation.canTranslate("en", lang),
    );
    await translation.close();
    const localized = await db
      .selectFrom("localizedRevisions")
      .select(["revisionId", "language", "state"])
      .where(
        "revisionId",
        "in",
        itemRows.map((r) => r.publishedRevisionId ?? -1),
      )
      .execute();
    const missing = itemRows.length * targets.length - localized.length;
    if (missing > 0) lost.push(`${missing} translations of items`);

    // Cities: each row of the file exactly once.
    const cityRows = await db
      .selectFrom("cities")
      .select("name")
      .where("name", "like", "Crashville %")
      .execute();
    const names = new Set(cityRows.map((r) => r.name));
    if (names.size !== cityRows.length) duplicates.push(`${cityRows.length - names.size} cities`);
    if (names.size !== cities) lost.push(`${cities - names.size} cities`);

    // The search index: one document per published item and language, none twice.
    const documents = await db
      .selectFrom("searchDocuments")
      .select(["kind", "refId", "language"])
      .where(
        "refId",
        "in",
        itemRows.map((r) => r.id),
      )
      .where("kind", "=", "news")
      .execute();
    const keys = new Set(documents.map((d) => `${d.refId}:${d.language}`));
    if (keys.size !== documents.length)
      duplicates.push(`${documents.length - keys.size} search documents`);
    const unindexed = itemRows.filter((r) => !keys.has(`${r.id}:en`));
    if (unindexed.length > 0) lost.push(`${unindexed.length} items missing from the search index`);
  } finally {
    await database.destroy();
  }
  return { jobs, duplicates, lost };
}

async function waitFor(condition: () => Promise<boolean>, limitMs: number): Promise<void> {
  const until = performance.now() + limitMs;
  while (!(await condition())) {
    if (performance.now() > until) throw new Error(`not within ${limitMs / 1000} s`);
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** The bench itself: setup, the kills, the checks; its figures. */
async function runCrashTest() {
  const setup = openConfiguredDatabase(config);
  await migrateToLatest(setup.db, MIGRATIONS);
  await createUser(setup.db, {
    email: "crash@example.org",
    role: "editor",
    password: "a long crash password",
    actorId: null,
    now: new Date(),
  });
  token = (
    await createApiToken(setup.db, {
      email: "crash@example.org",
      actorId: null,
      now: new Date(),
    })
  ).token;
  await setup.destroy();
  port = await freePort();
  base = `http://127.0.0.1:${port}`;

  const started = performance.now();
  await startServer();
  say(
    `Crash test: ${kills} kills (SIGKILL to the server's process group), ${items} items published, ` +
      `${cities.toLocaleString("en")} cities imported, lease ${leaseMs} ms, on ${onPostgres ? "PostgreSQL" : "SQLite"}`,
  );

  // The work: items created and published through the API (retried while the server is
  // down, as a client would), and one import of cities by the CLI, both during the kills.
  const [published, importRun] = await Promise.all([publishItems(), importCities(), killLoop()]);
  const jobsBefore = await countJobs();
  const restartedAt = performance.now();
  try {
    await waitFor(async () => (await countJobs()).open === 0, emptyWithinSeconds * 1000);
  } catch (error) {
    // Say what is left: a timeout alone does not tell a stuck job from a slow one.
    console.error(`The queue did not empty within ${emptyWithinSeconds} s; open jobs:`);
    for (const job of await listOpenJobs()) console.error(`  ${job}`);
    throw error;
  }
  const secondsToEmpty = (performance.now() - restartedAt) / 1000;
  // Publication queues translation, which queues indexing: wait for the chain to settle.
  const result = await verify();

  return {
    database: onPostgres ? "postgres" : "sqlite",
    kills,
    jobsBefore: jobsBefore.open,
    jobsAfter: result.jobs.open,
    jobsDone: result.jobs.done,
    jobsFailed: result.jobs.failed,
    jobFailures: result.jobs.failures,
    jobsRunAgain: result.jobs.runAgain,
    jobsInterrupted: result.jobs.interrupted,
    mostInterruptions: result.jobs.mostInterruptions,
    duplicates: result.duplicates,
    lost: result.lost,
    secondsUntilEmpty: Number(secondsToEmpty.toFixed(1)),
    itemsPublished: published,
    importExit: importRun,
    totalSeconds: Number(((performance.now() - started) / 1000).toFixed(0)),
  };
}

/** Kills the servers and the import, removes the data directory and drops the database: once, whichever way out. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    killGroup();
    importer?.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
    const created = await scratchCreated.catch(() => undefined);
    try {
      await created?.drop();
    } catch (error) {
      console.error(`could not drop the bench's PostgreSQL database: ${(error as Error).message}`);
    }
  })();
  return cleaning;
}
