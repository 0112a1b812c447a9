// Load-generator wrappers for the benchmarks: wrk (Debian) when installed, as
// autocannon saturates near 17,000 requests/s on this machine; autocannon otherwise.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Requests per second and latency percentiles (ms) of one load run. */
export interface LoadResult {
  tool: "wrk" | "autocannon";
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Loads a URL for `seconds` with `connections` keep-alive connections, from a separate process. */
export async function loadUrl(
  url: string,
  options: {
    seconds: number;
    connections: number;
    tool?: "wrk" | "autocannon";
    /** How long a response may take before it counts as an error (wrk's default: 2 s). */
    timeoutSeconds?: number;
  },
): Promise<LoadResult> {
  const tool = options.tool ?? (existsSync("/usr/bin/wrk") ? "wrk" : "autocannon");
  if (tool === "wrk") {
    const { stdout } = await run(
      "wrk",
      [
        "-t1",
        `-c${options.connections}`,
        `-d${options.seconds}s`,
        ...(options.timeoutSeconds ? [`--timeout`, `${options.timeoutSeconds}s`] : []),
        "--latency",
        url,
      ],
      { maxBuffer: 1 << 20 },
    );
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? "0");
    const pct = (p: string) => toMs(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(stdout));
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? "0");
    const socketErrors =
      /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
    const errors =
      non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
    return { tool, requestsPerSecond: rps, p50: pct("50"), p99: pct("99"), errors };
  }
  const bin = path.resolve("node_modules/.bin/autocannon");
  const { stdout } = await run(
    bin,
    ["-j", "-c", String(options.connections), "-d", String(options.seconds), url],
    { maxBuffer: 1 << 24 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    tool,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function toMs(match: RegExpExecArray | null): number {
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}
