import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import type { TranslateDeps } from "../translation/pipeline/index.js";
import { memoryOnlyDeps, publishTranslated } from "../translation/review/review.test-kit.js";
import {
  type ApiCaller,
  apiCallerFor,
  SMALL_GLOSSARY_CSV,
  SMALL_TMX,
  UNTRANSLATED_XLIFF,
} from "./api.test-kit.js";
import fs from "node:fs";
import path from "node:path";
import { API_XLIFF_MAX_BYTES } from "./exchange.api.js";

const WXR = path.resolve(import.meta.dirname, "../../../../shared/data/wxr");

const XXE = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`;

for (const dialect of DIALECTS) {
  describe(`the API's translator files (XLIFF, TMX, TBX, CSV) on ${dialect}`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    let admin: ApiCaller;
    let reviewer: ApiCaller;
    let itemId: number;

    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr"] } });
      deps = memoryOnlyDeps(t.database.db, t.config, () => new Date());
      itemId = (
        await publishTranslated(deps, {
          draft: {
            title: "The mayors meet",
            summary: "",
            body: "The mayors **meet** in Lyon & Porto, 3 < 4.",
          },
          language: "fr",
          translate: (s) => s,
        })
      ).itemId;
      admin = await apiCallerFor(t, "admin", "token");
      reviewer = await apiCallerFor(t, "reviewer", "token");
    });
    afterAll(async () => {
      await deps.runtime.lexicon.close();
      await t.close();
    });

    const call = (
      caller: ApiCaller,
      method: "GET" | "POST",
      url: string,
      body?: { type: string; payload: string | Buffer },
    ) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...caller.headers, ...(body ? { "content-type": body.type } : {}) },
        ...(body ? { payload: body.payload } : {}),
      });
    const memory = () =>
      t.database.db
        .selectFrom("translationUnits")
        .select(["targetText", "origin", "state"])
        .where("targetLanguage", "=", "fr")
        .orderBy("id")
        .execute();
    const glossary = () =>
      t.database.db.selectFrom("glossaryTerms").select(["sourceTerm", "targetTerm"]).execute();

    it("exports XLIFF 2.1 and 1.2 for named items, and imports the filled file as reviewed human translations", async () => {
      const v12 = await call(reviewer, "GET", `/translations/xliff/fr?items=${itemId}&version=1.2`);
      expect(v12.statusCode, v12.body).toBe(200);
      expect(v12.headers["content-type"]).toMatch(/^application\/xliff\+xml/);
      expect(v12.body).toContain('version="1.2"');
      const exported = await call(reviewer, "GET", `/translations/xliff/fr?items=${itemId}`);
      expect(exported.statusCode).toBe(200);
      expect(exported.body).toContain('version="2.1"');
      expect(exported.body).toContain("Lyon &amp; Porto, 3 &lt; 4.");
      const filled = exported.body
        .replace(
          '<segment id="s1" state="initial"><source>The mayors meet</source></segment>',
          '<segment id="s1"><source>The mayors meet</source><target>Les maires se réunissent</target></segment>',
        )
        .replace(
          /<segment id="s1" state="initial"><source>(The mayors <pc id="1">meet<\/pc>[^<]*)<\/source><\/segment>/u,
          '<segment id="s1"><source>$1</source><target>Les maires <pc id="1">se réunissent</pc> à Lyon &amp; Porto, 3 &lt; 4.</target></segment>',
        );
      expect(filled).not.toBe(exported.body);
      const before = await memory();
      const dry = await call(reviewer, "POST", "/translations/xliff?lang=fr&dryRun=true", {
        type: "application/xliff+xml",
        payload: filled,
      });
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({ dryRun: true, accepted: 2, refused: 0 });
      expect(await memory()).toEqual(before);
      const done = await call(reviewer, "POST", "/translations/xliff?lang=fr", {
        type: "application/xliff+xml; charset=utf-8",
        payload: filled,
      });
      expect(done.statusCode, done.body).toBe(200);
      const report = done.json<{ accepted: number; units: { status: string; ref: string }[] }>();
      expect(report.accepted).toBe(2);
      expect(report.units.map((u) => u.status)).toEqual(["accepted", "accepted"]);
      expect(await memory()).toEqual(
        expect.arrayContaining([
          { targetText: "Les maires se réunissent", origin: "human", state: "reviewed" },
        ]),
      );
      const wrongLanguage = await call(reviewer, "POST", "/translations/xliff?lang=es", {
        type: "application/xliff+xml",
        payload: filled,
      });
      expect(wrongLanguage.statusCode).toBe(422);
      expect(wrongLanguage.json()).toMatchObject({
        error: { code: "invalid_file", details: [{ path: "language" }] },
      });
    });

    it("answers 415 for a type the endpoint does not read, 413 for a file over the limit, 400 for no body", async () => {
      for (const [url, type] of [
        ["/translations/xliff", "application/json"],
        ["/translations/xliff", "text/plain"],
        ["/translations/memory", "text/csv"],
        ["/glossary", "application/x-tmx+xml"],
      ] as const) {
        const res = await call(admin, "POST", url, { type, payload: "{}" });
        expect(res.statusCode, `${url} ${type}`).toBe(415);
        expect(res.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
      }
      const multipart = await call(admin, "POST", "/translations/memory", {
        type: "multipart/form-data; boundary=x",
        payload: "--x--\r\n",
      });
      expect(multipart.statusCode).toBe(415);
      const big = await call(admin, "POST", "/translations/xliff", {
        type: "application/xliff+xml",
        payload: Buffer.concat([
          Buffer.from(UNTRANSLATED_XLIFF),
          Buffer.alloc(API_XLIFF_MAX_BYTES, 0x20),
        ]),
      });
      expect(big.statusCode).toBe(413);
      expect(big.json()).toMatchObject({ error: { code: "file_too_large" } });
      const empty = await call(admin, "POST", "/translations/memory", {
        type: "application/x-tmx+xml",
        payload: "",
      });
      expect(empty.statusCode).toBe(400);
      // The caller is checked before the type and the size: no token, 401; a reviewer, 403.
      const anonymous = await t.app.inject({
        method: "POST",
        url: "/api/v1/translations/memory",
        headers: { "content-type": "text/plain" },
        payload: "x",
      });
      expect(anonymous.statusCode).toBe(401);
      const forbidden = await call(reviewer, "POST", "/translations/memory", {
        type: "application/x-tmx+xml",
        payload: SMALL_TMX,
      });
      expect(forbidden.statusCode).toBe(403);
    });

    it("refuses a DTD (XXE) and a malformed file with 422 and the reason, saving nothing", async () => {
      const memoryBefore = await memory();
      const glossaryBefore = await glossary();
      for (const [url, type] of [
        ["/translations/xliff", "application/xliff+xml"],
        ["/translations/memory", "application/x-tmx+xml"],
        ["/glossary", "application/x-tbx+xml"],
      ] as const) {
        const hostile = await call(admin, "POST", url, { type, payload: XXE });
        expect(hostile.statusCode, `${url}: ${hostile.body}`).toBe(422);
        expect(hostile.json()).toMatchObject({ error: { code: "invalid_file" } });
        expect(hostile.body).not.toContain("root:");
        const malformed = await call(admin, "POST", url, {
          type,
          payload: SMALL_TMX.replace("</seg></tuv></tu>", "</tuv></tu>"),
        });
        expect(malformed.statusCode, `${url}: ${malformed.body}`).toBe(422);
      }
      const xliffDtd = await call(admin, "POST", "/translations/xliff", {
        type: "application/xliff+xml",
        payload: XXE,
      });
      expect(xliffDtd.json()).toMatchObject({ error: { details: [{ path: "no-dtd" }] } });
      const badCsv = await call(admin, "POST", "/glossary", {
        type: "text/csv",
        payload: "source_language,target_language,source,target\nen,fr,council,conseil\nen,fr,\n",
      });
      expect(badCsv.statusCode, badCsv.body).toBe(422);
      const halfTmx = await call(admin, "POST", "/translations/memory", {
        type: "application/x-tmx+xml",
        payload: SMALL_TMX.replace("</body>", "<tu><tuv xml:lang='en'><seg>x</seg></tuv></body"),
      });
      expect(halfTmx.statusCode).toBe(422);
      expect(await memory()).toEqual(memoryBefore);
      expect(await glossary()).toEqual(glossaryBefore);
    });

    it("imports and exports the memory as TMX and the glossary as CSV and TBX", async () => {
      const imported = await call(admin, "POST", "/translations/memory", {
        type: "application/x-tmx+xml",
        payload: SMALL_TMX,
      });
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json()).toMatchObject({ unitsRead: 1, added: 1, pairs: { "en>fr": 1 } });
      const again = await call(admin, "POST", "/translations/memory", {
        type: "application/xml",
        payload: SMALL_TMX,
      });
      expect(again.json()).toMatchObject({ added: 0, unchanged: 1 });
      const tmx = await call(admin, "GET", "/translations/memory");
      expect(tmx.statusCode).toBe(200);
      expect(tmx.headers["content-type"]).toMatch(/^application\/x-tmx\+xml/);
      expect(tmx.body).toContain("Le conseil se réunit lundi.");

      const csv = await call(admin, "POST", "/glossary", {
        type: "text/csv",
        payload: SMALL_GLOSSARY_CSV,
      });
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.json()).toMatchObject({ format: "csv", added: 1 });
      const tbx = await call(reviewer, "GET", "/glossary?format=tbx");
      expect(tbx.statusCode).toBe(200);
      expect(tbx.headers["content-type"]).toMatch(/^application\/x-tbx\+xml/);
      expect(tbx.body).toContain("conseil");
      const back = await call(admin, "POST", "/glossary", {
        type: "application/x-tbx+xml",
        payload: tbx.body,
      });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json()).toMatchObject({ format: "tbx", added: 0, unchanged: 1 });
      const exportedCsv = await call(reviewer, "GET", "/glossary?format=csv");
      expect(exportedCsv.headers["content-type"]).toMatch(/^text\/csv/);
      expect(exportedCsv.body).toContain("council,conseil");
    });

    it("imports a WordPress export (dry run, then for real, then again unchanged) and refuses a malformed or hostile one", async () => {
      const file = fs.readFileSync(path.join(WXR, "wordpress-theme-test-data__theme-preview.xml"));
      const dry = await call(admin, "POST", "/import/wordpress?dryRun=true", {
        type: "application/xml",
        payload: file,
      });
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({ isDryRun: true });
      const items = () =>
        t.database.db
          .selectFrom("items")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
      const before = Number((await items()).n);
      const first = await call(admin, "POST", "/import/wordpress", {
        type: "text/xml",
        payload: file,
      });
      expect(first.statusCode, first.body).toBe(200);
      const report = first.json<{ created: number; isDryRun: boolean }>();
      expect(report.isDryRun).toBe(false);
      expect(report.created).toBeGreaterThan(0);
      expect(Number((await items()).n)).toBe(before + report.created);
      const second = await call(admin, "POST", "/import/wordpress", {
        type: "application/rss+xml",
        payload: file,
      });
      expect(second.json()).toMatchObject({ created: 0, unchanged: report.created });
      const afterImport = Number((await items()).n);
      for (const payload of [
        fs.readFileSync(
          path.join(
            WXR,
            "wordpress-importer-edge-cases/wordpress-importer__phpunit-data__malformed.xml",
          ),
        ),
        Buffer.from(XXE),
      ]) {
        const refused = await call(admin, "POST", "/import/wordpress", {
          type: "application/xml",
          payload,
        });
        expect(refused.statusCode, refused.body).toBe(422);
        expect(refused.json()).toMatchObject({ error: { code: "invalid_file" } });
        expect(refused.body).not.toContain("root:");
      }
      expect(Number((await items()).n)).toBe(afterImport);
      const editor = await apiCallerFor(t, "editor", "token");
      const forbidden = await call(editor, "POST", "/import/wordpress", {
        type: "application/xml",
        payload: file,
      });
      expect(forbidden.statusCode).toBe(403);
    });
  });
}
