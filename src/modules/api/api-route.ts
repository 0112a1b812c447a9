import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Action } from "../../platform/auth/policy.js";
import { AppError, ValidationError } from "../../platform/errors.js";
import { parseInput } from "../../platform/http/validate.js";
import type { User } from "../../platform/platform.table.js";
import { authorizeApi } from "./api-auth.js";

/** What the OpenAPI document needs to know of a route. */
export interface ApiRouteDoc {
  method: "GET" | "POST" | "PUT";
  /** Fastify form, relative to /api/v1: `/content/:id`. */
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  /** What the caller must be allowed to do; null for a public route. */
  action: Action | null;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: { schema: z.ZodType; contentType: "application/json" | "multipart/form-data" };
  /** A file sent as the whole request body (XLIFF, TMX, TBX, CSV), checked before it is read. */
  rawBody?: RawBody;
  status: 200 | 201;
  response: z.ZodType;
  /** The content types of a success that is a file rather than JSON (the first by default; the response is then a string). */
  produces?: readonly string[];
  /** Error statuses the route may answer besides 401/403. */
  errors: readonly number[];
}

/** A file as the request body: the media types accepted and the largest size. */
export interface RawBody {
  contentTypes: readonly string[];
  maxBytes: number;
  description: string;
}

/** A route of the API: its description, and how to run it once validated. */
export interface ApiRoute extends ApiRouteDoc {
  run(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
  /**
   * For a raw-body route, run before the body is read (the caller is authenticated):
   * 401/403, then 415 for a type not accepted, 413 for a declared length too large.
   */
  beforeBody?(request: FastifyRequest): Promise<void>;
}

/** What a handler receives: validated params, query and body, and the authorized user. */
export interface ApiInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  user: User | undefined;
  request: FastifyRequest;
  /** The reply, for a file route to name its type when it has several (`produces`). */
  reply: FastifyReply;
  /** The file of a raw-body route (never empty); undefined for other routes. */
  raw: Buffer | undefined;
  /** The media type the raw body came as (lower case, no parameters). */
  rawType: string | undefined;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Declares a route whose handler types come from its zod schemas (the same the OpenAPI document shows). */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(
  route: Omit<ApiRouteDoc, "params" | "query" | "body" | "response" | "errors"> & {
    params?: P;
    query?: Q;
    /** A JSON body, validated before the handler runs. */
    body?: B;
    /** A multipart form the handler reads itself; the schema only documents it. */
    multipartForm?: z.ZodType;
    rawBody?: RawBody;
    produces?: readonly string[];
    response: R;
    errors?: readonly number[];
    handle(input: ApiInput<Parsed<P>, Parsed<Q>, Parsed<B>>): Promise<z.input<R>>;
  },
): ApiRoute {
  const documentedBody = route.body
    ? { schema: route.body, contentType: "application/json" as const }
    : route.multipartForm
      ? { schema: route.multipartForm, contentType: "multipart/form-data" as const }
      : undefined;
  return {
    method: route.method,
    url: route.url,
    operationId: route.operationId,
    summary: route.summary,
    tag: route.tag,
    action: route.action,
    status: route.status,
    response: route.response,
    errors: route.errors ?? [],
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { query: route.query } : {}),
    ...(documentedBody ? { body: documentedBody } : {}),
    ...(route.rawBody ? { rawBody: route.rawBody } : {}),
    ...(route.produces ? { produces: route.produces } : {}),
    ...(route.rawBody
      ? {
          async beforeBody(request: FastifyRequest) {
            if (route.action !== null) authorizeApi(request, route.action);
            checkRawBodyHeaders(request, route.rawBody as RawBody);
          },
        }
      : {}),
    async run(request, reply) {
      const user = route.action === null ? undefined : authorizeApi(request, route.action);
      let raw: Buffer | undefined;
      let rawType: string | undefined;
      if (route.rawBody) {
        rawType = checkRawBodyHeaders(request, route.rawBody);
        if (!Buffer.isBuffer(request.body) || request.body.byteLength === 0) {
          throw new ValidationError("Send the file as the request body", [
            { path: "body", message: "required" },
          ]);
        }
        raw = request.body;
      }
      const parse = <S extends z.ZodType | undefined>(schema: S | undefined, value: unknown) =>
        (schema === undefined ? undefined : parseInput(schema, value)) as Parsed<S>;
      const result = await route.handle({
        params: parse<P>(route.params, request.params),
        query: parse<Q>(route.query, request.query),
        body: parse<B>(route.body, request.body),
        user,
        request,
        reply,
        raw,
        rawType,
      });
      // After the handler: an error it throws is still answered as JSON.
      const fileType = route.produces?.[0];
      if (fileType && !reply.hasHeader("content-type")) reply.type(fileType);
      return reply.code(route.status).header("cache-control", "no-store").send(result);
    },
  };
}

/** The media type of a request, lower case, without parameters. */
export function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** 415 unless the body's type is one the route takes; 413 when its declared length is too large. */
function checkRawBodyHeaders(request: FastifyRequest, body: RawBody): string {
  const type = mediaTypeOf(request);
  if (!body.contentTypes.includes(type)) {
    throw new AppError({
      status: 415,
      code: "unsupported_media_type",
      message: `Send the file as the request body with Content-Type ${body.contentTypes.join(", ")}${type ? `, not ${type}` : ""}`,
    });
  }
  const length = Number(request.headers["content-length"] ?? 0);
  if (length > body.maxBytes) throw fileTooLarge(body.maxBytes);
  return type;
}

/** 413, naming the limit. */
export function fileTooLarge(maxBytes: number): AppError {
  return new AppError({
    status: 413,
    code: "file_too_large",
    message: `The file is too large: at most ${Math.round(maxBytes / 1024 / 1024)} MB`,
  });
}
