import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config, LocaleCode } from "../config.js";
import { AppError } from "../errors.js";
import { getTranslator } from "../i18n/translator.js";
import type {} from "./workspace.js";
import type { AssetManifest } from "../ui/assets.js";
import { ErrorPage } from "../ui/error-page.js";
import { renderDocument } from "../ui/render.js";

/**
 * Turns every error into one shape: JSON `{ error: { code, message } }` for the
 * API, an HTML page in the reader's language for the site; 5xx details only go to the log.
 */
export function registerErrorHandlers(
  app: FastifyInstance,
  ctx: { config: Config; assets: AssetManifest },
): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const { status, code, message } = describe(error);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return respond(request, reply, ctx, status, code, message);
  });
  app.setNotFoundHandler((request, reply) =>
    respond(request, reply, ctx, 404, "not_found", "Not found"),
  );
}

function describe(error: FastifyError | AppError | Error): {
  status: number;
  code: string;
  message: string;
} {
  if (error instanceof AppError) {
    return {
      status: error.status,
      code: error.code,
      message: error.isPublic ? error.message : "Internal error",
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation)
    return { status: 400, code: "invalid_request", message: error.message };
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      status,
      code: (fastifyError.code ?? "bad_request").toLowerCase(),
      message: error.message,
    };
  }
  return { status: 500, code: "internal_error", message: "Internal error" };
}

function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: { config: Config; assets: AssetManifest },
  status: number,
  code: string,
  message: string,
) {
  const path = request.url.split("?")[0] ?? "/";
  if (path.startsWith("/api/") || path === "/healthz" || !acceptsHtml(request)) {
    return reply
      .code(status)
      .header("cache-control", "no-store")
      .send({ error: { code, message } });
  }
  if (status === 401 && path.startsWith("/admin")) {
    return reply
      .code(303)
      .header("cache-control", "no-store")
      .redirect(`/admin/sign-in?next=${encodeURIComponent(path)}`, 303);
  }
  const first = path.split("/")[1] ?? "";
  // A workspace page's error speaks the workspace's language (set by the /admin scope).
  const lang =
    request.workspaceLocale ??
    (((ctx.config.languages as readonly string[]).includes(first)
      ? first
      : ctx.config.sourceLanguage) as LocaleCode);
  const pageStatus =
    status === 404 || status === 403 || status === 429 ? status : status >= 500 ? 500 : 400;
  const html = renderDocument(
    <ErrorPage
      chrome={{ config: ctx.config, assets: ctx.assets }}
      t={getTranslator(lang)}
      status={pageStatus}
      path={path.slice(0, 200)}
    />,
  );
  return reply
    .code(status)
    .header("content-type", "text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(html);
}

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return accept === undefined || accept.includes("text/html") || accept.includes("*/*");
}
