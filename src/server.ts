import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import type { Config } from "./platform/config.js";

/** Starts the production server: the app behind the raw page-cache fast path, listening on the configured port. */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const app = await buildApp(config, { rawCacheFastPath: true });
  await app.listen({ port: config.port, host: config.host });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      void app.close().then(() => process.exit(0));
    });
  }
  return app;
}
