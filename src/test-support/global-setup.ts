import { execFileSync } from "node:child_process";
import pg from "pg";
import { TEST_POSTGRES_URL } from "./databases.js";

/** Builds the browser assets once and fails the run at once if PostgreSQL cannot be reached. */
export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ["scripts/build-assets.mjs"], { stdio: "inherit" });
  const client = new pg.Client({
    connectionString: TEST_POSTGRES_URL,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_POSTGRES_URL}: every repository test runs on it too. ` +
        "Start it, or point CIVITAS_TEST_DATABASE_URL at one.",
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
