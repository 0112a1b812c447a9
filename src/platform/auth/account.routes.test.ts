import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { formBody, identityFor } from "../../test-support/sign-in.js";
import { nativeLanguageName } from "./account.routes.js";
import { findUserById } from "./user.repository.js";

describe("nativeLanguageName", () => {
  it("names each language in itself", () => {
    expect(["en", "fr", "es", "ar"].map(nativeLanguageName)).toEqual([
      "English",
      "Français",
      "Español",
      "العربية",
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`the account page on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
    });

    it("lets anyone signed in choose the language of their workspace and notifications among the site's", async () => {
      t = await buildTestApp(dialect, { config: { languages: ["en", "fr", "ar"] } });
      const anonymous = await t.app.inject({ method: "GET", url: "/admin/account" });
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.headers.location).toBe("/admin/sign-in?next=%2Fadmin%2Faccount");

      const reviewer = await identityFor(t, "reviewer");
      const page = await t.app.inject({
        method: "GET",
        url: "/admin/account",
        cookies: reviewer.cookies,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("<option value selected>The site's language (English)</option>");
      expect(page.body).toContain('<option value="fr" lang="fr">Français</option>');
      expect(page.body).toContain('<option value="ar" lang="ar">العربية</option>');
      expect(page.body).not.toContain('value="es"');

      const post = (fields: Record<string, string>) =>
        t!.app.inject({
          method: "POST",
          url: "/admin/account",
          cookies: reviewer.cookies,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          payload: formBody(fields),
        });
      expect((await post({ language: "fr" })).statusCode).toBe(403);
      expect((await post({ language: "fr", _csrf: "forged" })).statusCode).toBe(403);
      for (const bad of ["es", "FR", "<script>", "x".repeat(50)]) {
        expect((await post({ language: bad, _csrf: reviewer.csrf })).statusCode).toBe(400);
      }
      expect((await post({ _csrf: reviewer.csrf })).statusCode).toBe(400);
      const id = reviewer.userId ?? 0;
      expect((await findUserById(t.database.db, id))?.preferredLanguage).toBeNull();

      const saved = await post({ language: "ar", _csrf: reviewer.csrf });
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe("/admin/account?saved=1");
      expect((await findUserById(t.database.db, id))?.preferredLanguage).toBe("ar");
      const after = await t.app.inject({
        method: "GET",
        url: "/admin/account?saved=1",
        cookies: reviewer.cookies,
      });
      // From now on the workspace speaks the chosen language.
      expect(after.body).toContain('<html lang="ar" dir="rtl">');
      expect(after.body).toContain("تم حفظ تفضيلاتك.");
      expect(after.body).toContain('<option value="ar" lang="ar" selected>العربية</option>');
      const audit = await t.database.db
        .selectFrom("auditLog")
        .select(["action", "subjectId", "summary"])
        .where("actorId", "=", id)
        .execute();
      expect(audit).toEqual([
        { action: "changed", subjectId: String(id), summary: "notification language: ar" },
      ]);

      // The empty choice goes back to the site's language.
      await post({ language: "", _csrf: reviewer.csrf });
      expect((await findUserById(t.database.db, id))?.preferredLanguage).toBeNull();
    });
  });
}
