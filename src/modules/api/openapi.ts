import { z } from "zod";
import { SESSION_COOKIE } from "../../platform/http/auth.js";
import type { ApiRouteDoc } from "./api-route.js";
import { errorResponseSchema } from "./api.schemas.js";

/** The URL prefix of the API. */
export const API_PREFIX = "/api/v1";

type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: "The request is not valid (`invalid_request`, with details)",
  401: "No valid API token or session (`unauthenticated`)",
  403: "The role does not allow this (`forbidden`), or a session call lacked `x-csrf-token` (`csrf_failed`)",
  404: "No such item (`not_found`)",
  409: "Another item of this type uses the slug (`slug_taken`)",
  413: "The file is too large (`file_too_large`)",
  415: "The body's Content-Type is not one the endpoint reads (`unsupported_media_type`)",
  422: "The file is refused as a whole, nothing saved (`invalid_file`; `details` gives the rule or line)",
};

/** Builds the OpenAPI 3.1 document of the API from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: readonly ApiRouteDoc[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = API_PREFIX + route.url.replace(/:([A-Za-z]+)/g, "{$1}");
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      security: route.action === null ? [] : [{ bearer: [] }, { cookie: [] }],
      parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
      responses: responsesOf(route),
    };
    if (route.action !== null) {
      operation["x-civitas-permission"] = route.action;
    }
    if (route.body) {
      operation.requestBody = {
        required: route.body.contentType === "multipart/form-data",
        content: { [route.body.contentType]: { schema: inputSchema(route.body.schema) } },
      };
    }
    if (route.rawBody) {
      const { contentTypes, maxBytes, description } = route.rawBody;
      operation.requestBody = {
        required: true,
        description: `${description}; at most ${Math.round(maxBytes / 1024 / 1024)} MB`,
        content: Object.fromEntries(
          contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
        ),
      };
    }
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Civitas API",
      version: "1",
      description:
        "Content, tags and media of a Civitas site, and its translators' files (XLIFF, TMX, TBX, CSV: " +
        "a file to import is the whole request body, with its media type). Authenticate with `Authorization: Bearer <token>` " +
        "(`civitas token create`) or the workspace session cookie; session calls that change " +
        "something must send the session's CSRF token in `x-csrf-token`.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token" },
        cookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "The workspace session; writes also need the `x-csrf-token` header",
        },
      },
      schemas: { Error: outputSchema(errorResponseSchema) },
    },
  };
}

function parametersOf(schema: z.ZodType | undefined, location: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = inputSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === "path" || (required.has(name) && !("default" in rest)),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

function responsesOf(route: ApiRouteDoc): Record<string, unknown> {
  const errorContent = {
    "application/json": { schema: { $ref: "#/components/schemas/Error" } },
  };
  const statuses = new Set<number>([
    ...(route.params || route.query || route.body || route.rawBody ? [400] : []),
    ...(route.action === null ? [] : [401, 403]),
    ...route.errors,
  ]);
  const responses: Record<string, unknown> = {
    [String(route.status)]: {
      description: route.status === 201 ? "Created" : "OK",
      content: route.produces
        ? Object.fromEntries(
            route.produces.map((type) => [
              type.split(";")[0] ?? type,
              { schema: outputSchema(route.response) },
            ]),
          )
        : { "application/json": { schema: outputSchema(route.response) } },
    },
  };
  for (const status of [...statuses].sort()) {
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? "Error",
      content: errorContent,
    };
  }
  return responses;
}

function inputSchema(schema: z.ZodType): JsonSchema {
  return strip(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
}

function outputSchema(schema: z.ZodType): JsonSchema {
  return strip(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));
}

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}
