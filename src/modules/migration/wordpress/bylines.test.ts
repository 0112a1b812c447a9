import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { findLiveScript } from "../../../test-support/inert-html.js";
import { identityFor } from "../../../test-support/sign-in.js";
import { findItemBySlug, findRevisionById } from "../../content/item.repository.js";
import { runWordpressImport } from "./import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "./plan.js";
import { readWxr } from "./wxr-reader.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const HERE = path.dirname(new URL(import.meta.url).pathname);
// An author whose display name carries markup, a right-to-left override and a script.
const HOSTILE = "<b>Ana</b> \u202eEditor<script>alert(1)</script>";
const CLEAN = "<b>Ana</b> Editor<script>alert(1)</script>";
// The renderer escapes "<" (and "&"): enough for text, where ">" opens nothing.
const ESCAPED = "&lt;b>Ana&lt;/b> Editor&lt;script>alert(1)&lt;/script>";
const LABELS = { en: "Author", fr: "Auteur ou autrice", es: "Autoría", ar: "الكاتب" } as const;
const DIRS = { en: "ltr", fr: "ltr", es: "ltr", ar: "rtl" } as const;

function hostileAuthorFixture(dir: string): string {
  const xml = fs
    .readFileSync(path.join(HERE, "fixtures/polylang.xml"), "utf8")
    .replace("<![CDATA[Ana Editor]]>", `<![CDATA[${HOSTILE}]]>`);
  expect(xml).toContain(HOSTILE);
  const file = path.join(dir, "polylang-hostile-author.xml");
  fs.writeFileSync(file, xml);
  return file;
}

for (const dialect of DIALECTS) {
  describe(`WordPress authors become bylines (${dialect})`, () => {
    it("stores the author's name as the item's byline, never an account; the article shows it escaped in every language; again changes nothing", async () => {
      const t = await buildTestApp(dialect, {
        config: { languages: ["en", "fr", "es", "ar"] },
        now: () => NOW,
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-byline-"));
      try {
        const { db } = t.database;
        const doc = await readWxr(fs.createReadStream(hostileAuthorFixture(dir)));
        const plan = planImport(doc, {
          typeMap: DEFAULT_TYPE_MAP,
          languages: ["en", "fr", "es", "ar"],
          sourceLanguage: "en",
          now: NOW,
        });
        const users = async () =>
          Number(
            (
              await db
                .selectFrom("users")
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const usersBefore = await users();
        const run = () =>
          runWordpressImport(db, {
            plan,
            mediaDir: path.join(t.config.dataDir, "media"),
            isDryRun: false,
            actorId: null,
            now: NOW,
          });
        const report = await run();
        expect(report.created).toBe(2);
        expect(await users()).toBe(usersBefore);
        expect(
          report.lines.find((l) => l.code === "control_characters" && l.postId === "10")?.detail,
        ).toBe("1");
        const item = await findItemBySlug(db, "news", "cities-share-their-climate-plans");
        const revision = await findRevisionById(db, item?.latestRevisionId ?? 0);
        expect(revision?.byline).toBe(CLEAN);
        expect(revision?.authorId).toBeNull();

        const again = await run();
        expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);
        expect((await findItemBySlug(db, "news", item?.slug ?? ""))?.latestRevisionId).toBe(
          revision?.id,
        );

        await t.app.civitas.refreshContentVersion();
        for (const lang of ["en", "fr", "es", "ar"] as const) {
          const page = await t.app.inject({
            url: `/${lang}/news/cities-share-their-climate-plans`,
          });
          expect(page.statusCode, lang).toBe(200);
          expect(page.body).toContain(`<html lang="${lang}" dir="${DIRS[lang]}">`);
          expect(page.body).toContain(
            `<dt>${LABELS[lang]}</dt><dd class="article__byline"><bdi dir="auto">${ESCAPED}</bdi></dd>`,
          );
          expect(page.body).not.toContain("\u202e");
          expect(page.body).not.toContain("<b>Ana");
        }

        const editor = await identityFor(t, "editor");
        const edit = await t.app.inject({
          url: `/admin/content/${item?.id ?? 0}/edit`,
          cookies: editor.cookies,
        });
        expect(edit.statusCode).toBe(200);
        const input = edit.body.slice(edit.body.indexOf('<input id="f-byline"'));
        expect(input.slice(0, input.indexOf("/>"))).toContain(
          'name="byline" aria-describedby="f-byline-hint" value="&lt;b>Ana&lt;/b> Editor&lt;script>',
        );
        expect(
          findLiveScript(edit.body, {
            allowedScriptSrc: /^\/assets\/(?:site|admin)\.[0-9a-f]+\.js$/,
          }),
        ).toEqual([]);
      } finally {
        await t.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
}
