import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { findItemBySlug } from "../../content/item.repository.js";
import { findRevisionById } from "../../content/index.js";
import { multipart } from "../../content/admin/media.test-kit.js";
import { makeJpeg } from "../../content/factories.test-kit.js";
import { zipOf } from "../wordpress/zip.test-kit.js";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const POLYLANG = fs.readFileSync(path.join(HERE, "../wordpress/fixtures/polylang.xml"));
const MALFORMED = fs.readFileSync(
  path.resolve(
    process.cwd(),
    "../shared/data/wxr/wordpress-importer-edge-cases/wordpress-importer__phpunit-data__malformed.xml",
  ),
);

const WPML = fs.readFileSync(path.join(HERE, "../wordpress/fixtures/wpml.xml"));

function upload(file: Buffer, fields: Record<string, string> = {}, uploads?: Buffer) {
  return multipart([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: "file", filename: "export.xml", contentType: "application/xml", data: file },
    ...(uploads
      ? [
          {
            name: "uploads",
            filename: "uploads.zip",
            contentType: "application/zip",
            data: uploads,
          },
        ]
      : []),
  ]);
}

for (const dialect of DIALECTS) {
  describe(`/admin/import/wordpress (${dialect})`, () => {
    let t: TestApp;
    let admin: TestIdentity;
    let editor: TestIdentity;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr"] } });
      admin = await identityFor(t, "admin");
      editor = await identityFor(t, "editor");
    });
    afterAll(() => t.close());

    const post = (
      who: TestIdentity,
      body: { payload: Buffer; contentType: string },
      csrf = who.csrf,
    ) =>
      t.app.inject({
        method: "POST",
        url: "/admin/import/wordpress",
        cookies: who.cookies,
        headers: { "content-type": body.contentType, "x-csrf-token": csrf },
        payload: body.payload,
      });

    it("shows the form to administrators only", async () => {
      const form = await t.app.inject({ url: "/admin/import/wordpress", cookies: admin.cookies });
      expect(form.statusCode).toBe(200);
      // The token goes in the form, before the file, never in the address.
      expect(form.body).toContain('action="/admin/import/wordpress"');
      expect(form.body).toContain(`<input type="hidden" name="_csrf" value="${admin.csrf}"/>`);
      expect(
        (await t.app.inject({ url: "/admin/import/wordpress", cookies: editor.cookies }))
          .statusCode,
      ).toBe(403);
      const anonymous = await t.app.inject({ url: "/admin/import/wordpress" });
      expect([302, 303]).toContain(anonymous.statusCode);
      expect((await post(editor, upload(POLYLANG))).statusCode).toBe(403);
    });

    it("refuses an upload without its CSRF token", async () => {
      expect((await post(admin, upload(POLYLANG), "forged")).statusCode).toBe(403);
      expect(
        await findItemBySlug(t.database.db, "news", "cities-share-their-climate-plans"),
      ).toBeUndefined();
    });

    it("shows a dry run's report and writes nothing, then imports", async () => {
      const dry = await post(admin, upload(POLYLANG, { dryRun: "1" }));
      expect(dry.statusCode).toBe(200);
      expect(dry.body).toContain("Would import");
      expect(dry.body).toContain("written in a language the site does not publish (de)");
      expect(
        await findItemBySlug(t.database.db, "news", "cities-share-their-climate-plans"),
      ).toBeUndefined();
      const real = await post(admin, upload(POLYLANG));
      expect(real.statusCode).toBe(200);
      expect(real.body).toContain("Imported");
      expect(real.body).toContain(
        "human translation learned sentence by sentence (fr: title, summary, body)",
      );
      const item = await findItemBySlug(t.database.db, "news", "cities-share-their-climate-plans");
      expect(item?.status).toBe("published");
    });

    it("reads images from a ZIP of the uploads folder, and refuses a hostile ZIP importing nothing", async () => {
      const jpeg = await makeJpeg(800, 600);
      const slip = await zipOf(
        { "wp-content/uploads/2026/05/plaza.jpg": jpeg, "xxxxxxxxxxxxxx.jpg": jpeg },
        { from: "xxxxxxxxxxxxxx.jpg", to: "../../../pw.jpg" },
      );
      const refused = await post(admin, upload(WPML, {}, slip));
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain("The uploads ZIP cannot be used");
      expect(await findItemBySlug(t.database.db, "news", "the-plaza-reopens")).toBeUndefined();

      const zip = await zipOf({ "wp-content/uploads/2026/05/plaza.jpg": jpeg });
      const res = await post(admin, upload(WPML, {}, zip));
      expect(res.statusCode).toBe(200);
      const item = await findItemBySlug(t.database.db, "news", "the-plaza-reopens");
      const revision = item?.publishedRevisionId
        ? await findRevisionById(t.database.db, item.publishedRevisionId)
        : undefined;
      expect(revision?.heroAlt).toBe("The new plaza at dusk");
      expect(revision?.heroMediaId).not.toBeNull();
      expect(revision?.body).toMatch(/!\[The new plaza\]\(\/media\/img-[0-9a-f]+-\d+\.jpg\)/);
    });

    it("refuses a malformed file naming the line, and an empty or hostile one", async () => {
      const bad = await post(admin, upload(MALFORMED));
      expect(bad.statusCode).toBe(422);
      expect(bad.body).toContain("line 90, column 10");
      const laughs = Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>`,
      );
      const hostile = await post(admin, upload(laughs));
      expect(hostile.statusCode).toBe(422);
      expect(hostile.body).toContain("DOCTYPE");
      expect((await post(admin, upload(Buffer.alloc(0)))).statusCode).toBe(400);
    });
  });
}
