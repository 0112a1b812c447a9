import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import type { Config } from "../../platform/config.js";
import { EngineBudgetExhaustedError } from "./engines/engine-errors.js";
import {
  findEngineUsage,
  refundEngineCharacters,
  reserveEngineCharacters,
  usageMonth,
} from "./engine-usage.repository.js";

/** What charging a budget needs. */
export interface BudgetDeps {
  db: Kysely<DB>;
  config: Config;
  now(): Date;
}

/**
 * Counts the characters of a request against the engine's monthly budget
 * before it is sent, and answers a refund for when the engine does not
 * answer; an engine without a budget is not counted. When the request does
 * not fit, nothing is sent: EngineBudgetExhaustedError (the job reports it
 * and translation of that pair waits for the next month or a larger budget).
 */
export async function chargeEngineBudget(
  deps: BudgetDeps,
  input: { engine: string; segments: readonly string[] },
): Promise<() => Promise<void>> {
  const limit = budgetOf(deps.config, input.engine);
  if (limit === undefined) return async () => {};
  const characters = input.segments.reduce((sum, segment) => sum + segment.length, 0);
  const month = usageMonth(deps.now());
  const isReserved = await reserveEngineCharacters(deps.db, {
    engine: input.engine,
    month,
    characters,
    limit,
    now: deps.now().toISOString(),
  });
  if (!isReserved) {
    const used = await findEngineUsage(deps.db, { engine: input.engine, month });
    throw new EngineBudgetExhaustedError(
      input.engine,
      `The ${input.engine} budget of ${limit} characters for ${month} is spent (${used} used, ${characters} more asked): translation through it waits for next month or a larger CIVITAS_TRANSLATION_BUDGETS`,
    );
  }
  return () =>
    refundEngineCharacters(deps.db, {
      engine: input.engine,
      month,
      characters,
      now: deps.now().toISOString(),
    });
}

/** An engine's monthly character budget; undefined when it has none. */
export function budgetOf(config: Config, engine: string): number | undefined {
  return (config.translation.budgets as Readonly<Record<string, number | undefined>>)[engine];
}
