import fastifyMultipart from "@fastify/multipart";
import type { FastifyError, FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { AppError, ValidationError } from "../../platform/errors.js";
import { authenticateApi } from "./api-auth.js";
import { type ApiRoute, defineRoute } from "./api-route.js";
import { contentRoutes } from "./content.api.js";
import { API_PREFIX, buildOpenApiDocument } from "./openapi.js";
import { searchRoutes } from "./search.api.js";
import { MAX_UPLOAD_BYTES, tagsAndMediaRoutes } from "./tags-media.api.js";

/** Registers the JSON API under /api/v1 as one encapsulated plugin (multipart and error details stay inside). */
export async function registerApiRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(
    async (scope) => {
      await scope.register(fastifyMultipart, {
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 4096 },
      });
      scope.setErrorHandler((error: FastifyError | Error, _request, reply) => {
        if (error instanceof ValidationError) {
          return reply
            .code(400)
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
      scope.addHook("preHandler", authenticateApi(ctx));
      const afterWrite = () => app.civitas.refreshContentVersion();
      const routes: ApiRoute[] = [
        ...contentRoutes(ctx, afterWrite),
        ...tagsAndMediaRoutes(ctx, afterWrite),
        ...searchRoutes(ctx),
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
        scope.route({ method: route.method, url: route.url, handler: route.run });
      }
    },
    { prefix: API_PREFIX },
  );
}
