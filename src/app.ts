import fs from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { AppContext } from "./app-context.js";
import { type DB, openConfiguredDatabase } from "./database.js";
import { MIGRATIONS } from "./migrations/index.js";
import { registerContentAdminRoutes } from "./modules/content/admin/admin.routes.js";
import { registerContentEditorRoutes } from "./modules/content/admin/editor.routes.js";
import { registerApiRoutes } from "./modules/api/api.routes.js";
import { registerNetworkAdminRoutes } from "./modules/network/admin/admin.routes.js";
import { registerNetworkSiteRoutes } from "./modules/network/site.routes.js";
import { listNetworkSitemapEntries } from "./modules/network/sitemap.js";
import { registerSearchRoutes } from "./modules/search/search.routes.js";
import { registerRedirectFallback } from "./modules/migration/redirect.routes.js";
import { registerWordpressImportRoutes } from "./modules/migration/admin/wordpress-import.routes.js";
import { registerMediaAdminRoutes } from "./modules/content/admin/media.routes.js";
import { registerAuditRoutes } from "./platform/audit/audit.routes.js";
import { registerAccountRoutes } from "./platform/auth/account.routes.js";
import { registerAuthRoutes } from "./platform/auth/auth.routes.js";
import { registerSeoRoutes } from "./modules/content/seo.routes.js";
import { registerSiteRoutes } from "./modules/content/site.routes.js";
import type { TranslationEngine } from "./modules/translation/engines/engine.js";
import { createLocalizer } from "./modules/translation/localizer.js";
import { readerReportsPanel } from "./modules/translation/review/reports-panel.js";
import { myTranslationsPanel } from "./modules/translation/assignments/queue-panel.js";
import { registerAssignmentRoutes } from "./modules/translation/assignments/assignments.routes.js";
import { registerEnginesAdminRoutes } from "./modules/translation/engines.routes.js";
import { registerTranslationAdminRoutes } from "./modules/translation/admin.routes.js";
import { registerExchangeRoutes } from "./modules/translation/exchange.routes.js";
import {
  registerReportRoutes,
  registerReviewWorkspaceRoutes,
} from "./modules/translation/review/index.js";
import { registerXliffRoutes } from "./modules/translation/xliff/xliff.routes.js";
import { TranslationRuntime } from "./modules/translation/runtime.js";
import { networkPlaceNames } from "./modules/network/translation/place-names.js";
import { type Config, mediaDir } from "./platform/config.js";
import { readChangeCounter } from "./platform/db/change-counter.js";
import { type Database, pingDatabase } from "./platform/db/database.js";
import { migrateToLatest } from "./platform/db/migrate.js";
import { registerErrorHandlers } from "./platform/http/error-handler.js";
import { toHeaderSafeLocation } from "./platform/http/location.js";
import { type EventLoopDelay, watchEventLoopDelay } from "./platform/http/event-loop-delay.js";
import { PageCache } from "./platform/http/page-cache.js";
import { replyWithPage } from "./platform/http/send-page.js";
import { SECURITY_HEADERS } from "./platform/http/security-headers.js";
import { withoutTrailingSlash } from "./platform/http/trailing-slash.js";
import { registerWorkspaceHooks } from "./platform/http/workspace.js";
import { negotiateLanguage } from "./platform/i18n/locales.js";
import { loadAssetManifest } from "./platform/ui/assets.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The context every module was built with. */
    civitas: AppContext & {
      /** The translation engine and its routes between the site's languages. */
      translation: TranslationRuntime;
      /** Re-reads the content version now (after a write) instead of waiting for the next poll. */
      refreshContentVersion(): Promise<void>;
      /** Every route registered, "METHOD /path" (the authorization tests walk them all). */
      routes: string[];
    };
  }
}

/** Options tests and the server pass besides the configuration. */
export interface BuildAppOptions {
  /** An already open, migrated database (tests); otherwise one is opened from the configuration and migrated. */
  database?: Database<DB>;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Serve cached pages straight from the Node server, before Fastify (the production server). */
  rawCacheFastPath?: boolean;
  /**
   * Answer readers with the page from before a write for `pageCacheStaleMs`
   * while it renders again in the background (the production server).
   */
  serveStalePages?: boolean;
  /** The translation engine (tests wrap one to count calls); otherwise the configuration's. */
  translationEngine?: TranslationEngine | null;
  /** The job processes' readiness, told by the raw /healthz (the production server, which starts them). */
  jobProcesses?: () => JobProcessesStatus | undefined;
}

/** The job processes as /healthz tells them: a lane whose process died or is starting is not ready. */
export interface JobProcessesStatus {
  lanes: number;
  ready: number;
}

const MAX_URL_LENGTH = 4096;

/** Builds the whole application: database, migrations, modules and their routes, in one explicit list. */
export async function buildApp(
  config: Config,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const database = options.database ?? openConfiguredDatabase(config);
  const ownsDatabase = options.database === undefined;
  fs.mkdirSync(mediaDir(config), { recursive: true });
  // A database handed in (tests) comes migrated by its owner, under the lock that
  // keeps test schemas apart; one opened here is migrated here.
  if (ownsDatabase) await migrateToLatest(database.db, MIGRATIONS);
  // What the production server's /healthz tells without queueing behind page renders:
  // the database as the content-version poll last found it.
  const health: RawHealth = { isDatabaseReachable: true };
  const pageCache = new PageCache({
    maxEntries: config.pageCacheEntries,
    maxBytes: config.pageCacheMegabytes * 1024 * 1024,
    staleMs: config.pageCacheStaleMs,
  });

  const app = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    routerOptions: { maxParamLength: 500 },
    bodyLimit: 1024 * 1024,
    // request.ip is X-Forwarded-For's client only behind the proxies the configuration names.
    trustProxy: trustedProxies(config.trustProxy),
    ...(options.rawCacheFastPath
      ? {
          serverFactory: (handler: (req: IncomingMessage, res: ServerResponse) => void) =>
            createServer((req, res) => {
              if (answerHealthRaw(req, res, health, database.dialect)) return;
              if (!pageCache.serveRaw(req, res)) handler(req, res);
            }),
        }
      : {}),
  });

  const translation = TranslationRuntime.fromConfig(config, options.translationEngine, {
    names: networkPlaceNames(config.languages),
  });
  try {
    await translation.load();
  } catch (error) {
    app.log.error({ err: error }, "the translation engine's language pairs could not be read");
  }
  const now = options.now ?? (() => new Date());
  const ctx: AppContext = {
    config,
    db: database.db,
    dialect: database.dialect,
    assets: loadAssetManifest(),
    pageCache,
    localizer: createLocalizer((from, to) => translation.canTranslate(from, to)),
    dashboardPanels: [myTranslationsPanel(database.db, now), readerReportsPanel(database.db)],
    now,
  };
  const refreshContentVersion = async () => {
    try {
      pageCache.setVersion(await readChangeCounter(database.db));
      health.isDatabaseReachable = true;
    } catch (error) {
      health.isDatabaseReachable = false;
      throw error;
    }
  };
  await refreshContentVersion();
  const routes: string[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      if (method !== "HEAD") routes.push(`${method} ${route.url}`);
  });
  app.decorate("civitas", { ...ctx, translation, refreshContentVersion, routes });

  // Pick up writes made by other processes (the CLI, other instances) within a poll interval.
  const poll = setInterval(() => {
    refreshContentVersion().catch((error: unknown) =>
      app.log.warn({ err: error }, "content version poll failed"),
    );
  }, config.invalidationPollMs);
  poll.unref();
  // How late the event loop runs, told by /healthz; a slow window is logged.
  const loopDelay = options.rawCacheFastPath
    ? watchEventLoopDelay({
        windowMs: 5000,
        onWindow: (delay) => {
          if (delay.p99Ms >= 100) app.log.warn({ eventLoop: delay }, "the event loop ran late");
        },
      })
    : undefined;
  health.eventLoop = () => loopDelay?.latest();
  health.jobProcesses = options.jobProcesses;
  app.addHook("onClose", async () => {
    clearInterval(poll);
    loopDelay?.stop();
    // An engine handed in by the caller is the caller's to close.
    if (options.translationEngine === undefined) await translation.close();
    if (ownsDatabase) await database.destroy();
  });

  app.addHook("onRequest", async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) {
      return reply
        .code(414)
        .header("content-type", "text/plain; charset=utf-8")
        .send("URI too long");
    }
    if (request.method === "GET" || request.method === "HEAD") {
      const canonical = withoutTrailingSlash(request.url, config.languages);
      if (canonical !== undefined) return reply.redirect(canonical, 301);
      const page = pageCache.get(request.url);
      if (page) return replyWithPage(request, reply, page);
      if (request.method === "GET" && isPublicPageRequest(request)) {
        // One render per page after each write; the others wait for its page.
        const claim = pageCache.claimRender(request.url);
        if (claim === true) {
          const url = request.url;
          reply.raw.once("close", () => pageCache.endRender(url));
        } else {
          const rendered = await claim;
          if (rendered) return replyWithPage(request, reply, rendered);
        }
      }
    }
    return undefined;
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    // Every redirect, whatever built it: slugs may hold any script's letters.
    const location = reply.getHeader("location");
    if (typeof location === "string") reply.header("location", toHeaderSafeLocation(location));
    return payload;
  });

  registerErrorHandlers(app, ctx);

  app.get("/healthz", async (_request, reply) => {
    const isUp = await pingDatabase(database.db);
    return reply
      .code(isUp ? 200 : 503)
      .header("cache-control", "no-store")
      .send({
        status: isUp ? "ok" : "unavailable",
        database: { dialect: database.dialect, reachable: isUp },
      });
  });

  app.get("/", async (request, reply) => {
    const lang = negotiateLanguage(
      request.headers["accept-language"],
      config.languages,
      config.sourceLanguage,
    );
    return reply
      .code(302)
      .header("vary", "Accept-Language")
      .header("cache-control", "private, no-cache")
      .redirect(`/${lang}`);
  });

  await app.register(fastifyStatic, {
    root: ctx.assets.dir,
    prefix: "/assets/",
    immutable: true,
    maxAge: "365d",
    index: false,
  });
  await app.register(fastifyStatic, {
    root: mediaDir(config),
    prefix: "/media/",
    decorateReply: false,
    immutable: true,
    maxAge: "365d",
    index: false,
    dotfiles: "deny",
  });

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  // Routes opt in with config.rateLimit (the sign-in form, readers' reports).
  await app.register(fastifyRateLimit, { global: false });
  await registerApiRoutes(app, { ...ctx, translation });
  // The editors' workspace: one encapsulated scope whose hooks load the signed-in
  // person, pick the workspace language and keep every answer out of caches.
  await app.register(async (workspace) => {
    registerWorkspaceHooks(workspace, ctx);
    await registerAuthRoutes(workspace, ctx);
    registerAccountRoutes(workspace, ctx);
    registerAuditRoutes(workspace, ctx);
    registerContentAdminRoutes(workspace, ctx);
    await registerMediaAdminRoutes(workspace, ctx);
    registerContentEditorRoutes(workspace, ctx);
    await registerWordpressImportRoutes(workspace, ctx);
    registerTranslationAdminRoutes(workspace, { ...ctx, translation });
    registerExchangeRoutes(workspace, ctx);
    registerReviewWorkspaceRoutes(workspace, { ...ctx, translation });
    await registerXliffRoutes(workspace, { ...ctx, translation });
    registerAssignmentRoutes(workspace, ctx);
    registerEnginesAdminRoutes(workspace, { ...ctx, translation });
    await registerNetworkAdminRoutes(workspace, ctx);
  });
  registerReportRoutes(app, ctx);
  registerSeoRoutes(app, ctx, [() => listNetworkSitemapEntries(ctx.db, config.languages)]);
  registerNetworkSiteRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerSiteRoutes(app, ctx);
  registerRedirectFallback(app, ctx);
  // An out-of-date page renders again as a reader without a session would ask for it.
  if (options.serveStalePages)
    pageCache.serveStale(async (url) => {
      await app.inject({ method: "GET", url });
    });
  return app;
}

/** Fastify's trustProxy from the configuration; a hop count trusts that many proxies in front. */
function trustedProxies(
  setting: Config["trustProxy"],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === "number" ? (_address, hop) => hop < setting : setting;
}

/** A reader's page request (no credentials, not the API nor the admin): what the page cache holds. */
function isPublicPageRequest(request: FastifyRequest): boolean {
  return (
    request.headers.authorization === undefined &&
    !request.url.startsWith("/api/") &&
    !request.url.startsWith("/admin")
  );
}

/**
 * What the raw /healthz answer tells: the database as last polled, the event loop's delay,
 * and how many job processes are ready (one starting or restarting is not yet; the site
 * still answers, so the status stays "ok").
 */
interface RawHealth {
  isDatabaseReachable: boolean;
  eventLoop?: () => EventLoopDelay | undefined;
  jobProcesses?: () => JobProcessesStatus | undefined;
}

/**
 * The production server answers `GET /healthz` on the raw request, before the
 * framework and without a query: a probe never waits behind page renders or a
 * transaction holding the database connection (its p99 was 2 s under load).
 * The database is reported as the content-version poll last found it.
 */
function answerHealthRaw(
  req: IncomingMessage,
  res: ServerResponse,
  health: RawHealth,
  dialect: string,
): boolean {
  if (req.url !== "/healthz" || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const isUp = health.isDatabaseReachable;
  const eventLoop = health.eventLoop?.();
  const jobProcesses = health.jobProcesses?.();
  const body = JSON.stringify({
    status: isUp ? "ok" : "unavailable",
    database: { dialect, reachable: isUp },
    ...(eventLoop ? { eventLoop } : {}),
    ...(jobProcesses ? { jobProcesses } : {}),
  });
  res.writeHead(isUp ? 200 : 503, {
    ...SECURITY_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
