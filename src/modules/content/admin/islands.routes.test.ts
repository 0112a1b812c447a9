import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { type Actor, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { upsertTag } from "../tag.repository.js";

const JSON_HEADERS = { accept: "application/json", "content-type": "application/json" };

for (const dialect of DIALECTS) {
  describe(`the editor islands' JSON endpoints on ${dialect}`, () => {
    let t: TestApp;
    const who = new Map<Actor, TestIdentity>();
    const as = (actor: Actor): TestIdentity => {
      const identity = who.get(actor);
      if (!identity) throw new Error(`no ${actor}`);
      return identity;
    };
    const preview = (actor: Actor, payload: unknown, csrf: string | null = as(actor).csrf) =>
      t.app.inject({
        method: "POST",
        url: "/admin/content/preview",
        cookies: as(actor).cookies,
        headers: { ...JSON_HEADERS, ...(csrf === null ? {} : { "x-csrf-token": csrf }) },
        payload: JSON.stringify(payload),
      });
    const tags = (actor: Actor, q: string, accept = "application/json") =>
      t.app.inject({
        method: "GET",
        url: `/admin/tags.json?q=${encodeURIComponent(q)}`,
        cookies: as(actor).cookies,
        headers: { accept },
      });

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      for (const actor of ["anonymous", "reviewer", "editor"] as const) {
        who.set(actor, await identityFor(t, actor));
      }
      const now = new Date().toISOString();
      for (const [slug, name] of [
        ["climate-action", "Climate action"],
        ["urban-climate", "Urban climate"],
        ["housing", "Housing"],
        ["percent-100", "100% renewable"],
        ["snake-case", "snake_case"],
      ] as const) {
        await upsertTag(t.database.db, { slug, name, now });
      }
    });
    afterAll(async () => {
      await t.close();
    });

    describe("POST /admin/content/preview", () => {
      it("renders the body for an editor, exactly as renderMarkdown does", async () => {
        const res = await preview("editor", { body: "## Hello\n\nSome *text*." });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers["cache-control"]).toBe("no-store");
        const { html } = res.json<{ html: string }>();
        expect(html).toContain('<h2 id="hello">');
        expect(html).toContain("<em>text</em>");
      });

      it("previews the rest of the article after a stray <style> line", async () => {
        const res = await preview("editor", { body: "Intro.\n\n<style>\n\nThe rest, kept." });
        const { html } = res.json<{ html: string }>();
        expect(html).toContain("<p>The rest, kept.</p>");
        expect(html).not.toContain("<style");
      });

      it("sends anonymous callers to sign-in (303) or answers 401 JSON", async () => {
        const json = await preview("anonymous", { body: "x" }, null);
        expect(json.statusCode).toBe(401);
        expect(json.json()).toMatchObject({ error: { code: "unauthenticated" } });
        const html = await t.app.inject({ method: "POST", url: "/admin/content/preview" });
        expect(html.statusCode).toBe(303);
        expect(html.headers.location).toMatch(/^\/admin\/sign-in\?next=/);
      });

      it("refuses a reviewer (no content.write) with 403", async () => {
        const res = await preview("reviewer", { body: "x" });
        expect(res.statusCode).toBe(403);
      });

      it("refuses a missing or wrong CSRF token with 403, before looking at the body", async () => {
        for (const csrf of [null, "", "wrong", `${as("editor").csrf}x`]) {
          const res = await preview("editor", { body: "x" }, csrf);
          expect(res.statusCode).toBe(403);
          expect(res.json()).toMatchObject({ error: { code: "csrf_failed" } });
        }
        const invalid = await preview("editor", { nothing: true }, null);
        expect(invalid.statusCode).toBe(403);
      });

      it("sanitizes hostile Markdown", async () => {
        const body =
          '<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n' +
          "[click](javascript:alert(3))\n\n<iframe src=https://evil.example></iframe>";
        const res = await preview("editor", { body });
        expect(res.statusCode).toBe(200);
        const { html } = res.json<{ html: string }>();
        expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
      });

      it("rejects a body that is not a string or is too long with 400", async () => {
        expect((await preview("editor", { body: 42 })).statusCode).toBe(400);
        expect((await preview("editor", {})).statusCode).toBe(400);
        const long = await preview("editor", { body: "a".repeat(500_001) });
        expect(long.statusCode).toBe(400);
        const max = await preview("editor", { body: "a".repeat(500_000) });
        expect(max.statusCode).toBe(200);
      });
    });

    describe("GET /admin/tags.json", () => {
      it("suggests tags containing q, case-insensitive, those starting with it first", async () => {
        const res = await tags("reviewer", "CLIM");
        expect(res.statusCode).toBe(200);
        expect(res.headers["content-type"]).toMatch(/^application\/json/);
        expect(res.json()).toEqual({
          tags: [
            { name: "Climate action", slug: "climate-action" },
            { name: "Urban climate", slug: "urban-climate" },
          ],
        });
      });

      it("treats % and _ literally", async () => {
        expect((await tags("editor", "%")).json()).toEqual({
          tags: [{ name: "100% renewable", slug: "percent-100" }],
        });
        expect((await tags("editor", "_")).json()).toEqual({
          tags: [{ name: "snake_case", slug: "snake-case" }],
        });
        expect((await tags("editor", "\\")).json()).toEqual({ tags: [] });
      });

      it("answers hostile queries with safe JSON and an empty q with no tags", async () => {
        for (const q of ["'; drop table tags; --", "<script>alert(1)</script>", "\u0000", ""]) {
          const res = await tags("editor", q);
          expect(res.statusCode, q).toBe(200);
          expect(res.json(), q).toEqual({ tags: [] });
          expect(res.body).not.toContain("<script");
        }
      });

      it("returns at most ten tags", async () => {
        const now = new Date().toISOString();
        for (let i = 0; i < 12; i += 1) {
          await upsertTag(t.database.db, { slug: `many-${i}`, name: `Many ${i}`, now });
        }
        const res = await tags("editor", "many");
        expect(res.json<{ tags: unknown[] }>().tags).toHaveLength(10);
      });

      it("rejects a q over 80 characters with 400", async () => {
        expect((await tags("editor", "a".repeat(81))).statusCode).toBe(400);
        expect((await tags("editor", "a".repeat(80))).statusCode).toBe(200);
      });

      it("sends anonymous callers to sign-in (303) or answers 401 JSON", async () => {
        const json = await tags("anonymous", "clim");
        expect(json.statusCode).toBe(401);
        const html = await tags("anonymous", "clim", "text/html");
        expect(html.statusCode).toBe(303);
      });
    });
  });
}
