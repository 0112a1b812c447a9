import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { ACTORS, identityFor } from "../../test-support/sign-in.js";
import { countAudit, recordAudit } from "./audit.repository.js";

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

    it("pages the log, newest first, with the listings' own pagination", async () => {
      const identity = await identityFor(t, "admin");
      const before = (await countAudit(t.database.db)) + 1;
      for (let i = 0; i < 120; i++) {
        await recordAudit(t.database.db, {
          actorId: null,
          action: "changed",
          subjectType: "city",
          subjectId: `p${i}`,
          now: new Date(Date.UTC(2030, 0, 1, 0, i)),
        });
      }
      const pages = Math.ceil((before + 119) / 50);
      const first = await t.app.inject({ url: "/admin/audit", cookies: identity.cookies });
      expect(first.body).toContain(`Page 1 of ${pages}`);
      expect(first.body).toContain('href="/admin/audit?page=2" rel="next"');
      expect(first.body).not.toContain('rel="prev"');
      expect(first.body).toContain("changed city p119");
      expect(first.body).not.toContain("changed city p69<");
      expect(first.body.match(/<tr>/g)).toHaveLength(51);
      const last = await t.app.inject({
        url: `/admin/audit?page=${pages}`,
        cookies: identity.cookies,
      });
      expect(last.body).toContain(`Page ${pages} of ${pages}`);
      expect(last.body).toContain(`href="/admin/audit?page=${pages - 1}" rel="prev"`);
      expect(last.body).not.toContain('rel="next"');
      const past = await t.app.inject({
        url: `/admin/audit?page=${pages + 1}`,
        cookies: identity.cookies,
      });
      expect(past.statusCode).toBe(404);
    });

    it("refuses a malformed page number with 400", async () => {
      const identity = await identityFor(t, "admin");
      const res = await t.app.inject({ url: "/admin/audit?page=x", cookies: identity.cookies });
      expect(res.statusCode).toBe(400);
    });
  });
}
