import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { nodeArgsFor } from "./test-support/bundled.js";

const run = promisify(execFile);
/**
 * Each restart starts the server and its four job processes (from the run's bundle,
 * test-support/bundled.ts), the slow part of this file: bench/crash.ts kills
 * 20 times, the suite twice per database.
 */
const KILLS = 2;
/** How long the queue may take to empty after the last restart, here. */
const EMPTY_WITHIN_SECONDS = 150;

/**
 * The crash test of bench/crash.ts, small: `civitas serve` killed with SIGKILL
 * (its whole process group, job processes included) twice while items
 * are published and translated and cities imported, restarted on the same
 * data each time (on PostgreSQL in a database of its own; a 1.5 s job lease
 * instead of 30 s). The bench prints its counts as JSON; every job ends done
 * once, nothing lost or duplicated. One file per database
 * (server.crash.sqlite.test.ts, server.crash.postgres.test.ts), so that the
 * two run side by side on two workers.
 */
export function describeServerCrashTest(dialect: "sqlite" | "postgres"): void {
  describe(`civitas serve killed with kill -9 during publish, translate and import, on ${dialect}`, () => {
    it("completes every job once after restarts, loses nothing and empties the queue", async () => {
      const { stdout, stderr } = await run(
        process.execPath,
        [
          ...nodeArgsFor("bench/crash.ts"),
          "--kills",
          String(KILLS),
          "--items",
          "3",
          "--cities",
          "200",
          "--lease-ms",
          "1500",
          // The bench's aim is 60 s (bench/crash.ts prints it on a quiet machine); here a niced
          // translation job on a CI busy with the rest of the suite once ran 60 s inside its lease.
          "--empty-within",
          String(EMPTY_WITHIN_SECONDS),
          "--json",
          ...(dialect === "postgres" ? ["--postgres"] : []),
        ],
        { maxBuffer: 1 << 20, timeout: 420_000 },
      ).catch((error: { stdout?: string; stderr?: string }) => ({
        stdout: error.stdout ?? "",
        stderr: error.stderr ?? "",
      }));
      // A bench that stopped before its report says why.
      const last = stdout.trim().split("\n").at(-1) ?? "";
      expect(last.startsWith("{"), stderr.slice(-2000)).toBe(true);
      const report = JSON.parse(last) as {
        database: string;
        kills: number;
        jobsAfter: number;
        jobsFailed: number;
        duplicates: string[];
        lost: string[];
        secondsUntilEmpty: number;
        itemsPublished: number;
        importExit: number;
      };
      expect(report.database).toBe(dialect);
      expect(report.kills).toBe(KILLS);
      expect(report.duplicates).toEqual([]);
      expect(report.lost).toEqual([]);
      expect(report.jobsFailed).toBe(0);
      expect(report.jobsAfter).toBe(0);
      expect(report.itemsPublished).toBe(3);
      expect(report.importExit).toBe(0);
      expect(report.secondsUntilEmpty).toBeLessThan(EMPTY_WITHIN_SECONDS);
    }, 480_000);
  });
}
