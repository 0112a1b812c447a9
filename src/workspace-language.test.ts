import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveItem } from "./modules/content/item.service.js";
import { makeDraft } from "./modules/content/factories.test-kit.js";
import { updateUser } from "./platform/auth/user.repository.js";
import { EN } from "./platform/i18n/catalogs/en.js";
import { FR } from "./platform/i18n/catalogs/fr.js";
import { getTranslator } from "./platform/i18n/translator.js";
import { buildTestApp, type TestApp } from "./test-support/app.js";
import { DIALECTS } from "./test-support/databases.js";
import { identityFor, type TestIdentity } from "./test-support/sign-in.js";

const UPDATED_AT = "2026-11-20T10:00:00Z";

// The workspace follows the signed-in person's users.preferred_language (read
// with the session on each request), else the site's source language; before
// sign-in, the browser's Accept-Language among the site's languages.
for (const dialect of DIALECTS) {
  describe(`the workspace speaks its user's language on ${dialect}`, () => {
    let t: TestApp;
    const people = new Map<string, TestIdentity>();
    let itemId = 0;

    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr", "es", "ar"] } });
      const saved = await saveItem(t.database.db, {
        draft: makeDraft({ title: "Listed item" }),
        actorId: null,
        now: new Date(UPDATED_AT),
      });
      itemId = saved.item.id;
      const frenchAdmin = await identityFor(t, "admin");
      await updateUser(t.database.db, frenchAdmin.userId ?? 0, { preferredLanguage: "fr" });
      people.set("fr-admin", frenchAdmin);
      for (const language of ["fr", "es", "ar", null] as const) {
        const editor = await identityFor(t, "editor");
        await updateUser(t.database.db, editor.userId ?? 0, { preferredLanguage: language });
        people.set(language ?? "default", editor);
      }
    });
    afterAll(async () => {
      await t.close();
    });

    const get = (url: string, who: string) =>
      t.app.inject({ method: "GET", url, cookies: people.get(who)?.cookies ?? {} });

    it.each([
      ["fr", "ltr"],
      ["es", "ltr"],
      ["ar", "rtl"],
    ] as const)("a %s user sees the dashboard, lists and dates in %s (%s)", async (lang, dir) => {
      const tr = getTranslator(lang);
      const dashboard = await get("/admin", lang);
      expect(dashboard.statusCode).toBe(200);
      expect(dashboard.body).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(dashboard.body).toContain(`>${tr.t("admin.dashboard")}</a>`);
      expect(dashboard.body).toContain(`>${tr.t("translationAdmin.nav")}</a>`);
      expect(dashboard.body).not.toContain(`>${getTranslator("en").t("admin.dashboard")}</a>`);

      const list = await get("/admin/content", lang);
      expect(list.body).toContain(`<html lang="${lang}" dir="${dir}">`);
      const date = tr.formatDate(UPDATED_AT, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "UTC",
      });
      expect(date).not.toBe(
        getTranslator("en").formatDate(UPDATED_AT, {
          dateStyle: "medium",
          timeStyle: "short",
          timeZone: "UTC",
        }),
      );
      expect(list.body).toContain(date);

      const translations = await get("/admin/translations", lang);
      expect(translations.body).toContain(`<html lang="${lang}" dir="${dir}">`);
    });

    it("shows no English interface text on any workspace page of a French administrator", async () => {
      // Messages without arguments whose French differs: any of them on a French page
      // means a view still formats with another language's translator.
      const english = Object.entries(EN)
        .filter(([key, { message }]) => {
          const french = FR[key as keyof typeof FR].message;
          return message.length >= 12 && !/[{<]/.test(message) && french !== message;
        })
        .map(([key, { message }]) => [key, message] as const);
      const pages = t.app.civitas.routes
        .filter((r) => r.startsWith("GET /admin") && !r.includes(":") && !r.includes("*"))
        .map((r) => r.slice(4));
      expect(pages.length).toBeGreaterThan(10);
      const leaks: string[] = [];
      for (const url of pages) {
        const res = await get(url, "fr-admin");
        if (!(res.headers["content-type"] ?? "").toString().startsWith("text/html")) continue;
        expect(res.body, url).toContain('<html lang="fr"');
        for (const [key, message] of english) {
          if (res.body.includes(`>${message}<`)) leaks.push(`${url}: ${key}`);
        }
      }
      expect(leaks).toEqual([]);
    });

    it("keeps an item's own words in its language and direction in an Arabic editor", async () => {
      const editor = await get(`/admin/content/${itemId}/edit`, "ar");
      expect(editor.body).toContain('<html lang="ar" dir="rtl">');
      const title = /<input[^>]*name="title"[^>]*>/.exec(editor.body)?.[0] ?? "";
      expect(title).toContain('lang="en"');
      expect(title).toContain('dir="ltr"');
      const body = /<textarea[^>]*name="body"[^>]*>/.exec(editor.body)?.[0] ?? "";
      expect(body).toContain('lang="en"');
      expect(body).toContain('dir="ltr"');
    });

    it("falls back to the site's source language for a user without a preference", async () => {
      const page = await get("/admin", "default");
      expect(page.body).toContain('<html lang="en" dir="ltr">');
      expect(page.body).toContain(`>${getTranslator("en").t("admin.dashboard")}</a>`);
    });

    it("answers a workspace error page in the user's language", async () => {
      const missing = await get("/admin/content/999999/edit", "fr");
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('<html lang="fr"');
    });

    it("shows the sign-in page in the browser's language among the site's", async () => {
      const ask = (acceptLanguage?: string) =>
        t.app.inject({
          method: "GET",
          url: "/admin/sign-in",
          headers: acceptLanguage ? { "accept-language": acceptLanguage } : {},
        });
      const arabic = await ask("ar-MA,ar;q=0.9,en;q=0.5");
      expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
      expect(arabic.headers.vary).toContain("Accept-Language");
      expect((await ask("de-DE, fr;q=0.8")).body).toContain('<html lang="fr" dir="ltr">');
      expect((await ask("de-DE")).body).toContain('<html lang="en" dir="ltr">');
      expect((await ask()).body).toContain('<html lang="en" dir="ltr">');
    });

    it("keeps every workspace answer out of caches, signed in or not", async () => {
      for (const [url, who] of [
        ["/admin", "fr"],
        ["/admin/content", "fr"],
        ["/admin/account", "ar"],
        ["/admin/sign-in", "nobody"],
        ["/admin/media", "nobody"],
      ] as const) {
        const res = await get(url, who);
        expect(res.headers["cache-control"], url).toBe("no-store");
      }
    });
  });
}
