import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { ACTORS, identityFor } from "../../test-support/sign-in.js";
import { recordAudit } from "./audit.repository.js";

const EXPECTED = { anonymous: 303, reviewer: 403, editor: 403, admin: 200 } as const;

for (const dialect of DIALECTS) {
  describe(`audit log page on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      await recordAudit(t.database.db, {
        actorId: null,
        action: "published",
        subjectType: "item",
        subjectId: "7",
        summary: "<script>alert(1)</script>",
        now: new Date(),
      });
    });
    afterAll(async () => {
      await t.close();
    });

    for (const actor of ACTORS) {
      it(`answers ${EXPECTED[actor]} to ${actor}`, async () => {
        const identity = await identityFor(t, actor);
        const res = await t.app.inject({ url: "/admin/audit", cookies: identity.cookies });
        expect(res.statusCode).toBe(EXPECTED[actor]);
        if (actor === "admin") {
          expect(res.body).toContain("published item 7");
          expect(res.body).toContain("created user");
          expect(res.body).not.toContain("<script>alert(1)");
        }
      });
    }

    it("refuses a malformed page number with 400", async () => {
      const identity = await identityFor(t, "admin");
      const res = await t.app.inject({ url: "/admin/audit?page=x", cookies: identity.cookies });
      expect(res.statusCode).toBe(400);
    });
  });
}
