/** A circuit breaker around an engine, so a broken engine fails fast instead of stalling every job. */
import { AppError } from "../../../platform/errors.js";
import {
  type EngineOutput,
  type LanguagePair,
  type TranslationEngine,
  type TranslationRequest,
} from "./engine.js";
import { EngineError, EngineUnavailableError } from "./engine-errors.js";

/** Settings of a breaker. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit; default 5. */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial call; default 30 s. */
  coolDownMs?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

/** The breaker's state, for health pages. */
export type CircuitState = "closed" | "open" | "half-open";

/**
 * Wraps an engine: after `failureThreshold` consecutive engine failures every
 * call fails at once with EngineUnavailableError for `coolDownMs`; then one
 * trial call is let through (half-open) and closes or re-opens the circuit.
 * Caller mistakes (AppErrors below 500) do not count as failures.
 */
export class CircuitBreakerEngine implements TranslationEngine {
  readonly name: string;
  private readonly failureThreshold: number;
  private readonly coolDownMs: number;
  private readonly now: () => number;
  private failures = 0;
  private openedAt: number | undefined;
  private isTrialRunning = false;

  constructor(
    private readonly engine: TranslationEngine,
    options: CircuitBreakerOptions = {},
  ) {
    this.name = engine.name;
    this.failureThreshold = options.failureThreshold ?? 5;
    this.coolDownMs = options.coolDownMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Where the breaker stands now. */
  get state(): CircuitState {
    if (this.openedAt === undefined) return "closed";
    return this.now() - this.openedAt >= this.coolDownMs ? "half-open" : "open";
  }

  /** Passes through the breaker like `translate`. */
  pairs(): Promise<LanguagePair[]> {
    return this.guard(() => this.engine.pairs());
  }

  /** Passes through the breaker; fails fast while it is open. */
  translate(request: TranslationRequest): Promise<EngineOutput[]> {
    return this.guard(() => this.engine.translate(request));
  }

  /** Closes the wrapped engine. */
  close(): Promise<void> {
    return this.engine.close();
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    const state = this.state;
    const isTrial = state === "half-open";
    if (state === "open" || (isTrial && this.isTrialRunning)) {
      const retryAfterMs = Math.max(0, (this.openedAt ?? 0) + this.coolDownMs - this.now());
      throw new EngineUnavailableError(
        `${this.name} is switched off after repeated failures`,
        retryAfterMs,
      );
    }
    if (isTrial) this.isTrialRunning = true;
    try {
      const result = await call();
      this.failures = 0;
      this.openedAt = undefined;
      return result;
    } catch (error) {
      if (isEngineFailure(error)) {
        this.failures++;
        if (isTrial || this.failures >= this.failureThreshold) this.openedAt = this.now();
        throw error instanceof AppError
          ? error
          : new EngineError(`${this.name} failed`, { cause: error });
      }
      if (isTrial) this.openedAt = undefined;
      throw error;
    } finally {
      if (isTrial) this.isTrialRunning = false;
    }
  }
}

function isEngineFailure(error: unknown): boolean {
  return !(error instanceof AppError) || error.status >= 500;
}
