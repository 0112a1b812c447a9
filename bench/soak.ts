// The soak: `civitas serve` (a real process, its job processes included) on the
// demo network under 64 connections over a mix of public pages for 60 s, while
// a writer edits and publishes through the API and `civitas import cities`
// writes 10,000 cities. Prints requests/s, p99, errors, 5xx, the server's
// peak memory, /healthz p99, and what the writer and the import saw.
// Usage: npx tsx bench/soak.ts [--seconds 60] [--connections 64] [--cities 10000] [--cpu-prof DIR]
// (--cpu-prof: the server process writes a V8 CPU profile into DIR when it stops.)
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openConfiguredDatabase } from "../src/database.js";
import { loadDemo } from "../src/demo/load-demo.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import { createApiToken } from "../src/platform/auth/api-token.service.js";
import { createUser } from "../src/platform/auth/user.service.js";
import { loadConfig } from "../src/platform/config.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { freePort } from "../src/test-support/free-port.js";

const seconds = Number(argument("--seconds") ?? 60);
const connections = Number(argument("--connections") ?? 64);
const cities = Number(argument("--cities") ?? 10_000);
const cpuProfileDir = argument("--cpu-prof");
const PAGES = [
  "/en",
  "/fr",
  "/es",
  "/en/news",
  "/en/news/september-update-2021",
  "/en/resources",
  "/en/events",
  "/en/network",
  "/en/network/hubs",
  "/en/search?q=resilience",
  "/fr/search?q=ville",
  "/en/feed.rss",
];
const run = promisify(execFile);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-soak-"));
const config = loadConfig({ dataDir, logLevel: "silent" }, {});
const setup = openConfiguredDatabase(config);
await migrateToLatest(setup.db, MIGRATIONS);
await loadDemo(setup.db, { config, now: new Date() });
await createUser(setup.db, {
  email: "writer@example.org",
  role: "editor",
  password: "a long soak password",
  actorId: null,
  now: new Date(),
});
const { token } = await createApiToken(setup.db, {
  email: "writer@example.org",
  actorId: null,
  now: new Date(),
});
await setup.destroy();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const cli = ["--import", "tsx", path.resolve("src/cli.ts"), "--data", dataDir];
const server = spawn(
  process.execPath,
  [
    ...(cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(cpuProfileDir)] : []),
    ...cli,
    "serve",
    "--port",
    String(port),
    "--host",
    "127.0.0.1",
  ],
  {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CIVITAS_LOG_LEVEL: "warn" },
  },
);
// The server must not outlive the bench, whatever happens to it.
process.once("exit", () => server.kill("SIGTERM"));
await waitForHealth();
// Every listed page must answer: a page that silently dropped out of the mix
// (the feed listed as /en/feed.xml, a 404) made the soak lighter than it said.
const pages: string[] = [];
for (const page of PAGES) {
  const status = (await fetch(base + page)).status;
  if (status !== 200) throw new Error(`${page} answered ${status}, not 200`);
  pages.push(page);
}

console.log(
  `Soak: ${seconds}s, ${connections} connections over ${pages.length} public pages, a writer on the API, ` +
    `civitas import cities (${cities.toLocaleString("en")} rows); node ${process.version}, ${os.cpus().length} cores`,
);
const isRunning = { value: true };
const loadBefore = os.loadavg();
const [load, probes, writer, importRun] = await Promise.all([
  loadPages(),
  probeHealth(),
  writeThroughApi(),
  importCities(),
]);
const loadAfter = os.loadavg();
const health = probes.timings;
const memory = peakMemory(server.pid ?? 0);
const queue = await waitForEmptyQueue();
server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve));
fs.rmSync(dataDir, { recursive: true, force: true });

console.log("");
console.log(
  `pages        ${load.requestsPerSecond.toFixed(0)} req/s   p99 ${load.p99.toFixed(1)} ms`,
);
console.log(`errors       ${load.errors}   (socket errors and non-2xx/3xx; aim 0)`);
console.log(
  `5xx          ${load.status5xx + writer.status5xx}   (pages ${load.status5xx}, writer ${writer.status5xx}; aim 0)`,
);
console.log(
  `/healthz     p99 ${percentile(health, 99).toFixed(1)} ms   max ${Math.max(...health).toFixed(1)} ms   (${health.length} probes; aim p99 < 100 ms)`,
);
console.log(
  `event loop   ${
    probes.loopP99.length === 0
      ? "n/a (this server does not report it)"
      : `p99 over 5 s windows: worst ${Math.max(...probes.loopP99).toFixed(1)} ms, median ${percentile(probes.loopP99, 50).toFixed(1)} ms`
  }   (the server's own monitorEventLoopDelay)`,
);
console.log(`writer       ${writer.requests} API requests, ${writer.failed} failed`);
console.log(
  `import       ${importRun.code === 0 ? "ok" : `exit ${importRun.code}`} in ${(importRun.ms / 1000).toFixed(1)} s`,
);
console.log(
  `peak memory  server ${mb(memory.server)} MB, job processes ${memory.jobs.map(mb).join(" + ")} MB`,
);
console.log(
  `load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")} before, ${loadAfter.map((l) => l.toFixed(1)).join(" ")} after (1, 5, 15 min)`,
);
console.log(
  `queue        ${queue.pending} left ${queue.seconds.toFixed(0)} s after the load (done ${queue.done}, failed ${queue.failed})`,
);

async function loadPages(): Promise<{
  requestsPerSecond: number;
  p99: number;
  errors: number;
  status5xx: number;
}> {
  const script = path.join(dataDir, "soak.lua");
  fs.writeFileSync(script, wrkScript(pages));
  const { stdout } = await run(
    "wrk",
    ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", script, base],
    { maxBuffer: 1 << 20 },
  );
  isRunning.value = false;
  const fields = /SOAK (\S+) (\S+) (\S+) (\S+)/.exec(stdout);
  if (!fields) throw new Error(`wrk said:\n${stdout}`);
  return {
    requestsPerSecond: Number(fields[1]),
    p99: Number(fields[2]),
    errors: Number(fields[3]),
    status5xx: Number(fields[4]),
  };
}

async function probeHealth(): Promise<{ timings: number[]; loopP99: number[] }> {
  const timings: number[] = [];
  const loopP99: number[] = [];
  while (isRunning.value) {
    const started = performance.now();
    try {
      const res = await fetch(`${base}/healthz`);
      const body = (await res.json()) as { eventLoop?: { p99Ms?: number } };
      if (body.eventLoop?.p99Ms !== undefined) loopP99.push(body.eventLoop.p99Ms);
    } catch {
      // Counted by its time: a probe that fails took as long as it took.
    }
    timings.push(performance.now() - started);
    await sleep(50);
  }
  return { timings, loopP99 };
}

/** Creates an item, then saves a new revision of it and publishes it, again and again. */
async function writeThroughApi(): Promise<{ requests: number; failed: number; status5xx: number }> {
  const stats = { requests: 0, failed: 0, status5xx: 0 };
  const call = async (method: string, url: string, body?: unknown) => {
    stats.requests += 1;
    const res = await fetch(base + url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).catch((error: unknown) => {
      // A reset connection counts as a failed request, not the end of the bench.
      stats.failed += 1;
      if (stats.failed <= 3) console.error(`writer: ${method} ${url} → ${String(error)}`);
      return undefined;
    });
    if (res === undefined) return undefined;
    if (res.status >= 500) stats.status5xx += 1;
    if (!res.ok) {
      stats.failed += 1;
      if (stats.failed <= 3)
        console.error(`writer: ${method} ${url} → ${res.status} ${await res.text()}`);
      return undefined;
    }
    return (await res.json()) as { id?: number };
  };
  const draft = (round: number) => ({
    type: "news",
    slug: "soak-bulletin",
    sourceLanguage: "en",
    title: `Soak bulletin ${round}`,
    summary: "What the network did this week.",
    body: `Cities met again (round ${round}).\n\nThe harbour plan moves on; the mayors agreed on the next steps.`,
  });
  const created = await call("POST", "/api/v1/content", draft(0));
  const id = created?.id;
  if (id === undefined) throw new Error("the writer could not create its item");
  for (let round = 1; isRunning.value; round += 1) {
    await call("PUT", `/api/v1/content/${id}`, draft(round));
    await call("POST", `/api/v1/content/${id}/publish`, {});
    await sleep(100);
  }
  return stats;
}

async function importCities(): Promise<{ code: number | null; ms: number }> {
  await sleep((seconds * 1000) / 6);
  const file = path.join(dataDir, "cities.csv");
  const rows = Array.from(
    { length: cities },
    (_, i) =>
      `Soakville ${i},FR,europe,${(i % 170) - 85},${(i % 350) - 175},,A river town that joined the network.`,
  );
  fs.writeFileSync(
    file,
    ["name,country,region,latitude,longitude,hub,profile", ...rows].join("\n"),
  );
  const started = performance.now();
  const child = spawn(process.execPath, [...cli, "import", "cities", file], { stdio: "ignore" });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, ms: performance.now() - started };
}

async function waitForEmptyQueue(): Promise<{
  pending: number;
  done: number;
  failed: number;
  seconds: number;
}> {
  const database = openConfiguredDatabase(config);
  const started = performance.now();
  try {
    for (;;) {
      const rows = await database.db
        .selectFrom("jobs")
        .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
        .groupBy("status")
        .execute();
      const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      const pending = count("pending") + count("running");
      const waited = (performance.now() - started) / 1000;
      if (pending === 0 || waited > 120)
        return { pending, done: count("done"), failed: count("failed"), seconds: waited };
      await sleep(1000);
    }
  } finally {
    await database.destroy();
  }
}

/** Peak resident memory (VmHWM) of the server process and of each of its children. */
function peakMemory(pid: number): { server: number; jobs: number[] } {
  const hwm = (p: number) =>
    Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) * 1024;
  const children = fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((task) =>
      fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/),
    )
    .filter((child) => child !== "")
    .map(Number);
  return { server: hwm(pid), jobs: children.map(hwm) };
}

function wrkScript(paths: string[]): string {
  return `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(", ")} }
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = 0; status5xx = 0 end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function response(status, headers, body)
  if status >= 500 then status5xx = status5xx + 1 end
end
function done(summary, latency, requests)
  local n5 = 0
  for _, t in ipairs(threads) do n5 = n5 + t:get("status5xx") end
  local e = summary.errors
  io.write(string.format("SOAK %.1f %.3f %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status, n5))
end
`;
}

async function waitForHealth(): Promise<void> {
  // Three minutes: on a shared machine under load, tsx and four job processes start slowly.
  for (let i = 0; i < 1800; i += 1) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error("the server did not start within three minutes");
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
