import { AppError } from "../../../platform/errors.js";

/** An engine failed on a request (crash, timeout, garbled output); the request may be retried later. */
export class EngineError extends AppError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super({
      status: 502,
      code: options.code ?? "engine_failed",
      message,
      cause: options.cause,
      isPublic: false,
    });
  }
}

/** An engine did not answer in time; the pipeline or connection behind it was abandoned. */
export class EngineTimeoutError extends EngineError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: "engine_timeout", cause });
  }
}

/** The engine is switched off by its circuit breaker (or cannot be reached); try again after `retryAfterMs`. */
export class EngineUnavailableError extends AppError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
    cause?: unknown,
  ) {
    super({ status: 503, code: "engine_unavailable", message, cause, isPublic: true });
  }
}

/** The engine has no direct mode for the direction asked. */
export class UnsupportedPairError extends AppError {
  constructor(from: string, to: string) {
    super({
      status: 400,
      code: "unsupported_language_pair",
      message: `No direct translation from ${from} to ${to}`,
    });
  }
}

/** A route override names hops the engine does not offer. */
export class InvalidRouteError extends AppError {
  constructor(message: string) {
    super({ status: 400, code: "invalid_route", message });
  }
}

/**
 * An engine's monthly character budget (ours, or the provider's quota, e.g.
 * DeepL's 456) is spent: translation through it waits until the next month
 * or a larger budget; not an engine failure, so the circuit stays closed.
 */
export class EngineBudgetExhaustedError extends AppError {
  constructor(
    readonly engine: string,
    message: string,
  ) {
    super({ status: 429, code: "engine_budget_exhausted", message, isPublic: true });
  }
}
