import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { registerApiRoutes } from "./api.routes.js";
import { ENDPOINTS } from "./api.test-kit.js";

describe("the OpenAPI document", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp("sqlite");
  });
  afterAll(async () => {
    await t.close();
  });

  const fetchDocument = async () => {
    const res = await t.app.inject("/api/v1/openapi.json");
    expect(res.statusCode).toBe(200);
    return res.json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            parameters: { name: string; in: string }[];
            requestBody?: unknown;
            responses: Record<string, unknown>;
            security: unknown[];
            "x-civitas-permission"?: string;
          }
        >
      >;
      components: {
        securitySchemes: Record<string, { type: string; scheme?: string; in?: string }>;
      };
    }>();
  };

  it("lists every route the API registers, and the authorization matrix covers each", async () => {
    const registered: string[] = [];
    const probe = Fastify();
    probe.addHook("onRoute", (route) => {
      for (const method of [route.method].flat()) {
        if (method !== "HEAD" && route.url.startsWith("/api/v1"))
          registered.push(`${method} ${route.url}`);
      }
    });
    await registerApiRoutes(probe, t.app.civitas);
    await probe.ready();
    await probe.close();
    expect(registered.length).toBeGreaterThanOrEqual(9);
    const document = await fetchDocument();
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map(
        (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`,
      ),
    );
    expect(documented.sort()).toEqual([...registered].sort());
    const covered = ENDPOINTS.map((e) => e.name.replace(" /", " /api/v1/"));
    expect(covered.sort()).toEqual([...registered].sort());
  });

  it("describes parameters, bodies, responses and both security schemes", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.bearer).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(document.components.securitySchemes.cookie).toMatchObject({
      type: "apiKey",
      in: "cookie",
    });
    const list = document.paths["/api/v1/content"]?.get;
    expect(list?.parameters.map((p) => p.name).sort()).toEqual([
      "page",
      "q",
      "status",
      "tag",
      "type",
    ]);
    expect(list?.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    const update = document.paths["/api/v1/content/{id}"]?.put;
    expect(update?.parameters).toEqual([expect.objectContaining({ name: "id", in: "path" })]);
    expect(update?.requestBody).toMatchObject({
      content: {
        "application/json": {
          schema: { type: "object", required: expect.arrayContaining(["title", "slug", "type"]) },
        },
      },
    });
    expect(Object.keys(update?.responses ?? {}).sort()).toEqual([
      "200",
      "400",
      "401",
      "403",
      "404",
      "409",
    ]);
    const importXliff = document.paths["/api/v1/translations/xliff"]?.post;
    expect(importXliff?.requestBody).toMatchObject({
      required: true,
      content: {
        "application/xliff+xml": { schema: { type: "string", format: "binary" } },
        "application/xml": { schema: { type: "string", format: "binary" } },
      },
    });
    expect(Object.keys(importXliff?.responses ?? {}).sort()).toEqual([
      "200",
      "400",
      "401",
      "403",
      "413",
      "415",
      "422",
    ]);
    expect(document.paths["/api/v1/glossary"]?.get?.responses["200"]).toMatchObject({
      content: { "application/x-tbx+xml": {}, "text/csv": {} },
    });
    expect(document.paths["/api/v1/translations/memory"]?.post).toMatchObject({
      "x-civitas-permission": "translations.exchange",
    });
    expect(document.paths["/api/v1/media"]?.post?.requestBody).toMatchObject({
      content: {
        "multipart/form-data": { schema: { properties: { file: { format: "binary" } } } },
      },
    });
  });
});
