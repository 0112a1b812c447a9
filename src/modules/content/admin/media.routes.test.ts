import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import {
  ACTORS,
  type Actor,
  formBody,
  identityFor,
  type TestIdentity,
} from "../../../test-support/sign-in.js";
import { insertMedia } from "../media.repository.js";
import { freshJpeg, multipart, upload, uploadJpeg } from "./media.test-kit.js";

const EXPECTED = {
  anonymous: { read: 303, write: 303 },
  reviewer: { read: 200, write: 403 },
  editor: { read: 200, write: 303 },
  admin: { read: 200, write: 303 },
} as const satisfies Record<Actor, { read: number; write: number }>;

for (const dialect of DIALECTS) {
  describe(`media library routes on ${dialect}`, () => {
    let t: TestApp;
    const who = {} as Record<Actor, TestIdentity>;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      for (const actor of ACTORS) who[actor] = await identityFor(t, actor);
    });
    afterAll(async () => {
      await t.close();
    });

    const post = (url: string, as: TestIdentity, fields: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: as.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
        payload: formBody(fields),
      });

    for (const actor of ACTORS) {
      it(`answers ${actor} on every media route as the policy says`, async () => {
        const me = who[actor];
        const library = await t.app.inject({ url: "/admin/media", cookies: me.cookies });
        expect(library.statusCode).toBe(EXPECTED[actor].read);
        if (actor === "anonymous") {
          expect(library.headers.location).toBe("/admin/sign-in?next=%2Fadmin%2Fmedia");
        }

        const uploaded = await upload(t, me, {
          file: { filename: "p.jpg", contentType: "image/jpeg", data: await freshJpeg() },
          alt: "A square",
          accept: "text/html",
        });
        expect(uploaded.statusCode).toBe(EXPECTED[actor].write);
        if (EXPECTED[actor].write === 303 && actor !== "anonymous") {
          expect(uploaded.headers.location).toMatch(/^\/admin\/media\?highlight=\d+#media-\d+$/);
        }

        const target = await uploadJpeg(t, who.editor);
        const alt = await post(`/admin/media/${target}/alt`, me, { _csrf: me.csrf, alt: "New" });
        expect(alt.statusCode).toBe(EXPECTED[actor].write);
        const del = await post(`/admin/media/${target}/delete`, me, { _csrf: me.csrf });
        expect(del.statusCode).toBe(EXPECTED[actor].write);
        if (actor === "anonymous") expect(del.headers.location).toMatch(/^\/admin\/sign-in/);
      });
    }

    it("answers a reviewer's write attempts with the forbidden code", async () => {
      const target = await uploadJpeg(t, who.editor);
      const res = await t.app.inject({
        method: "POST",
        url: `/admin/media/${target}/delete`,
        cookies: who.reviewer.cookies,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        payload: formBody({ _csrf: who.reviewer.csrf }),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: "forbidden" } });
    });

    it("refuses every POST without the CSRF token, or with a wrong one", async () => {
      const editor = who.editor;
      const file = { filename: "p.jpg", contentType: "image/jpeg", data: await freshJpeg() };
      for (const csrf of [null, "", "wrong-token"]) {
        const res = await upload(t, editor, { file, alt: "x", csrf });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ error: { code: "csrf_failed" } });
      }
      // The token is read from the action URL or a header, never from the multipart body.
      const inBody = await upload(t, editor, {
        file,
        alt: "x",
        csrf: null,
        extra: [{ name: "_csrf", value: editor.csrf }],
      });
      expect(inBody.statusCode).toBe(403);
      const target = await uploadJpeg(t, editor);
      for (const action of ["alt", "delete"]) {
        const attempts: Record<string, string>[] = [
          { alt: "x" },
          { alt: "x", _csrf: "wrong-token" },
        ];
        for (const fields of attempts) {
          const res = await t.app.inject({
            method: "POST",
            url: `/admin/media/${target}/${action}`,
            cookies: editor.cookies,
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              accept: "application/json",
            },
            payload: formBody(fields),
          });
          expect(res.statusCode).toBe(403);
          expect(res.json()).toMatchObject({ error: { code: "csrf_failed" } });
        }
      }
    });

    it("accepts the upload's CSRF token in the x-csrf-token header", async () => {
      const editor = who.editor;
      const body = multipart([
        { name: "alt", value: "Header token" },
        { name: "file", filename: "h.jpg", contentType: "image/jpeg", data: await freshJpeg() },
      ]);
      const ok = await t.app.inject({
        method: "POST",
        url: "/admin/media",
        cookies: editor.cookies,
        headers: { "content-type": body.contentType, "x-csrf-token": editor.csrf },
        payload: body.payload,
      });
      expect(ok.statusCode).toBe(303);
    });

    it("answers the editor's drop upload with the Markdown that shows the image", async () => {
      const body = multipart([
        { name: "alt", value: "A [bright] harbour" },
        {
          name: "file",
          filename: "d.jpg",
          contentType: "image/jpeg",
          data: await freshJpeg(700, 420),
        },
      ]);
      const res = await t.app.inject({
        method: "POST",
        url: "/admin/media",
        cookies: who.editor.cookies,
        headers: {
          "content-type": body.contentType,
          "x-csrf-token": who.editor.csrf,
          accept: "application/json",
          "x-civitas-insert": "1",
        },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(201);
      const data = res.json<{ id: number; url: string; markdown: string }>();
      expect(data.url).toMatch(/^\/media\/[A-Za-z0-9._%-]+\.jpg$/);
      expect(data.markdown).toBe(`![A \\[bright\\] harbour](${data.url})`);
      expect((await t.app.inject({ url: data.url })).statusCode).toBe(200);
      const library = await t.app.inject({ url: "/admin/media", cookies: who.editor.cookies });
      expect(library.body).toContain(`value="${data.url}"`);
      expect(library.body).toContain("data-copy-target");
    });

    it("refuses a malformed library query with 400", async () => {
      for (const query of ["page=0", "page=x", "kind=video", "unknown=1", `q=${"a".repeat(201)}`]) {
        const res = await t.app.inject({
          url: `/admin/media?${query}`,
          cookies: who.editor.cookies,
          headers: { accept: "application/json" },
        });
        expect(res.statusCode, query).toBe(400);
        expect(res.json()).toMatchObject({ error: { code: "invalid_request" } });
      }
    });

    it("searches by name and alt text, filters by kind and paginates", async () => {
      const db = t.database.db;
      const base = {
        checksum: "",
        mimeType: "application/pdf",
        bytes: 1234,
        width: null,
        height: null,
        variants: "[]",
        altText: "",
        createdBy: null,
      };
      for (let i = 0; i < 30; i += 1) {
        await insertMedia(db, {
          ...base,
          kind: "document",
          storageKey: `doc-zebra${i}.pdf`,
          checksum: `zebra-${i}`,
          originalName: `Zebra_report ${String(i).padStart(2, "0")}.pdf`,
          createdAt: `2026-01-01T00:00:${String(i).padStart(2, "0")}.000Z`,
        });
      }
      await insertMedia(db, {
        ...base,
        kind: "image",
        storageKey: "img-okapi",
        checksum: "okapi",
        mimeType: "image/jpeg",
        originalName: "x.jpg",
        altText: "An OKAPI drinking",
        createdAt: "2026-01-02T00:00:00.000Z",
      });
      const get = (query: string) =>
        t.app.inject({ url: `/admin/media?${query}`, cookies: who.reviewer.cookies });

      const byAlt = await get("q=okapi");
      expect(byAlt.statusCode).toBe(200);
      expect(byAlt.body).toContain("An OKAPI drinking");
      expect(byAlt.body).not.toContain("Zebra_report");

      const first = await get("q=zebra_&kind=document");
      expect(first.body).toContain("Zebra_report 29.pdf");
      expect(first.body).not.toContain("Zebra_report 05.pdf");
      expect(first.body).toContain("Page 1 of 2");
      const second = await get("q=zebra_&kind=document&page=2");
      expect(second.body).toContain("Zebra_report 05.pdf");
      expect(second.body).not.toContain("Zebra_report 29.pdf");

      // "%" is a literal character in a search, not a wildcard.
      const wildcard = await get("q=%25");
      expect(wildcard.body).not.toContain("Zebra_report");

      const images = await get("kind=image&q=okapi");
      expect(images.body).toContain("An OKAPI drinking");
      const documents = await get("kind=document&q=okapi");
      expect(documents.body).not.toContain("An OKAPI drinking");
    });
  });
}
