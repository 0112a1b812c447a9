/** HTTP for remote engines: a timeout per request, retries on 429 and 5xx with exponential backoff, typed errors. */
import { AppError } from "../../../platform/errors.js";
import { EngineError, EngineTimeoutError, EngineUnavailableError } from "./engine-errors.js";

/** How a remote engine's requests are sent. */
export interface HttpSettings {
  /** The engine's name, for error messages. */
  engine: string;
  timeoutMs: number;
  /** Retries after a 429 or 5xx answer; default 3. */
  retries?: number;
  /** First backoff; doubled each retry (jittered); default 500 ms. */
  backoffMs?: number;
  /** Longest wait between tries, Retry-After included; default 30 s. */
  maxBackoffMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** What an engine's API answered with a status no retry fixes (4xx other than 429). */
export class EngineRefusedError extends AppError {
  constructor(
    message: string,
    readonly httpStatus: number,
    code = "engine_refused",
  ) {
    super({ status: 502, code, message, isPublic: false });
  }
}

/** Sends one JSON request and answers the parsed JSON body; retries 429/5xx, respecting Retry-After. */
export async function requestJson(
  settings: HttpSettings,
  request: {
    url: string;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    body?: unknown;
    timeoutMs?: number;
  },
): Promise<{ status: number; body: unknown }> {
  const retries = settings.retries ?? 3;
  const sleep = settings.sleep ?? defaultSleep;
  const timeoutMs = request.timeoutMs ?? settings.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: request.method ?? "GET",
        headers: {
          accept: "application/json",
          ...(request.body === undefined ? {} : { "content-type": "application/json" }),
          ...request.headers,
        },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") {
        throw new EngineTimeoutError(
          `${settings.engine} did not answer within ${timeoutMs} ms`,
          error,
        );
      }
      throw new EngineUnavailableError(`${settings.engine} cannot be reached`, 0, error);
    }
    const isRetryable = response.status === 429 || response.status >= 500;
    if (isRetryable && attempt < retries) {
      await response.body?.cancel();
      await sleep(backoffDelay(settings, attempt, response.headers.get("retry-after")));
      continue;
    }
    const text = await response.text();
    const body = parseJson(text);
    if (response.ok) return { status: response.status, body };
    const detail = describeError(body, text);
    if (isRetryable) {
      throw new EngineError(
        `${settings.engine} answered HTTP ${response.status} after ${retries + 1} tries${detail}`,
        { code: response.status === 429 ? "engine_rate_limited" : "engine_failed" },
      );
    }
    throw new EngineRefusedError(
      `${settings.engine} refused the request with HTTP ${response.status}${detail}`,
      response.status,
    );
  }
}

/**
 * The wait before retry `attempt` (0-based): Retry-After (seconds or an HTTP
 * date) when the server gave one, else exponential backoff with jitter; never
 * more than maxBackoffMs.
 */
export function backoffDelay(
  settings: Pick<HttpSettings, "backoffMs" | "maxBackoffMs">,
  attempt: number,
  retryAfter: string | null,
  now: number = Date.now(),
): number {
  const cap = settings.maxBackoffMs ?? 30_000;
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return Math.min(cap, asked);
  const base = (settings.backoffMs ?? 500) * 2 ** attempt;
  return Math.min(cap, base / 2 + Math.random() * (base / 2));
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeError(body: unknown, text: string): string {
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    const message = record.error ?? record.message;
    if (typeof message === "string") return `: ${message.slice(0, 200)}`;
    if (message && typeof message === "object" && "message" in message) {
      return `: ${String((message as { message: unknown }).message).slice(0, 200)}`;
    }
  }
  return text.trim() === "" ? "" : `: ${text.trim().slice(0, 200)}`;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
