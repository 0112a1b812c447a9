import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { listAudit } from "../audit/audit.repository.js";
import type { Database } from "../db/database.js";
import { createApiToken, resolveApiToken } from "./api-token.service.js";
import { hashPassword, verifyPassword } from "./password.js";
import { can } from "./policy.js";
import { endSession, resumeSession, SESSION_LIFETIME } from "./session.service.js";
import { signIn } from "./sign-in.service.js";
import { THROTTLE } from "./sign-in-throttle.js";
import { createUser, resetPassword } from "./user.service.js";

const PASSWORD = "correct horse battery staple";
const T0 = new Date("2026-11-26T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, PASSWORD)).toBe(true);
    expect(await verifyPassword(stored, "wrong password here")).toBe(false);
    expect(await verifyPassword(null, PASSWORD)).toBe(false);
  });
  it("refuses passwords that are too short or absurdly long", async () => {
    await expect(hashPassword("short")).rejects.toMatchObject({ code: "invalid_request" });
    await expect(hashPassword("x".repeat(2000))).rejects.toMatchObject({ code: "invalid_request" });
  });
});

describe("roles", () => {
  it("lets reviewers review translations but not write content or read the audit log", () => {
    expect(can({ role: "reviewer" }, "translations.review")).toBe(true);
    expect(can({ role: "reviewer" }, "content.write")).toBe(false);
    expect(can({ role: "editor" }, "content.publish")).toBe(true);
    expect(can({ role: "editor" }, "audit.read")).toBe(false);
    expect(can({ role: "admin" }, "audit.read")).toBe(true);
    expect(can(undefined, "workspace.enter")).toBe(false);
  });
});

for (const dialect of DIALECTS) {
  describe(`signing in on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      await createUser(database.db, {
        email: "Editor@Cities.example",
        role: "editor",
        password: PASSWORD,
        actorId: null,
        now: T0,
      });
    });
    afterEach(async () => {
      await database.destroy();
    });
    const attempt = (email: string, password: string, now = T0, ip = "192.0.2.1") =>
      signIn(database.db, { email, password, ip, userAgent: "test", now });

    it("signs in with the right password and resumes the session from its token", async () => {
      const { token } = await attempt("editor@cities.example", PASSWORD);
      const resumed = await resumeSession(database.db, token, later(1000));
      expect(resumed?.user.email).toBe("editor@cities.example");
      expect(resumed?.user.role).toBe("editor");
      expect(resumed?.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const stored = await database.db
        .selectFrom("sessions")
        .select("id")
        .executeTakeFirstOrThrow();
      expect(stored.id).not.toBe(token);
    });

    it("answers the same for an unknown account and a wrong password", async () => {
      await expect(attempt("nobody@cities.example", PASSWORD)).rejects.toMatchObject({
        code: "invalid_credentials",
        status: 401,
      });
      await expect(attempt("editor@cities.example", "not the password")).rejects.toMatchObject({
        code: "invalid_credentials",
        status: 401,
      });
    });

    it("gives a new session at every sign-in, so a planted session is useless", async () => {
      const first = await attempt("editor@cities.example", PASSWORD);
      const second = await attempt("editor@cities.example", PASSWORD);
      expect(second.token).not.toBe(first.token);
    });

    it("slows down an account's failures from one address, never the real user's from another", async () => {
      const attacker = "198.51.100.66";
      for (let i = 0; i < THROTTLE.pairFreeFailures; i += 1) {
        await expect(
          attempt("editor@cities.example", "wrong password", later(i), attacker),
        ).rejects.toMatchObject({ code: "invalid_credentials" });
      }
      await expect(
        attempt("editor@cities.example", "wrong password", later(10), attacker),
      ).rejects.toMatchObject({ code: "invalid_credentials" });
      await expect(
        attempt("editor@cities.example", PASSWORD, later(20), attacker),
      ).rejects.toMatchObject({ code: "too_many_attempts", status: 429 });
      // The attacker keeps failing as fast as the throttle lets them; the user signs in meanwhile.
      for (let i = 0; i < 30; i += 1) {
        const now = later(20 + i * THROTTLE.maxDelayMs);
        await attempt("editor@cities.example", "wrong password", now, attacker).catch(() => {});
        const { token } = await attempt("editor@cities.example", PASSWORD, now, "203.0.113.7");
        expect(token).toBeTruthy();
      }
    });

    it("forgets failures as time passes, and a pair's failures at a successful sign-in", async () => {
      const ip = "198.51.100.7";
      const failMany = async (from: number, count: number) => {
        for (let i = 0; i < count; i += 1)
          await attempt("editor@cities.example", "wrong password", later(from + i), ip).catch(
            () => {},
          );
      };
      await failMany(0, THROTTLE.pairFreeFailures + 1);
      await expect(
        attempt("editor@cities.example", PASSWORD, later(100), ip),
      ).rejects.toMatchObject({ code: "too_many_attempts" });
      // Two decay periods later two failures are forgotten: one more failure costs no wait.
      const afterDecay = 2 * THROTTLE.decayMs + 1000;
      await failMany(afterDecay, 1);
      const { token } = await attempt("editor@cities.example", PASSWORD, later(afterDecay + 1), ip);
      expect(token).toBeTruthy();
      // The success cleared the pair: the free failures are free again.
      await failMany(afterDecay + 10, THROTTLE.pairFreeFailures - 1);
      await attempt("editor@cities.example", PASSWORD, later(afterDecay + 100), ip);
    });

    it("slows down one address trying many accounts", async () => {
      for (let i = 0; i < THROTTLE.addressFreeFailures + 1; i += 1) {
        await expect(attempt(`user${i}@cities.example`, "wrong password")).rejects.toMatchObject({
          code: "invalid_credentials",
        });
      }
      await expect(attempt("editor@cities.example", PASSWORD)).rejects.toMatchObject({
        code: "too_many_attempts",
      });
      const { token } = await attempt("editor@cities.example", PASSWORD, T0, "203.0.113.8");
      expect(token).toBeTruthy();
    });

    it("expires idle sessions and honours sign-out", async () => {
      const { token } = await attempt("editor@cities.example", PASSWORD);
      expect(
        await resumeSession(database.db, token, later(SESSION_LIFETIME.idleMs + 1000)),
      ).toBeUndefined();
      const other = await attempt("editor@cities.example", PASSWORD);
      await endSession(database.db, other.token, later(1000));
      expect(await resumeSession(database.db, other.token, later(2000))).toBeUndefined();
      expect(await resumeSession(database.db, "forged-token", later(2000))).toBeUndefined();
    });

    it("signs the user out everywhere when the password is reset, API tokens included, and audits it", async () => {
      const { token } = await attempt("editor@cities.example", PASSWORD);
      const apiTokens = [];
      for (const name of ["newsletter", "sync"]) {
        const created = await createApiToken(database.db, {
          email: "editor@cities.example",
          name,
          actorId: null,
          now: T0,
        });
        expect(await resolveApiToken(database.db, created.token, later(500))).toBeDefined();
        apiTokens.push(created.token);
      }
      const reset = await resetPassword(database.db, {
        email: "editor@cities.example",
        password: "another long passphrase",
        actorId: null,
        now: later(1000),
      });
      expect(reset.revokedTokens).toBe(2);
      expect(await resumeSession(database.db, token, later(2000))).toBeUndefined();
      for (const apiToken of apiTokens)
        expect(await resolveApiToken(database.db, apiToken, later(2000))).toBeUndefined();
      await expect(attempt("editor@cities.example", PASSWORD, later(3000))).rejects.toMatchObject({
        code: "invalid_credentials",
      });
      const audit = await listAudit(database.db, { limit: 10, offset: 0 });
      expect(audit.map((a) => `${a.action} ${a.subjectType}`)).toEqual([
        "changed user",
        "created api_token",
        "created api_token",
        "created user",
      ]);
    });

    it("refuses a display name with control or bidirectional override characters", async () => {
      for (const displayName of ["\u202enimda", "Ada\u0000", "\u2067Ada\u2069"])
        await expect(
          createUser(database.db, {
            email: "other@cities.example",
            role: "editor",
            displayName,
            password: PASSWORD,
            actorId: null,
            now: T0,
          }),
        ).rejects.toMatchObject({ code: "invalid_request" });
    });

    it("refuses a second account for the same address and an unknown role", async () => {
      await expect(
        createUser(database.db, {
          email: "editor@cities.example",
          role: "editor",
          password: PASSWORD,
          actorId: null,
          now: T0,
        }),
      ).rejects.toMatchObject({ code: "user_exists" });
      await expect(
        createUser(database.db, {
          email: "x@cities.example",
          role: "owner",
          password: PASSWORD,
          actorId: null,
          now: T0,
        }),
      ).rejects.toMatchObject({ code: "invalid_request" });
    });
  });
}
