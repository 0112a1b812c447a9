import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaDir } from "../../../platform/config.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { findLiveScript } from "../../../test-support/inert-html.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { saveItem } from "../item.service.js";
import { XSS_PAYLOADS } from "../markdown/xss-corpus.js";
import { storeImage } from "../media.service.js";
import { makeDraft, makeJpeg } from "../factories.test-kit.js";

// The workspace pages load the editor islands too.
const findLive = (html: string) =>
  findLiveScript(html, { allowedScriptSrc: /^\/assets\/(?:site|admin)\.[0-9a-f]+\.js$/ });

/** Fifteen payloads spread over the whole corpus. */
const PAYLOADS = XSS_PAYLOADS.filter(
  (_, index) => index % Math.max(1, Math.floor(XSS_PAYLOADS.length / 15)) === 0,
).slice(0, 15);

for (const dialect of DIALECTS) {
  describe(`hostile content in the workspace on ${dialect}`, () => {
    let t: TestApp;
    let editor: TestIdentity;
    const ids: number[] = [];

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      editor = await identityFor(t, "editor");
      const { db } = t.database;
      const now = new Date("2021-10-19T09:00:00Z");
      const image = await storeImage(db, {
        bytes: await makeJpeg(320, 180),
        originalName: `${PAYLOADS[0] ?? ""}.jpg`.slice(0, 200),
        altText: (PAYLOADS[1] ?? "").slice(0, 500),
        mediaDir: mediaDir(t.config),
        actorId: null,
        now,
      });
      for (const [index, payload] of PAYLOADS.entries()) {
        const saved = await saveItem(db, {
          draft: makeDraft({
            slug: `hostile-${index}`,
            title: payload.slice(0, 500),
            summary: payload.slice(0, 2000),
            body: `${payload}\n\n[${payload}](javascript:alert(1))`,
            tags: [payload.slice(0, 80)],
            heroMediaId: image.id,
            heroAlt: payload.slice(0, 500),
            heroCaption: payload.slice(0, 1000),
            location: payload.slice(0, 500),
          }),
          actorId: editor.userId,
          now,
        });
        ids.push(saved.item.id);
      }
    }, 120_000);
    afterAll(async () => {
      await t.close();
    });

    it("uses fifteen payloads", () => {
      expect(PAYLOADS).toHaveLength(15);
    });

    it("keeps every payload inert on the content list", async () => {
      const res = await t.app.inject({ url: "/admin/content", cookies: editor.cookies });
      expect(res.statusCode).toBe(200);
      expect(findLive(res.body)).toEqual([]);
    });

    it("keeps every payload inert in the editor, the preview and the revision pages", async () => {
      for (const id of ids) {
        for (const path of ["edit", "preview", "revisions"]) {
          const res = await t.app.inject({
            url: `/admin/content/${id}/${path}`,
            cookies: editor.cookies,
          });
          expect(res.statusCode, `${id} ${path}`).toBe(200);
          expect(findLive(res.body), `${id} ${path}`).toEqual([]);
        }
      }
    });

    it("keeps payloads inert in a refused form and in a diff", async () => {
      for (const payload of PAYLOADS) {
        const res = await t.app.inject({
          method: "POST",
          url: "/admin/content",
          cookies: editor.cookies,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          payload: formBody({
            _csrf: editor.csrf,
            type: "event",
            title: payload.slice(0, 500),
            summary: payload,
            tags: payload.slice(0, 80),
            heroCaption: payload,
            heroAlt: payload,
            timeZone: payload.slice(0, 100),
          }),
        });
        expect(res.statusCode).toBe(400);
        expect(findLive(res.body), payload).toEqual([]);
      }
      const first = ids[0] ?? 0;
      const { db } = t.database;
      const latest = await saveItem(db, {
        itemId: first,
        draft: makeDraft({ slug: "hostile-0", title: PAYLOADS[2] ?? "x", body: PAYLOADS[3] ?? "" }),
        actorId: null,
        now: new Date("2021-10-20T09:00:00Z"),
      });
      const revisions = await db
        .selectFrom("revisions")
        .select("id")
        .where("itemId", "=", first)
        .orderBy("number")
        .execute();
      const diff = await t.app.inject({
        url: `/admin/content/${first}/revisions/diff?from=${revisions[0]?.id ?? 0}&to=${latest.revision.id}`,
        cookies: editor.cookies,
      });
      expect(diff.statusCode).toBe(200);
      expect(findLive(diff.body)).toEqual([]);
    });
  });
}
