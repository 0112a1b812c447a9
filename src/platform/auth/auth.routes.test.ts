import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { createUser } from "./user.service.js";

const PASSWORD = "correct horse battery staple";
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** The sign-in form's CSRF cookie and field, as a browser would get them. */
async function openSignInForm(t: TestApp) {
  const res = await t.app.inject("/admin/sign-in");
  const cookie = res.cookies.find((c) => c.name === "civitas_csrf");
  const field = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
  return { res, cookie, field };
}

async function signIn(
  t: TestApp,
  email: string,
  password = PASSWORD,
  extra: { next?: string; session?: string; forwardedFor?: string; remoteAddress?: string } = {},
) {
  const { cookie, field } = await openSignInForm(t);
  const cookies: Record<string, string> = { civitas_csrf: cookie?.value ?? "" };
  if (extra.session) cookies.civitas_session = extra.session;
  return t.app.inject({
    method: "POST",
    url: "/admin/sign-in",
    cookies,
    payload: form({ email, password, _csrf: field ?? "", next: extra.next ?? "/admin" }),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(extra.forwardedFor ? { "x-forwarded-for": extra.forwardedFor } : {}),
    },
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });
}

for (const dialect of DIALECTS) {
  describe(`workspace sign-in on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      for (const role of ["admin", "editor", "reviewer"] as const) {
        await createUser(t.database.db, {
          email: `${role}@cities.example`,
          role,
          password: PASSWORD,
          actorId: null,
          now: new Date(),
        });
      }
    });
    afterAll(async () => {
      await t.close();
    });

    it("sends anonymous visitors of the workspace to the sign-in page", async () => {
      const res = await t.app.inject("/admin");
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/admin/sign-in?next=%2Fadmin");
    });

    it("serves the sign-in form with a CSRF token in an HttpOnly, SameSite cookie", async () => {
      const { res, cookie, field } = await openSignInForm(t);
      expect(res.statusCode).toBe(200);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true, path: "/" });
      expect(field).toBe(cookie?.value);
      expect(res.headers["cache-control"]).toBe("no-store");
    });

    it("refuses a sign-in without the CSRF token, or with a wrong one, with 403", async () => {
      const missing = await t.app.inject({
        method: "POST",
        url: "/admin/sign-in",
        payload: form({ email: "editor@cities.example", password: PASSWORD }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(missing.statusCode).toBe(403);
      const { cookie } = await openSignInForm(t);
      const wrong = await t.app.inject({
        method: "POST",
        url: "/admin/sign-in",
        cookies: { civitas_csrf: cookie?.value ?? "" },
        payload: form({ email: "editor@cities.example", password: PASSWORD, _csrf: "forged" }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.cookies.find((c) => c.name === "civitas_session")).toBeUndefined();
    });

    it("answers the same for an unknown account and a wrong password", async () => {
      const unknown = await signIn(t, "nobody@cities.example");
      const wrong = await signIn(t, "reviewer@cities.example", "not the password at all");
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      const message = (body: string) => /role="alert"[^>]*>([^<]*)</.exec(body)?.[1];
      expect(message(unknown.body)).toBe(message(wrong.body));
    });

    it("signs in with a fresh HttpOnly session cookie, ignoring a planted one", async () => {
      const planted = "attacker-chosen-session-id";
      const res = await signIn(t, "editor@cities.example", PASSWORD, { session: planted });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/admin");
      const session = res.cookies.find((c) => c.name === "civitas_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
      expect(session?.value).not.toBe(planted);
      const planted2 = await t.app.inject({ url: "/admin", cookies: { civitas_session: planted } });
      expect(planted2.statusCode).toBe(303);
      const dashboard = await t.app.inject({
        url: "/admin",
        cookies: { civitas_session: session?.value ?? "" },
      });
      expect(dashboard.statusCode).toBe(200);
      expect(dashboard.body).toContain("Signed in as editor (editor)");
      expect(dashboard.body).toContain("Content by type");
    });

    it("never redirects outside the workspace after signing in", async () => {
      for (const next of ["https://evil.example/", "//evil.example", "/en/news", "/admin/../x"]) {
        const res = await signIn(t, "admin@cities.example", PASSWORD, { next });
        expect(res.headers.location, next).toBe("/admin");
      }
    });

    it("signs out only with the session's CSRF token, and the session is gone after", async () => {
      const res = await signIn(t, "reviewer@cities.example");
      const token = res.cookies.find((c) => c.name === "civitas_session")?.value ?? "";
      const dashboard = await t.app.inject({ url: "/admin", cookies: { civitas_session: token } });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(dashboard.body)?.[1] ?? "";
      const forged = await t.app.inject({
        method: "POST",
        url: "/admin/sign-out",
        cookies: { civitas_session: token },
        payload: form({ _csrf: "nope" }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(forged.statusCode).toBe(403);
      const out = await t.app.inject({
        method: "POST",
        url: "/admin/sign-out",
        cookies: { civitas_session: token },
        payload: form({ _csrf: csrf }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(out.statusCode).toBe(303);
      const after = await t.app.inject({ url: "/admin", cookies: { civitas_session: token } });
      expect(after.statusCode).toBe(303);
    });

    it("throttles repeated failed sign-ins with 429 and Retry-After", async () => {
      let last;
      for (let i = 0; i < 7; i += 1)
        last = await signIn(t, "admin@cities.example", "definitely wrong password");
      expect(last?.statusCode).toBe(429);
      expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
      const right = await signIn(t, "admin@cities.example");
      expect(right.statusCode).toBe(429);
    });

    it("ignores X-Forwarded-For unless CIVITAS_TRUST_PROXY names the proxy", async () => {
      for (let i = 0; i < 6; i += 1)
        await signIn(t, "reviewer@cities.example", "definitely wrong password", {
          remoteAddress: "192.0.2.33",
          forwardedFor: `198.51.100.${i}`,
        });
      const spoofed = await signIn(t, "reviewer@cities.example", PASSWORD, {
        remoteAddress: "192.0.2.33",
        forwardedFor: "203.0.113.50",
      });
      expect(spoofed.statusCode).toBe(429);
    });

    it("behind a trusted proxy, throttles the client's address, not the proxy's", async () => {
      const proxied = await buildTestApp(dialect, { config: { trustProxy: ["127.0.0.1"] } });
      try {
        await createUser(proxied.database.db, {
          email: "editor@cities.example",
          role: "editor",
          password: PASSWORD,
          actorId: null,
          now: new Date(),
        });
        const attacker = { forwardedFor: "198.51.100.9" };
        for (let i = 0; i < 6; i += 1)
          await signIn(proxied, "editor@cities.example", "definitely wrong password", attacker);
        const blocked = await signIn(proxied, "editor@cities.example", PASSWORD, attacker);
        expect(blocked.statusCode).toBe(429);
        const user = await signIn(proxied, "editor@cities.example", PASSWORD, {
          forwardedFor: "203.0.113.7",
        });
        expect(user.statusCode).toBe(303);
        // A client that is not the proxy cannot choose its address by sending the header.
        for (let i = 0; i < 6; i += 1)
          await signIn(proxied, "editor@cities.example", "definitely wrong password", {
            remoteAddress: "192.0.2.80",
            forwardedFor: `203.0.113.${100 + i}`,
          });
        const direct = await signIn(proxied, "editor@cities.example", PASSWORD, {
          remoteAddress: "192.0.2.80",
          forwardedFor: "203.0.113.200",
        });
        expect(direct.statusCode).toBe(429);
      } finally {
        await proxied.close();
      }
    });

    it("keeps hostile sign-in input inert and never fails with 500", async () => {
      const res = await signIn(t, '"><script>alert(1)</script>', "x".repeat(5000));
      expect([400, 401]).toContain(res.statusCode);
      expect(res.body).not.toContain("<script>alert(1)");
    });
  });
}
