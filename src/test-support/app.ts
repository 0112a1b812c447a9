import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.js";
import type { DB } from "../database.js";
import type { TranslationEngine } from "../modules/translation/engines/engine.js";
import { type Config, type ConfigInput, loadConfig } from "../platform/config.js";
import type { Database, DialectName } from "../platform/db/database.js";
import { createTestDatabase } from "./databases.js";

/** An app on a fresh database of one engine, with a temporary data directory, cleaned up by close(). */
export interface TestApp {
  app: FastifyInstance;
  database: Database<DB>;
  config: Config;
  close(): Promise<void>;
}

/** Builds the real app for route tests (app.inject, no port) with a fixed clock unless told otherwise. */
export async function buildTestApp(
  dialect: DialectName,
  options: { config?: ConfigInput; now?: () => Date; translationEngine?: TranslationEngine } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-test-"));
  // One language and no engine unless a test asks: most tests are about something else.
  const config = loadConfig(
    {
      dataDir,
      baseUrl: "https://cities.example.org",
      logLevel: "silent",
      languages: ["en"],
      translation: { engine: "none" },
      ...options.config,
    },
    {},
  );
  const database = await createTestDatabase(dialect);
  const app = await buildApp(config, {
    database,
    now: options.now ?? (() => new Date("2026-11-26T12:00:00Z")),
    ...(options.translationEngine ? { translationEngine: options.translationEngine } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
