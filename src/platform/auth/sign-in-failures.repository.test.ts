import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import type { Database } from "../db/database.js";
import {
  deleteFailureCounter,
  deleteFailuresBefore,
  findFailureCounter,
  listBlockingUntil,
  saveFailureCounter,
} from "./sign-in-failures.repository.js";

const counter = (failures: number, lastFailureAt: string, blockedUntil: string) => ({
  failures,
  lastFailureAt,
  blockedUntil,
});

for (const dialect of DIALECTS) {
  describe(`sign-in failure counters on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("stores a counter, replaces it, and lists only the waits still running", async () => {
      const db = database.db;
      await saveFailureCounter(
        db,
        "a",
        counter(1, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"),
      );
      await saveFailureCounter(
        db,
        "a",
        counter(6, "2026-01-01T00:01:00.000Z", "2026-01-01T00:01:01.000Z"),
      );
      await saveFailureCounter(
        db,
        "b",
        counter(7, "2026-01-01T00:01:00.000Z", "2026-01-01T00:01:02.000Z"),
      );
      await saveFailureCounter(
        db,
        "c",
        counter(9, "2026-01-01T00:01:00.000Z", "2026-01-01T00:09:00.000Z"),
      );
      expect(await findFailureCounter(db, "a")).toEqual({
        failures: 6,
        lastFailureAt: "2026-01-01T00:01:00.000Z",
      });
      expect(await findFailureCounter(db, "none")).toBeUndefined();
      const blocking = await listBlockingUntil(db, ["a", "b", "none"], "2026-01-01T00:01:01.500Z");
      expect(blocking).toEqual(["2026-01-01T00:01:02.000Z"]);
    });

    it("deletes one counter, and every counter whose last failure is older than a time", async () => {
      const db = database.db;
      await saveFailureCounter(
        db,
        "old",
        counter(3, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"),
      );
      await saveFailureCounter(
        db,
        "new",
        counter(3, "2026-01-02T00:00:00.000Z", "2026-01-02T00:00:00.000Z"),
      );
      await saveFailureCounter(
        db,
        "mine",
        counter(3, "2026-01-02T00:00:00.000Z", "2026-01-02T00:00:00.000Z"),
      );
      await deleteFailuresBefore(db, "2026-01-01T12:00:00.000Z");
      await deleteFailureCounter(db, "mine");
      expect(await findFailureCounter(db, "old")).toBeUndefined();
      expect(await findFailureCounter(db, "mine")).toBeUndefined();
      expect(await findFailureCounter(db, "new")).toBeDefined();
    });
  });
}
