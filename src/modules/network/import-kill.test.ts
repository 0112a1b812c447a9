import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { MIGRATIONS } from "../../migrations/index.js";
import { loadConfig, sqliteFile } from "../../platform/config.js";
import { type Database, type DialectName, openDatabase } from "../../platform/db/database.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { createScratchPostgresDatabase, DIALECTS } from "../../test-support/databases.js";
import { civitasCommand } from "../../test-support/bundled.js";

const CITIES = 6000;

/**
 * `civitas import cities` killed with SIGKILL while it writes (a real CLI
 * process, on a SQLite file and on a PostgreSQL database of its own): nothing
 * of the file is in the directory nor in the job queue, and running it again
 * imports every city once.
 */
for (const dialect of DIALECTS) {
  describe(`civitas import cities killed midway on ${dialect}`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-import-kill-"));
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups) await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it("leaves all or nothing, and a second run completes the import", async () => {
      const { env, open } = await storeFor(dialect, dataDir, cleanups);
      const setup = await open();
      await migrateToLatest(setup.db, MIGRATIONS);
      await setup.destroy();
      const file = path.join(dataDir, "cities.csv");
      const rows = Array.from(
        { length: CITIES },
        (_, i) => `Killville ${i},FR,europe,${(i % 170) - 85},${(i % 350) - 175},,A river town.`,
      );
      fs.writeFileSync(
        file,
        ["name,country,region,latitude,longitude,hub,profile", ...rows].join("\n"),
      );

      // Killed as soon as it reports writing (the progress line on stderr), inside its transaction.
      const killed = await runImport(file, env, /writing [1-9]\d*\//);
      expect(killed.signal).toBe("SIGKILL");
      expect(killed.stderr).toMatch(/writing [1-9]\d*\//);
      expect(await countWritten(open)).toEqual({ cities: 0, jobs: 0 });

      const again = await runImport(file, env);
      expect(again.code).toBe(0);
      expect(await countWritten(open)).toEqual({ cities: CITIES, jobs: CITIES / 200 });
    }, 240_000);
  });
}

async function storeFor(
  dialect: DialectName,
  dataDir: string,
  cleanups: (() => Promise<void>)[],
): Promise<{ env: NodeJS.ProcessEnv; open(): Promise<Database<DB>> }> {
  const base = { ...process.env, CIVITAS_DATA: dataDir, CIVITAS_LOG_LEVEL: "silent" };
  if (dialect === "sqlite") {
    const file = sqliteFile(loadConfig({ dataDir }, {}));
    return {
      env: { ...base, DATABASE_URL: "" },
      open: async () => openDatabase<DB>({ dialect: "sqlite", file }),
    };
  }
  const scratch = await createScratchPostgresDatabase();
  cleanups.push(() => scratch.drop());
  return {
    env: { ...base, DATABASE_URL: scratch.url },
    open: async () => openDatabase<DB>({ dialect: "postgres", url: scratch.url, poolSize: 1 }),
  };
}

/** Runs the CLI; with `killWhen`, kills it with SIGKILL once its standard error matches. */
function runImport(
  file: string,
  env: NodeJS.ProcessEnv,
  killWhen?: RegExp,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [...civitasCommand(), "import", "cities", file], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (killWhen?.test(stderr)) child.kill("SIGKILL");
  });
  return new Promise((resolve) =>
    child.once("close", (code, signal) => resolve({ code, signal, stderr })),
  );
}

async function countWritten(
  open: () => Promise<Database<DB>>,
): Promise<{ cities: number; jobs: number }> {
  const database = await open();
  try {
    const cities = await database.db
      .selectFrom("cities")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("name", "like", "Killville %")
      .executeTakeFirstOrThrow();
    const jobs = await database.db
      .selectFrom("jobs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("type", "=", "TranslateNetworkTextsTask")
      .executeTakeFirstOrThrow();
    return { cities: Number(cities.n), jobs: Number(jobs.n) };
  } finally {
    await database.destroy();
  }
}
