import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaDir } from "../../../platform/config.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { findLiveScript } from "../../../test-support/inert-html.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { XSS_PAYLOADS } from "../markdown/xss-corpus.js";
import { findMediaById, insertMedia } from "../media.repository.js";
import { MEDIA_LIMITS, mediaFileNames } from "../media.service.js";
import {
  createItemUsing,
  freshJpeg,
  freshPdf,
  idFromRedirect,
  upload,
  uploadJpeg,
} from "./media.test-kit.js";

const ASSET_SCRIPT = /^\/assets\/[A-Za-z0-9._-]+\.js$/;

for (const dialect of DIALECTS) {
  describe(`media uploads and deletion on ${dialect}`, () => {
    let t: TestApp;
    let editor: TestIdentity;
    let dir: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      editor = await identityFor(t, "editor");
      dir = mediaDir(t.config);
    });
    afterAll(async () => {
      await t.close();
    });

    const refuses = async (
      file: { filename: string; contentType: string; data: Buffer },
      code: string,
      status = 400,
    ) => {
      const before = await readdir(dir);
      const res = await upload(t, editor, { file, alt: "Something" });
      expect(res.statusCode).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
      expect(await readdir(dir)).toEqual(before);
    };

    it("stores a JPEG, records who uploaded it and highlights it in the library", async () => {
      const id = await uploadJpeg(t, editor, "Mayors at the summit");
      const media = await findMediaById(t.database.db, id);
      expect(media).toMatchObject({ kind: "image", altText: "Mayors at the summit" });
      const audit = await t.database.db
        .selectFrom("auditLog")
        .selectAll()
        .where("subjectType", "=", "media")
        .where("subjectId", "=", String(id))
        .execute();
      expect(audit).toMatchObject([{ action: "created", actorId: editor.userId }]);
      const page = await t.app.inject({
        url: `/admin/media?highlight=${id}`,
        cookies: editor.cookies,
      });
      expect(page.body).toContain(`id="media-${id}" class="media-card media-card--new"`);
      expect(page.body).toMatch(/src="\/media\/img-[0-9a-f]+-480\.webp"/);
    });

    it("stores identical bytes once and points a second upload at the stored file", async () => {
      const data = await freshJpeg();
      const file = { filename: "same.jpg", contentType: "image/jpeg", data };
      const first = await upload(t, editor, { file, alt: "First" });
      const before = await readdir(dir);
      const second = await upload(t, editor, {
        file: { ...file, filename: "again.jpg" },
        alt: "Second",
      });
      expect(second.statusCode).toBe(303);
      expect(idFromRedirect(second.headers.location)).toBe(idFromRedirect(first.headers.location));
      expect(await readdir(dir)).toEqual(before);
    });

    it("stores a PDF as a document without alt text", async () => {
      const res = await upload(t, editor, {
        file: { filename: "report.pdf", contentType: "application/pdf", data: freshPdf() },
      });
      expect(res.statusCode).toBe(303);
      const media = await findMediaById(t.database.db, idFromRedirect(res.headers.location));
      expect(media).toMatchObject({ kind: "document", mimeType: "application/pdf" });
    });

    it("refuses a PHP file and an HTML file named .jpg, whatever Content-Type they claim", async () => {
      await refuses(
        {
          filename: "shell.jpg",
          contentType: "image/jpeg",
          data: Buffer.from("<?php system($_GET['c']); ?>"),
        },
        "unsupported_file",
      );
      await refuses(
        {
          filename: "page.jpg",
          contentType: "image/jpeg",
          data: Buffer.from("<!doctype html><script>alert(1)</script>"),
        },
        "unsupported_file",
      );
      // A JPEG signature followed by a script is not an image the decoder accepts either.
      const polyglot = Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
        Buffer.from("<?php echo 1; ?>"),
      ]);
      await refuses(
        { filename: "poly.jpg", contentType: "image/jpeg", data: polyglot },
        "unsupported_file",
      );
    });

    it("refuses SVG images", async () => {
      const svg = Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      );
      await refuses(
        { filename: "logo.svg", contentType: "image/svg+xml", data: svg },
        "unsupported_file",
      );
    });

    it("explains a refusal on the library page for browsers", async () => {
      const res = await upload(t, editor, {
        file: { filename: "shell.jpg", contentType: "image/jpeg", data: Buffer.from("<?php ?>") },
        alt: "x",
        accept: "text/html",
      });
      // Post-redirect-get: the address bar shows no CSRF token and a reload posts nothing.
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/admin/media?refused=unsupported_file");
      const page = await t.app.inject({ url: res.headers.location, cookies: editor.cookies });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('data-code="unsupported_file"');
      expect(page.body).toContain("choose the file again");
    });

    it("refuses an oversized image and an oversized PDF, leaving no file behind", async () => {
      const image = Buffer.alloc(MEDIA_LIMITS.imageBytes + 10, 0);
      image.set([0xff, 0xd8, 0xff, 0xe0]);
      await refuses(
        { filename: "big.jpg", contentType: "image/jpeg", data: image },
        "file_too_large",
        413,
      );
      const pdf = Buffer.alloc(MEDIA_LIMITS.documentBytes + 10, 0x20);
      pdf.write("%PDF-1.4\n");
      await refuses(
        { filename: "big.pdf", contentType: "application/pdf", data: pdf },
        "file_too_large",
        413,
      );
    });

    it("refuses an image without alt text", async () => {
      const before = await readdir(dir);
      for (const alt of [undefined, "", "   "]) {
        const res = await upload(t, editor, {
          file: { filename: "p.jpg", contentType: "image/jpeg", data: await freshJpeg() },
          ...(alt === undefined ? {} : { alt }),
        });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ error: { code: "alt_required" } });
      }
      expect(await readdir(dir)).toEqual(before);
    });

    it("stores a JPEG with GPS coordinates without its EXIF", async () => {
      const data = await sharp({
        create: { width: 800, height: 600, channels: 3, background: "#357" },
      })
        .jpeg()
        .withExif({
          IFD0: { Copyright: "Jane Doe" },
          IFD3: {
            GPSLatitudeRef: "N",
            GPSLatitude: "51/1 30/1 2600/100",
            GPSLongitudeRef: "W",
            GPSLongitude: "0/1 7/1 3900/100",
          },
        })
        .toBuffer();
      expect((await sharp(data).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
      const res = await upload(t, editor, {
        file: { filename: "gps.jpg", contentType: "image/jpeg", data },
        alt: "A street",
      });
      expect(res.statusCode).toBe(303);
      const media = await findMediaById(t.database.db, idFromRedirect(res.headers.location));
      const names = media ? mediaFileNames(media) : [];
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const file = await readFile(path.join(dir, name));
        expect((await sharp(file).metadata()).exif).toBeUndefined();
        expect(file.includes(Buffer.from("Jane Doe"))).toBe(false);
      }
    });

    const postForm = (url: string, fields: Record<string, string>, accept = "application/json") =>
      t.app.inject({
        method: "POST",
        url,
        cookies: editor.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded", accept },
        payload: formBody({ _csrf: editor.csrf, ...fields }),
      });

    it("changes alt text, and refuses to empty it", async () => {
      const id = await uploadJpeg(t, editor, "Old");
      const ok = await postForm(`/admin/media/${id}/alt`, { alt: "  New words  " });
      expect(ok.statusCode).toBe(303);
      expect((await findMediaById(t.database.db, id))?.altText).toBe("New words");
      const empty = await postForm(`/admin/media/${id}/alt`, { alt: " " });
      expect(empty.statusCode).toBe(400);
      expect(empty.json()).toMatchObject({ error: { code: "alt_required" } });
      const missing = await postForm("/admin/media/999999/alt", { alt: "x" });
      expect(missing.statusCode).toBe(404);
    });

    it("refuses to delete a file a revision uses, and deletes it with its files once unused", async () => {
      const id = await uploadJpeg(t, editor);
      const media = await findMediaById(t.database.db, id);
      const names = media ? mediaFileNames(media) : [];
      const { revisionId } = await createItemUsing(t, { heroMediaId: id, title: "Hero story" });
      const refused = await postForm(`/admin/media/${id}/delete`, {});
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: "media_in_use" } });
      const page = await postForm(`/admin/media/${id}/delete`, {}, "text/html");
      expect(page.statusCode).toBe(409);
      expect(page.body).toContain("Hero story");

      await t.database.db
        .updateTable("revisions")
        .set({ heroMediaId: null })
        .where("id", "=", revisionId)
        .execute();
      const deleted = await postForm(`/admin/media/${id}/delete`, {});
      expect(deleted.statusCode).toBe(303);
      expect(await findMediaById(t.database.db, id)).toBeUndefined();
      const left = await readdir(dir);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(left).not.toContain(name);
      const audit = await t.database.db
        .selectFrom("auditLog")
        .select("action")
        .where("subjectType", "=", "media")
        .where("subjectId", "=", String(id))
        .execute();
      expect(audit.map((a) => a.action)).toContain("deleted");
    });

    it("refuses to delete a document attached to a revision", async () => {
      const res = await upload(t, editor, {
        file: { filename: "a.pdf", contentType: "application/pdf", data: freshPdf() },
      });
      const id = idFromRedirect(res.headers.location);
      await createItemUsing(t, { attachmentMediaId: id, title: "With attachment" });
      const refused = await postForm(`/admin/media/${id}/delete`, {});
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: "media_in_use" } });
      expect(await findMediaById(t.database.db, id)).toBeDefined();
    });

    it("renders hostile alt texts and file names inert in the library", async () => {
      const uploaded = await upload(t, editor, {
        file: {
          filename: "<img src=x onerror=alert(1)>.jpg",
          contentType: "image/jpeg",
          data: await freshJpeg(),
        },
        alt: '"><script>alert(1)</script>',
      });
      expect(uploaded.statusCode).toBe(303);
      const variants = JSON.stringify([
        { width: 480, height: 300, format: "webp", fileName: "img-x-480.webp", bytes: 1 },
      ]);
      for (const [index, payload] of XSS_PAYLOADS.entries()) {
        await insertMedia(t.database.db, {
          kind: index % 2 === 0 ? "image" : "document",
          storageKey: index % 2 === 0 ? `img-xss${index}` : `doc-xss${index}.pdf`,
          checksum: `xss-${index}`,
          originalName: payload,
          mimeType: index % 2 === 0 ? "image/png" : "application/pdf",
          bytes: 10,
          width: 480,
          height: 300,
          variants: index % 2 === 0 ? variants : "[]",
          altText: payload,
          createdBy: null,
          createdAt: "2026-11-26T12:00:00.000Z",
        });
      }
      const bodies: string[] = [];
      for (let page = 1; page <= Math.ceil((XSS_PAYLOADS.length + 1) / 24) + 1; page += 1) {
        for (const who of [editor, await identityFor(t, "reviewer")]) {
          const res = await t.app.inject({
            url: `/admin/media?page=${page}`,
            cookies: who.cookies,
          });
          expect(res.statusCode).toBe(200);
          expect(findLiveScript(res.body, { allowedScriptSrc: ASSET_SCRIPT })).toEqual([]);
          bodies.push(res.body);
        }
      }
      // Guard against a vacuous test: the payloads really are on the pages, escaped.
      expect(bodies.join("")).toContain("&lt;script>alert(1)&lt;/script>");
      expect(bodies.join("")).toContain('alt="&quot;>&lt;script>alert(1)&lt;/script>"');
      const search = await t.app.inject({
        url: `/admin/media?q=${encodeURIComponent("<script>alert(1)</script>")}`,
        cookies: editor.cookies,
      });
      expect(findLiveScript(search.body, { allowedScriptSrc: ASSET_SCRIPT })).toEqual([]);
    });
  });
}
