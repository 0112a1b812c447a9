import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "./platform/config.js";
import { createTestDatabase } from "./test-support/databases.js";
import type { Database } from "./platform/db/database.js";
import type { DB } from "./database.js";
import { publishItem, saveItem } from "./modules/content/item.service.js";
import { makeDraft } from "./modules/content/test-factories.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

describe("the production server's raw page-cache path", () => {
  let app: FastifyInstance;
  let database: Database<DB>;
  let base: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-server-"));

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    const saved = await saveItem(database.db, {
      draft: makeDraft({ slug: "cached", title: "Cached page" }),
      actorId: null,
      now: new Date(),
    });
    await publishItem(database.db, { itemId: saved.item.id, now: new Date() });
    app = await buildApp(loadConfig({ dataDir, logLevel: "silent" }, {}), {
      database,
      rawCacheFastPath: true,
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
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
      expect(await health.json()).toEqual({
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
