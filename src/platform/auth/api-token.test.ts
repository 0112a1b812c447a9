import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import type { Database } from "../db/database.js";
import { listAudit } from "../audit/audit.repository.js";
import {
  createApiToken,
  listApiTokens,
  resolveApiToken,
  revokeApiTokenById,
} from "./api-token.service.js";
import { hashToken } from "./tokens.js";
import { createUser } from "./user.service.js";

for (const dialect of DIALECTS) {
  describe(`API tokens on ${dialect}`, () => {
    let database: Database<DB>;
    const now = new Date("2026-11-26T12:00:00Z");
    const later = (ms: number) => new Date(now.getTime() + ms);

    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      await createUser(database.db, {
        email: "editor@cities.example",
        role: "editor",
        password: "a test passphrase long enough",
        actorId: null,
        now,
      });
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("stores only the hash of a new token and resolves the token to its user", async () => {
      const { db } = database;
      const { token, apiToken } = await createApiToken(db, {
        email: "Editor@Cities.example",
        name: "newsletter",
        actorId: null,
        now,
      });
      expect(apiToken.tokenHash).toBe(hashToken(token));
      expect(apiToken.tokenHash).not.toContain(token);
      const found = await resolveApiToken(db, token, now);
      expect(found?.user.email).toBe("editor@cities.example");
      expect(found?.user.role).toBe("editor");
      expect(await resolveApiToken(db, `${token}x`, now)).toBeUndefined();
      const audit = await listAudit(db, { limit: 10, offset: 0 });
      expect(audit.some((e) => e.subjectType === "api_token" && e.action === "created")).toBe(true);
    });

    it("records use at most once a minute", async () => {
      const { db } = database;
      const { token, apiToken } = await createApiToken(db, {
        email: "editor@cities.example",
        actorId: null,
        now,
      });
      await resolveApiToken(db, token, now);
      await resolveApiToken(db, token, later(30_000));
      let [listed] = await listApiTokens(db, { email: "editor@cities.example" });
      expect(listed?.lastUsedAt).toBe(now.toISOString());
      await resolveApiToken(db, token, later(61_000));
      [listed] = await listApiTokens(db, { email: "editor@cities.example" });
      expect(listed?.id).toBe(apiToken.id);
      expect(listed?.lastUsedAt).toBe(later(61_000).toISOString());
    });

    it("refuses a revoked token and keeps the first revocation date", async () => {
      const { db } = database;
      const { token, apiToken } = await createApiToken(db, {
        email: "editor@cities.example",
        actorId: null,
        now,
      });
      const revoked = await revokeApiTokenById(db, { id: apiToken.id, actorId: null, now });
      expect(revoked.revokedAt).toBe(now.toISOString());
      await revokeApiTokenById(db, { id: apiToken.id, actorId: null, now: later(1000) });
      const [listed] = await listApiTokens(db, { email: "editor@cities.example" });
      expect(listed?.revokedAt).toBe(now.toISOString());
      expect(await resolveApiToken(db, token, later(2000))).toBeUndefined();
    });

    it("refuses an unknown user, an unknown token id and an empty name", async () => {
      const { db } = database;
      await expect(
        createApiToken(db, { email: "nobody@cities.example", actorId: null, now }),
      ).rejects.toMatchObject({ code: "not_found" });
      await expect(revokeApiTokenById(db, { id: 999, actorId: null, now })).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(
        createApiToken(db, { email: "editor@cities.example", name: " ", actorId: null, now }),
      ).rejects.toMatchObject({ code: "invalid_request" });
    });
  });
}
