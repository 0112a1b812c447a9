import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "./platform/config.js";
import { createTestDatabase } from "./test-support/databases.js";
import type { Database } from "./platform/db/database.js";
import type { DB } from "./database.js";
import { publishItem, saveItem } from "./modules/content/item.service.js";
import { makeDraft } from "./modules/content/factories.test-kit.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A production server on a free port (SQLite, the raw page-cache path on) with one published news item. */
async function startServer(
  page: { slug: string; title: string },
  options: { serveStalePages?: boolean } = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-server-"));
  const database = await createTestDatabase("sqlite");
  const saved = await saveItem(database.db, {
    draft: makeDraft(page),
    actorId: null,
    now: new Date(),
  });
  await publishItem(database.db, { itemId: saved.item.id, now: new Date() });
  const app = await buildApp(loadConfig({ dataDir, logLevel: "silent" }, {}), {
    database,
    rawCacheFastPath: true,
    ...options,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    database,
    itemId: saved.item.id,
    base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe("the production server's raw page-cache path", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    server = await startServer({ slug: "cached", title: "Cached page" });
    ({ app, base } = server);
  });
  afterAll(async () => {
    await server.close();
  });

  it("serves the cached page with the same bytes and headers, 304 and HEAD included", async () => {
    const first = await fetch(`${base}/en/news/cached`);
    const firstBody = await first.text();
    expect(app.civitas.pageCache.size).toBe(1);
    const second = await fetch(`${base}/en/news/cached`);
    expect(await second.text()).toBe(firstBody);
    for (const name of [
      "etag",
      "content-security-policy",
      "x-content-type-options",
      "content-type",
      "cache-control",
    ]) {
      expect(second.headers.get(name), name).toBe(first.headers.get(name));
    }
    const notModified = await fetch(`${base}/en/news/cached`, {
      headers: { "if-none-match": String(first.headers.get("etag")) },
    });
    expect(notModified.status).toBe(304);
    const head = await fetch(`${base}/en/news/cached`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers /healthz at once while a transaction holds the database connection", async () => {
    let release: () => void = () => {};
    const held = app.civitas.db.transaction().execute(async (trx) => {
      await trx.selectFrom("jobs").select("id").execute();
      await new Promise<void>((resolve) => (release = resolve));
    });
    try {
      const started = performance.now();
      const health = await fetch(`${base}/healthz`);
      const elapsed = performance.now() - started;
      expect(health.status).toBe(200);
      // The event loop's delay joins once its first window is over.
      expect(await health.json()).toMatchObject({
        status: "ok",
        database: { dialect: "sqlite", reachable: true },
      });
      expect(health.headers.get("cache-control")).toBe("no-store");
      // Before: the probe's query queued behind the transaction until it ended.
      expect(elapsed).toBeLessThan(1000);
    } finally {
      release();
      await held;
    }
  });

  it("renders a page once for readers who ask for it at the same time", async () => {
    app.civitas.pageCache.setVersion(app.civitas.pageCache.version + 1);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => fetch(`${base}/en/news/cached`)),
    );
    const etags = new Set(answers.map((res) => res.headers.get("etag")));
    expect(answers.map((res) => res.status)).toEqual(Array(12).fill(200));
    expect(etags.size).toBe(1);
    expect(app.civitas.pageCache.rendering).toBe(0);
  });

  it("lets everything that is not a cached GET through to the router", async () => {
    const post = await fetch(`${base}/en/news/cached`, { method: "POST" });
    expect(post.status).toBe(404);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe("the production server after a write (stale-while-revalidate)", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let app: FastifyInstance;
  let database: Database<DB>;
  let base: string;
  let itemId: number;

  beforeAll(async () => {
    server = await startServer(
      { slug: "harbour", title: "Harbour plan" },
      { serveStalePages: true },
    );
    ({ app, database, base, itemId } = server);
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers readers with the page from before the write while it renders again, then the new one", async () => {
    expect(await (await fetch(`${base}/en/news/harbour`)).text()).toContain("Harbour plan");
    const saved = await saveItem(database.db, {
      itemId,
      draft: makeDraft({ slug: "harbour", title: "Harbour plan, second edition" }),
      actorId: null,
      now: new Date(),
    });
    await publishItem(database.db, { itemId: saved.item.id, now: new Date() });
    await app.civitas.refreshContentVersion();
    // The reader right after the write gets the page from before it, at once.
    const stale = await (await fetch(`${base}/en/news/harbour`)).text();
    expect(stale).toContain("Harbour plan");
    expect(stale).not.toContain("second edition");
    // An editor (a session cookie) never gets the stale page.
    const editor = await fetch(`${base}/en/news/harbour`, {
      headers: { cookie: "civitas_session=not-a-session" },
    });
    expect(await editor.text()).toContain("second edition");
    // The background render lands; readers then get the new page from the cache.
    for (
      let waited = 0;
      app.civitas.pageCache.get("/en/news/harbour") === undefined;
      waited += 20
    ) {
      expect(waited).toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await (await fetch(`${base}/en/news/harbour`)).text()).toContain("second edition");
  });
});
