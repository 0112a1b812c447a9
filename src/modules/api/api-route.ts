import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Action } from "../../platform/auth/policy.js";
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
  status: 200 | 201;
  response: z.ZodType;
  /** Error statuses the route may answer besides 401/403. */
  errors: readonly number[];
}

/** A route of the API: its description, and how to run it once validated. */
export interface ApiRoute extends ApiRouteDoc {
  run(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

/** What a handler receives: validated params, query and body, and the authorized user. */
export interface ApiInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  user: User | undefined;
  request: FastifyRequest;
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
    async run(request, reply) {
      const user = route.action === null ? undefined : authorizeApi(request, route.action);
      const parse = <S extends z.ZodType | undefined>(schema: S | undefined, value: unknown) =>
        (schema === undefined ? undefined : parseInput(schema, value)) as Parsed<S>;
      const result = await route.handle({
        params: parse<P>(route.params, request.params),
        query: parse<Q>(route.query, request.query),
        body: parse<B>(route.body, request.body),
        user,
        request,
      });
      return reply.code(route.status).header("cache-control", "no-store").send(result);
    },
  };
}
