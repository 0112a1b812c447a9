import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, expect } from "vitest";
import { type Browser, chromium, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app.js";
import { openConfiguredDatabase } from "../src/database.js";
import {
  drawDemoImageOncePerRun,
  prepareImageOncePerRun,
} from "../src/demo/demo-images.test-kit.js";
import { buildDemoSite } from "../src/demo/demo-site.js";
import { MIGRATIONS } from "../src/migrations/index.js";
import { createUser } from "../src/platform/auth/user.service.js";
import type { UserRole } from "../src/platform/platform.table.js";
import { loadConfig } from "../src/platform/config.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";

/**
 * Debian's Chromium; browser tests never download a browser. Its headless shell
 * (package chromium-headless-shell, what Playwright itself runs headless tests
 * with) when installed: the same Blink, without the full browser around it.
 * Three browser test files took 245 core-s with /usr/bin/chromium and 139 with
 * the shell, back to back (82 s of wall against 133). CIVITAS_CHROMIUM names
 * another, e.g. /usr/bin/chromium to look at the full browser.
 */
export const CHROMIUM =
  process.env.CIVITAS_CHROMIUM ??
  (fs.existsSync("/usr/bin/chromium-headless-shell")
    ? "/usr/bin/chromium-headless-shell"
    : "/usr/bin/chromium");

/** Launches headless Chromium with the flags this closed network needs. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

let shared: Promise<Browser> | undefined;

/**
 * The worker's Chromium: launched by the first browser test file a worker runs
 * and used by the next ones (vitest runs a worker's files one after another,
 * and `isolate: false` keeps this module between them). Launching and closing
 * cost ~0.75 core-s a file. Each file opens its own pages, each in a context of
 * its own (cookies and storage are never shared), and `releaseBrowser` closes
 * what it left open. Playwright kills the browser when the worker exits.
 */
export function workerBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = launchBrowser();
    shared = launching;
    const forget = () => {
      if (shared === launching) shared = undefined;
    };
    launching.then((browser) => browser.on("disconnected", forget), forget);
  }
  return shared;
}

/** A test file is done with the worker's browser: every context (and page) it left open is closed. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}

/**
 * A real server (the production fast path included) on a random loopback
 * port, with the demo site as `civitas demo` builds it (loaded, translated,
 * indexed). The demo is built once per test run into a template directory
 * (the first browser test file builds it, the others wait for it) and each
 * server gets its own copy.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const template = await demoTemplate();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-e2e-"));
  fs.cpSync(template, dataDir, { recursive: true, filter: (src) => !src.endsWith(READY) });
  const config = loadConfig({ dataDir, logLevel: "silent", host: "127.0.0.1", port: 0 }, {});
  const app = await buildApp(config, { rawCacheFastPath: true });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    baseUrl,
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A demo server of a test file: the app, where it listens, and how to stop it. */
export interface DemoServer {
  app: FastifyInstance;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A demo server and a Chromium for the tests of the enclosing describe block:
 * started before them (within `startTimeoutMs`), both closed after them. Read
 * `server` and `browser` inside the tests, once they are started.
 */
export function useDemoBrowser(startTimeoutMs = 300_000): {
  readonly server: DemoServer;
  readonly browser: Browser;
} {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await workerBrowser();
  }, startTimeoutMs);
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the demo server is used before it started");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser is used before it started");
      return browser;
    },
  };
}

/**
 * Creates a person of the demo server with a role and signs them in on the
 * page through the sign-in form, which sends them on to `next` (the dashboard
 * unless given).
 */
export async function signInAs(
  server: { app: FastifyInstance; baseUrl: string },
  page: Page,
  person: { email: string; password: string; displayName: string; role: UserRole; next?: string },
): Promise<void> {
  await createUser(server.app.civitas.db, {
    email: person.email,
    displayName: person.displayName,
    role: person.role,
    password: person.password,
    actorId: null,
    now: new Date(),
  });
  const next = person.next ?? "/admin";
  await page.goto(`${server.baseUrl}/admin/sign-in?next=${encodeURIComponent(next)}`);
  await page.fill("#email", person.email);
  await page.fill("#password", person.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname === next),
    page.click("form.stack-form button"),
  ]);
}

const READY = ".ready";

/** The directory of this run's demo template (global-setup.ts names the run and removes it after). */
export function demoTemplateDir(): string {
  return path.join(os.tmpdir(), `civitas-e2e-demo-${process.env.CIVITAS_TEST_RUN ?? process.pid}`);
}

async function demoTemplate(): Promise<string> {
  const dir = demoTemplateDir();
  const ready = path.join(dir, READY);
  if (fs.existsSync(ready)) return dir;
  try {
    // Whoever creates the lock builds; every other test file waits for the ready mark.
    fs.mkdirSync(`${dir}.lock`, { recursive: false });
  } catch {
    const deadline = Date.now() + 240_000;
    while (!fs.existsSync(ready)) {
      if (Date.now() > deadline) throw new Error(`the demo template ${dir} was never finished`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return dir;
  }
  fs.mkdirSync(dir, { recursive: true });
  const config = loadConfig({ dataDir: dir, logLevel: "silent" }, {});
  const database = openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    await buildDemoSite(database.db, config, undefined, {
      drawImage: drawDemoImageOncePerRun,
      prepareImage: prepareImageOncePerRun,
    });
  } finally {
    // Closing checkpoints the WAL into the database file, so copies need only civitas.db and media/.
    await database.destroy();
  }
  fs.writeFileSync(ready, "");
  return dir;
}

/**
 * Opens a path of the server in the page (it must answer below 400) and returns
 * axe-core's violations of any impact, one line each: path, rule, impact, nodes.
 */
export async function auditPage(
  page: Page,
  server: { baseUrl: string },
  path: string,
): Promise<string[]> {
  const response = await page.goto(server.baseUrl + path);
  expect(response?.status(), path).toBeLessThan(400);
  return (await axeViolations(page)).map(
    (v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).join(", ")}`,
  );
}

/**
 * Has axe-core loaded into every document the page opens from now on, before the
 * page's own scripts: a page that audits many addresses saves evaluating 550 kB
 * through the DevTools protocol at each (20.3 s against 28.5 s for 16 audits).
 */
export async function installAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource() });
}

/** Runs axe-core in the page and returns every violation, whatever its impact. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          configure: (spec: { noHtml: boolean }) => void;
          run: (opts?: object) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // No HTML excerpt of each element axe looks at (only targets are reported): the same
    // violations, nodes and checks, 7-9 % less of axe's time (its outerHTML of every element).
    axe.configure({ noHtml: true });
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** Runs axe-core in the page and returns its violations of serious or critical impact. */
export async function seriousAxeViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const violations = await axeViolations(page);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

function axeSource(): string {
  return fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
}

/** Collects the page's console errors and warnings and uncaught exceptions; a test expects the list to stay empty. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning")
      problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}
