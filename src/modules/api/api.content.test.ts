import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../../platform/audit/audit.repository.js";
import { revokeApiTokenById } from "../../platform/auth/api-token.service.js";
import { listApiTokensOfUser } from "../../platform/auth/api-token.repository.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { findLiveScript } from "../../test-support/inert-html.js";
import { makeDraft, makeJpeg, makePdf } from "../content/factories.test-kit.js";
import { type ApiCaller, apiCallerFor, multipartBody } from "./api.test-kit.js";

const XSS_TITLE = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

for (const dialect of DIALECTS) {
  describe(`API content on ${dialect}`, () => {
    let t: TestApp;
    let editor: ApiCaller;
    let editorSession: ApiCaller;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      editor = await apiCallerFor(t, "editor", "token");
      editorSession = await apiCallerFor(t, "editor", "session");
    });
    afterAll(async () => {
      await t.close();
    });

    const call = (caller: ApiCaller, method: "GET" | "POST" | "PUT", url: string, body?: unknown) =>
      t.app.inject({
        method,
        url,
        headers: {
          ...caller.headers,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        cookies: caller.cookies,
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });

    it("creates, updates and publishes an item, and the public page shows the new title at once", async () => {
      const draft = makeDraft({ slug: "api-story", title: "First title", tags: ["Climate"] });
      const created = await call(editor, "POST", "/api/v1/content", draft);
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: number }>().id;
      expect(created.json()).toMatchObject({
        type: "news",
        status: "draft",
        latest: { title: "First title", number: 1, tags: [{ slug: "climate", name: "Climate" }] },
        published: null,
        url: null,
      });
      const updated = await call(editor, "PUT", `/api/v1/content/${id}`, {
        ...draft,
        title: "Second title",
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ latest: { title: "Second title", number: 2 } });
      expect((await t.app.inject("/en/news/api-story")).statusCode).toBe(404);
      const published = await call(editor, "POST", `/api/v1/content/${id}/publish`);
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({
        status: "published",
        url: "/en/news/api-story",
        published: { title: "Second title" },
      });
      const page = await t.app.inject("/en/news/api-story");
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Second title");
      const read = await call(editor, "GET", `/api/v1/content/${id}`);
      expect(read.json()).toMatchObject({ latest: { number: 2 }, published: { number: 2 } });
      const list = await call(
        editor,
        "GET",
        "/api/v1/content?status=published&tag=climate&q=second",
      );
      expect(list.json()).toMatchObject({ total: 1, items: [{ id, title: "Second title" }] });
      const tags = await call(editor, "GET", "/api/v1/tags");
      expect(tags.json<{ tags: { slug: string }[] }>().tags.map((tag) => tag.slug)).toContain(
        "climate",
      );
      const unpublished = await call(editor, "POST", `/api/v1/content/${id}/unpublish`);
      expect(unpublished.json()).toMatchObject({ status: "draft", published: null });
      expect((await t.app.inject("/en/news/api-story")).statusCode).toBe(404);
      const audit = await listAudit(t.database.db, { limit: 50, offset: 0 });
      const actions = audit
        .filter((e) => e.subjectType === "item" && e.subjectId === String(id))
        .map((e) => e.action);
      expect(actions.sort()).toEqual(["changed", "created", "published", "unpublished"]);
    });

    it("answers an unknown id, a taken slug and an unknown route with JSON errors", async () => {
      const missing = await call(editor, "GET", "/api/v1/content/987654");
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: "not_found" } });
      expect((await call(editor, "POST", "/api/v1/content/987654/publish")).statusCode).toBe(404);
      expect((await call(editor, "PUT", "/api/v1/content/987654", makeDraft())).statusCode).toBe(
        404,
      );
      const draft = makeDraft();
      await call(editor, "POST", "/api/v1/content", draft);
      const again = await call(editor, "POST", "/api/v1/content", draft);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: "slug_taken" } });
      const nowhere = await call(editor, "GET", "/api/v1/nowhere");
      expect(nowhere.statusCode).toBe(404);
      expect(nowhere.json()).toMatchObject({ error: { code: "not_found" } });
    });

    it("refuses bad bodies, queries and ids with 400 invalid_request and details", async () => {
      const cases = [
        await call(editor, "POST", "/api/v1/content", { ...makeDraft(), title: "" }),
        await call(editor, "POST", "/api/v1/content", { ...makeDraft(), type: "poem" }),
        await call(editor, "POST", "/api/v1/content", ["not", "an", "object"]),
        await call(editor, "GET", "/api/v1/content?page=0"),
        await call(editor, "GET", "/api/v1/content?type=poem"),
        await call(editor, "GET", "/api/v1/content/abc"),
        await call(editor, "POST", "/api/v1/content/1/publish", { revisionId: "x" }),
      ];
      for (const res of cases) {
        expect(res.statusCode, res.body).toBe(400);
        const body = res.json<{ error: { code: string; details: unknown[] } }>();
        expect(body.error.code).toBe("invalid_request");
        expect(body.error.details.length).toBeGreaterThan(0);
      }
      const malformed = await t.app.inject({
        method: "POST",
        url: "/api/v1/content",
        headers: { ...editor.headers, "content-type": "application/json" },
        payload: "{ not json",
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ error: { code: "invalid_request" } });
    });

    it("refuses a revoked token with 401", async () => {
      const caller = await apiCallerFor(t, "admin", "token");
      expect((await call(caller, "GET", "/api/v1/tags")).statusCode).toBe(200);
      const userTokens = await t.database.db
        .selectFrom("apiTokens")
        .select("userId")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      const [latest] = await listApiTokensOfUser(t.database.db, userTokens.userId);
      if (!latest) throw new Error("no token");
      await revokeApiTokenById(t.database.db, { id: latest.id, actorId: null, now: new Date() });
      const res = await call(caller, "GET", "/api/v1/tags");
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: "unauthenticated" } });
      const bogus = await call(
        { headers: { authorization: "Bearer nope" }, cookies: {} },
        "GET",
        "/api/v1/tags",
      );
      expect(bogus.statusCode).toBe(401);
    });

    it("requires x-csrf-token on session writes but not on token writes", async () => {
      const { "x-csrf-token": _csrf, ...withoutCsrf } = editorSession.headers;
      const refused = await call(
        { headers: withoutCsrf, cookies: editorSession.cookies },
        "POST",
        "/api/v1/content",
        makeDraft(),
      );
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: "csrf_failed" } });
      const wrong = await call(
        { headers: { "x-csrf-token": "wrong" }, cookies: editorSession.cookies },
        "POST",
        "/api/v1/content",
        makeDraft(),
      );
      expect(wrong.statusCode).toBe(403);
      expect((await call(editorSession, "POST", "/api/v1/content", makeDraft())).statusCode).toBe(
        201,
      );
      const reads = await call(
        { headers: {}, cookies: editorSession.cookies },
        "GET",
        "/api/v1/tags",
      );
      expect(reads.statusCode).toBe(200);
      expect((await call(editor, "POST", "/api/v1/content", makeDraft())).statusCode).toBe(201);
    });

    it("returns a hostile title as a plain JSON string and keeps the public page inert", async () => {
      const draft = makeDraft({ slug: "hostile-api", title: XSS_TITLE, summary: XSS_TITLE });
      const created = await call(editor, "POST", "/api/v1/content", draft);
      expect(created.headers["content-type"]).toMatch(/^application\/json/);
      const id = created.json<{ id: number }>().id;
      expect(created.json<{ latest: { title: string } }>().latest.title).toBe(XSS_TITLE);
      await call(editor, "POST", `/api/v1/content/${id}/publish`);
      const page = await t.app.inject("/en/news/hostile-api");
      expect(page.statusCode).toBe(200);
      expect(
        findLiveScript(page.body, { allowedScriptSrc: /^\/assets\/site\.[0-9a-f]+\.js$/ }),
      ).toEqual([]);
    });

    it("never returns password or token hashes", async () => {
      const created = await call(editor, "POST", "/api/v1/content", makeDraft());
      const id = created.json<{ id: number }>().id;
      const bodies = [
        created.body,
        (await call(editor, "GET", `/api/v1/content/${id}`)).body,
        (await call(editor, "GET", "/api/v1/content")).body,
      ].join("\n");
      expect(bodies).not.toMatch(/passwordHash|tokenHash|password_hash|token_hash|\$argon2/);
      const hashes = await t.database.db.selectFrom("apiTokens").select("tokenHash").execute();
      for (const { tokenHash } of hashes) expect(bodies).not.toContain(tokenHash);
    });

    it("stores an uploaded image only with alt text, and a PDF", async () => {
      const upload = (input: Parameters<typeof multipartBody>[0]) => {
        const { payload, headers } = multipartBody(input);
        return t.app.inject({
          method: "POST",
          url: "/api/v1/media",
          payload,
          headers: { ...headers, ...editor.headers },
        });
      };
      const jpeg = await makeJpeg(320, 180);
      const noAlt = await upload({ file: { name: "a.jpg", type: "image/jpeg", bytes: jpeg } });
      expect(noAlt.statusCode).toBe(400);
      expect(noAlt.json()).toMatchObject({ error: { code: "invalid_request" } });
      const image = await upload({
        fields: { alt: "A blue square" },
        file: { name: "a.jpg", type: "image/jpeg", bytes: jpeg },
      });
      expect(image.statusCode, image.body).toBe(201);
      expect(image.json()).toMatchObject({ kind: "image", altText: "A blue square", width: 320 });
      expect(image.json<{ url: string }>().url).toMatch(/^\/media\/img-/);
      const pdf = await upload({
        file: { name: "r.pdf", type: "application/pdf", bytes: makePdf("api") },
      });
      expect(pdf.json()).toMatchObject({ kind: "document", mimeType: "application/pdf" });
      const text = await upload({
        file: { name: "x.txt", type: "text/plain", bytes: Buffer.from("hello") },
      });
      expect(text.statusCode).toBe(400);
      const noFile = await upload({ fields: { alt: "x" } });
      expect(noFile.statusCode).toBe(400);
      const asJson = await call(editor, "POST", "/api/v1/media", { file: "x" });
      expect(asJson.statusCode).toBe(400);
    });
  });
}
