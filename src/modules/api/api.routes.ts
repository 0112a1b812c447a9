import fastifyMultipart from "@fastify/multipart";
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { AppError, ValidationError } from "../../platform/errors.js";
import { authenticateApi } from "./api-auth.js";
import { type ApiRoute, defineRoute } from "./api-route.js";
import type { TranslationRuntime } from "../translation/pipeline/index.js";
import { contentRoutes } from "./content.api.js";
import { exchangeRoutes, InvalidFileError } from "./exchange.api.js";
import { wordpressRoutes } from "./wordpress.api.js";
import { API_PREFIX, buildOpenApiDocument } from "./openapi.js";
import { searchRoutes } from "./search.api.js";
import { MAX_UPLOAD_BYTES, tagsAndMediaRoutes } from "./tags-media.api.js";

/** Media types the API reads as a raw file body. */
const RAW_BODY_TYPES = [
  "application/xliff+xml",
  "application/x-xliff+xml",
  "application/x-tmx+xml",
  "application/x-tbx+xml",
  "application/xml",
  "text/xml",
  "text/csv",
  "application/rss+xml",
];

/** The parser's ceiling; each route sets its own, lower or equal (TMX's 50 MB is the largest). */
const MAX_RAW_BODY_BYTES = 50 * 1024 * 1024;

/** Registers the JSON API under /api/v1 as one encapsulated plugin (multipart and error details stay inside). */
export async function registerApiRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): Promise<void> {
  await app.register(
    async (scope) => {
      await scope.register(fastifyMultipart, {
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 4096 },
      });
      scope.setErrorHandler((error: FastifyError | Error, _request, reply) => {
        if (error instanceof ValidationError || error instanceof InvalidFileError) {
          return reply
            .code(error.status)
            .header("cache-control", "no-store")
            .send({ error: { code: error.code, message: error.message, details: error.details } });
        }
        // Malformed JSON, an empty JSON body, a bad content type: the same code as any invalid request.
        const status = (error as Partial<FastifyError>).statusCode;
        if (!(error instanceof AppError) && (status === 400 || status === 415)) {
          return reply
            .code(400)
            .header("cache-control", "no-store")
            .send({ error: { code: "invalid_request", message: error.message, details: [] } });
        }
        throw error;
      });
      const authenticate = authenticateApi(ctx);
      scope.addHook("preHandler", authenticate);
      // Files sent as the whole body (XLIFF, TMX, TBX, CSV) arrive as bytes; each route
      // says which types it takes, and its size limit (`bodyLimit`).
      scope.addContentTypeParser(
        RAW_BODY_TYPES,
        { parseAs: "buffer", bodyLimit: MAX_RAW_BODY_BYTES },
        (_request, body, done) => done(null, body),
      );
      const afterWrite = () => app.civitas.refreshContentVersion();
      const routes: ApiRoute[] = [
        ...contentRoutes(ctx, afterWrite),
        ...tagsAndMediaRoutes(ctx, afterWrite),
        ...searchRoutes(ctx),
        ...exchangeRoutes(ctx, afterWrite),
        ...wordpressRoutes(ctx, afterWrite),
      ];
      const openApiRoute = defineRoute({
        method: "GET",
        url: "/openapi.json",
        operationId: "getOpenApiDocument",
        summary: "This document",
        tag: "meta",
        action: null,
        status: 200,
        response: z.record(z.string(), z.unknown()),
        async handle() {
          return document;
        },
      });
      routes.push(openApiRoute);
      const document = buildOpenApiDocument(routes);
      for (const route of routes) {
        const beforeBody = route.beforeBody;
        scope.route({
          method: route.method,
          url: route.url,
          handler: route.run,
          // A file's caller, type and declared size are checked before its bytes are read.
          ...(route.rawBody && beforeBody
            ? {
                bodyLimit: route.rawBody.maxBytes,
                onRequest: async (request: FastifyRequest) => {
                  await authenticate(request);
                  await beforeBody(request);
                },
              }
            : {}),
        });
      }
    },
    { prefix: API_PREFIX },
  );
}
