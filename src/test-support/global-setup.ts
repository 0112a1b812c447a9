import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { demoImagesDir } from "../demo/demo-images.test-kit.js";
import { dropTestSchema, TEST_POSTGRES_URL, writeMigratedSchemaTemplate } from "./databases.js";
import { bundleTestProcesses } from "./bundled.js";

/**
 * Builds the browser assets once, names this run (the browser tests share one
 * demo template per run, and the tests one drawing of each demo image, removed at the end), fails the run at once if
 * PostgreSQL cannot be reached, migrates one PostgreSQL schema that every
 * test database of the run copies, and bundles once the programs that tests
 * start as processes (bundled.ts).
 */
export default async function setup(): Promise<() => Promise<void>> {
  execFileSync(process.execPath, ["scripts/build-assets.mjs"], { stdio: "inherit" });
  // Forked test workers inherit the environment: every browser test file finds the same template.
  process.env.CIVITAS_TEST_RUN = `${process.pid}-${Date.now()}`;
  const template = path.join(os.tmpdir(), `civitas-e2e-demo-${process.env.CIVITAS_TEST_RUN}`);
  const client = new pg.Client({
    connectionString: TEST_POSTGRES_URL,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query("select 1");
    await dropSchemasOfDeadRuns(client);
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_POSTGRES_URL}: every repository test runs on it too. ` +
        "Start it, or point CIVITAS_TEST_DATABASE_URL at one.",
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  // Every PostgreSQL test database starts as a copy of one migrated schema (forked workers inherit its path).
  const schemaTemplate = `${template}-schema.sql`;
  await writeMigratedSchemaTemplate(schemaTemplate);
  const bundle = await bundleTestProcesses(process.cwd(), process.env.CIVITAS_TEST_RUN);
  const runStartedAt = Math.floor(Date.now() / 1000) - 1;
  return async () => {
    // The schemas the workers kept for reuse (databases.ts), now that they have exited.
    await dropSchemasOfRun(runStartedAt).catch(() => undefined);
    fs.rmSync(bundle, { recursive: true, force: true });
    fs.rmSync(schemaTemplate, { force: true });
    fs.rmSync(`${schemaTemplate}.rows`, { force: true });
    fs.rmSync(template, { recursive: true, force: true });
    fs.rmSync(`${template}.lock`, { recursive: true, force: true });
    fs.rmSync(demoImagesDir(), { recursive: true, force: true });
  };
}

/**
 * Test schemas are named t_<pid>_<unix seconds>_<random>; a run that was killed
 * leaves its schemas behind. Only those of a dead process and older than an
 * hour are dropped, so runs side by side never touch each other's.
 */
async function dropSchemasOfDeadRuns(client: pg.Client): Promise<void> {
  await dropSchemas(client, (createdAt) => createdAt < Date.now() / 1000 - 3600);
}

/** This run's schemas whose worker has exited: those kept for reuse, and any a killed test left. */
async function dropSchemasOfRun(runStartedAt: number): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    // A worker may still be exiting when the run ends: its schemas go once it has.
    await dropSchemas(client, (createdAt) => createdAt >= runStartedAt, 10_000);
  } finally {
    await client.end();
  }
}

/** Drops the test schemas of processes no longer alive that `select` picks by creation time. */
async function dropSchemas(
  client: pg.Client,
  select: (createdAt: number) => boolean,
  waitForExitMs = 0,
): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    "select schema_name as name from information_schema.schemata where schema_name ~ '^t_[0-9]+_[0-9]+_[0-9a-f]+$'",
  );
  for (const { name } of rows) {
    const [, pid, createdAt] = name.split("_").map(Number);
    if (pid === undefined || createdAt === undefined || !select(createdAt)) continue;
    for (const until = Date.now() + waitForExitMs; isAlive(pid) && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 100));
    // Under the same lock as a test's own drop: never while another run migrates.
    if (!isAlive(pid)) await dropTestSchema(name);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
