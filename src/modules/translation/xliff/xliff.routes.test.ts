import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { memoryOnlyDeps, publishTranslated } from "../review/review.test-kit.js";
import type { TranslateDeps } from "../translate.service.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const BOUNDARY = "----civitas-xliff-test";

function multipart(file: string, dryRun = false): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="fr.xlf"\r\nContent-Type: application/xliff+xml\r\n\r\n`,
    ),
    Buffer.from(file),
    Buffer.from(
      dryRun ? `\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="dryRun"\r\n\r\n1` : "",
    ),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

for (const dialect of DIALECTS) {
  describe(`the workspace's XLIFF page on ${dialect}`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    let reviewer: TestIdentity;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr"] } });
      deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      await publishTranslated(deps, {
        draft: {
          title: "The mayors meet",
          summary: "",
          body: "The mayors **meet** in Lyon & Porto, 3 < 4.",
        },
        language: "fr",
        translate: (s) => s,
      });
      reviewer = await identityFor(t, "reviewer");
    });
    afterAll(async () => {
      await deps.runtime.lexicon.close();
      await t.close();
    });

    const upload = (csrf: string, payload: Buffer, cookies = reviewer.cookies) =>
      t.app.inject({
        method: "POST",
        url: "/admin/translations/xliff",
        cookies,
        headers: {
          "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
          "x-csrf-token": csrf,
        },
        payload,
      });

    it("is for signed-in reviewers: the page, the download, the upload with CSRF", async () => {
      expect((await t.app.inject({ url: "/admin/translations/xliff" })).statusCode).toBe(303);
      expect((await t.app.inject({ url: "/admin/translations/xliff/fr" })).statusCode).toBe(303);
      const page = await t.app.inject({
        url: "/admin/translations/xliff",
        cookies: reviewer.cookies,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('href="/admin/translations/xliff/fr"');
      const translations = await t.app.inject({
        url: "/admin/translations",
        cookies: reviewer.cookies,
      });
      expect(translations.body).toContain('href="/admin/translations/xliff"');
      expect(translations.body).toContain('href="/admin/translations/xliff/fr"');
      expect((await upload("wrong", multipart("<xliff/>"))).statusCode).toBe(403);
    });

    it("downloads a language's file, imports it filled, and reports per sentence (text escaped)", async () => {
      const download = await t.app.inject({
        url: "/admin/translations/xliff/fr",
        cookies: reviewer.cookies,
      });
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-disposition"]).toMatch(
        /attachment; filename="civitas-fr-xliff-2.1.xlf"/,
      );
      expect(download.body).toContain("Lyon &amp; Porto, 3 &lt; 4.");
      const filled = download.body
        .replace(
          '<segment id="s1" state="initial"><source>The mayors meet</source></segment>',
          '<segment id="s1"><source>The mayors meet</source><target>Les maires se réunissent</target></segment>',
        )
        .replace(
          /<segment id="s1" state="initial"><source>(The mayors <pc id="1">meet<\/pc>[^<]*)<\/source><\/segment>/u,
          '<segment id="s1"><source>$1</source><target>Les maires <pc id="1">se réunissent</pc> à Lyon &amp; Porto, 3 &lt; 4.</target></segment>',
        );
      const tampered = filled.replace(
        '<target>Les maires <pc id="1">se réunissent</pc>',
        "<target>Les maires se réunissent",
      );
      const dry = await upload(reviewer.csrf, multipart(tampered, true));
      expect(dry.statusCode).toBe(200);
      expect(dry.body).toMatch(/Check only: 1 would be accepted, 1 refused/);
      expect(dry.body).toContain("the links or formatting do not match the original");
      const done = await upload(reviewer.csrf, multipart(filled));
      expect(done.statusCode).toBe(200);
      expect(done.body).toMatch(/2 accepted, 0 refused, 0 untranslated/);
      const refused = await upload(
        reviewer.csrf,
        multipart(filled.replace('trgLang="fr"', 'trgLang="de"')),
      );
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain("The file was refused as a whole and nothing was saved");
      const hostile = await upload(
        reviewer.csrf,
        multipart(
          `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`,
        ),
      );
      expect(hostile.statusCode).toBe(422);
      expect(hostile.body).toContain("no-dtd");
      expect(hostile.body).not.toContain("root:");
    });
  });
}
