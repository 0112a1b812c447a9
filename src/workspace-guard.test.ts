import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./test-support/app.js";
import { identityFor } from "./test-support/sign-in.js";

/** Routes anyone may call: the sign-in form itself and the API's description. */
// Readers' search (the header box's suggestions) is public like the site it searches.
const PUBLIC = new Set([
  "GET /admin/sign-in",
  "POST /admin/sign-in",
  "GET /api/v1/openapi.json",
  "GET /api/v1/search",
]);

/** A concrete URL for a route pattern (ids are 1; nothing needs to exist for the guard to answer). */
function concrete(path: string): string {
  return path.replace(/:[A-Za-z]+/g, "1");
}

// Whatever routes the workspace and the API grow, none may answer a signed-out
// caller or change anything without a CSRF token: this walks them all.
describe("every workspace and API route is guarded", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp("sqlite");
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses signed-out callers: workspace pages redirect to sign-in, API calls get 401", async () => {
    const guarded = t.app.civitas.routes.filter(
      (r) => /^[A-Z]+ \/(admin|api)(\/|$)/.test(r) && !PUBLIC.has(r),
    );
    expect(guarded.length).toBeGreaterThan(2);
    for (const route of guarded) {
      const [method = "GET", path = "/"] = route.split(" ");
      const res = await t.app.inject({ method: method as "GET", url: concrete(path) });
      if (path.startsWith("/api/")) expect(res.statusCode, route).toBe(401);
      else expect([303, 403], route).toContain(res.statusCode);
      expect(res.headers["set-cookie"] ?? "", route).not.toContain("civitas_session");
    }
  });

  it("refuses every state-changing workspace request without a CSRF token, even from an admin", async () => {
    const admin = await identityFor(t, "admin");
    const writes = t.app.civitas.routes.filter(
      (r) => /^(POST|PUT|PATCH|DELETE) \/(admin|api)\//.test(r) && !PUBLIC.has(r),
    );
    for (const route of writes) {
      const [method = "POST", path = "/"] = route.split(" ");
      const res = await t.app.inject({
        method: method as "POST",
        url: concrete(path),
        cookies: admin.cookies,
        payload: {},
      });
      expect(res.statusCode, route).toBe(403);
    }
  });
});
