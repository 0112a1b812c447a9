import { afterEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { loadConfig } from "../../platform/config.js";
import { DIALECTS, createTestDatabase } from "../../test-support/databases.js";
import { chargeEngineBudget } from "./engine-budget.service.js";
import { findEngineUsage } from "./engine-usage.repository.js";
import { EngineBudgetExhaustedError } from "./engines/engine-errors.js";

let database: Database<DB> | undefined;
afterEach(async () => {
  await database?.destroy();
  database = undefined;
});

for (const dialect of DIALECTS) {
  describe(`engine budgets (${dialect})`, () => {
    it("counts characters per engine and month and stops cleanly when the budget is spent", async () => {
      database = await createTestDatabase(dialect);
      const config = loadConfig({}, { CIVITAS_TRANSLATION_BUDGETS: "deepl=20" });
      let now = new Date("2026-12-04T10:00:00Z");
      const deps = { db: database.db, config, now: () => now };
      await chargeEngineBudget(deps, { engine: "deepl", segments: ["twelve chars", "eight ch"] });
      expect(await findEngineUsage(database.db, { engine: "deepl", month: "2026-12" })).toBe(20);
      const error = await chargeEngineBudget(deps, { engine: "deepl", segments: ["x"] }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EngineBudgetExhaustedError);
      expect((error as EngineBudgetExhaustedError).code).toBe("engine_budget_exhausted");
      expect(await findEngineUsage(database.db, { engine: "deepl", month: "2026-12" })).toBe(20);
      // An engine without a budget is not counted; a new month starts from zero.
      await chargeEngineBudget(deps, { engine: "libretranslate", segments: ["a".repeat(100)] });
      expect(
        await findEngineUsage(database.db, { engine: "libretranslate", month: "2026-12" }),
      ).toBe(0);
      now = new Date("2027-01-01T00:00:00Z");
      const refund = await chargeEngineBudget(deps, {
        engine: "deepl",
        segments: ["fifteen chars!!"],
      });
      expect(await findEngineUsage(database.db, { engine: "deepl", month: "2027-01" })).toBe(15);
      await refund();
      expect(await findEngineUsage(database.db, { engine: "deepl", month: "2027-01" })).toBe(0);
    });

    it("lets only one of two concurrent requests spend the last of a budget", async () => {
      database = await createTestDatabase(dialect);
      const config = loadConfig({}, { CIVITAS_TRANSLATION_BUDGETS: "llm=10" });
      const deps = { db: database.db, config, now: () => new Date("2026-12-04T10:00:00Z") };
      const results = await Promise.allSettled([
        chargeEngineBudget(deps, { engine: "llm", segments: ["seven c"] }),
        chargeEngineBudget(deps, { engine: "llm", segments: ["seven c"] }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await findEngineUsage(database.db, { engine: "llm", month: "2026-12" })).toBe(7);
    });
  });
}
