import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { findUnits, listRevisionSegments } from "../memory.repository.js";
import { memoryOnlyDeps, publishTranslated } from "../review/review.test-kit.js";
import type { TranslateDeps } from "../translate.service.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const HOSTILE = `<img src=x onerror=alert(1)>`;
const ARABIC: Record<string, string> = {
  "Water for every district": "الماء لكل حي",
  "Cities share their plans.": "تتبادل المدن خططها.",
  "The network meets in May.": "تجتمع الشبكة في مايو.",
  "Mayors vote on the budget.": "يصوّت رؤساء البلديات على الميزانية.",
};

for (const dialect of DIALECTS) {
  describe(`the translation desk on ${dialect}`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    let item: { itemId: number; revisionId: number };
    let reviewer: TestIdentity;

    beforeAll(async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "ar"],
          translation: { engine: "none", policies: { fr: "review", ar: "review" } },
        },
      });
      deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      // French gets machine drafts (held: the policy waits for a person); Arabic has no engine, so nothing.
      item = await publishTranslated(deps, {
        draft: {
          slug: "water-plan",
          title: "Water for every district",
          summary: "Cities share their plans.",
          body: "The network meets in May. Mayors vote on the budget.",
        },
        language: "fr",
        translate: (source) => `[fr] ${source}`,
      });
      await t.app.civitas.refreshContentVersion();
      reviewer = await identityFor(t, "reviewer");
    });
    afterAll(async () => {
      await t?.close();
    });

    const deskUrl = (lang: string) => `/admin/desk/items/${item.itemId}/${lang}`;
    const hashes = async () =>
      (await listRevisionSegments(t.database.db, item.revisionId)).map((s) => s.hash);
    const hashOf = async (text: string) => {
      const segments = await listRevisionSegments(t.database.db, item.revisionId);
      const found = segments.find((s) => s.text === text);
      if (!found) throw new Error(`no segment ${text}`);
      return found.hash;
    };
    const saveJson = (lang: string, hash: string, targetText: string, csrf = reviewer.csrf) =>
      t.app.inject({
        method: "POST",
        url: `${deskUrl(lang)}/sentences/${hash}`,
        cookies: reviewer.cookies,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
          "x-csrf-token": csrf,
        },
        payload: formBody({ targetText }),
      });
    const publish = (lang: string) =>
      t.app.inject({
        method: "POST",
        url: `${deskUrl(lang)}/publish`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: reviewer.csrf }),
      });

    it("sends a signed-out visitor to sign in and lets a reviewer and an editor in", async () => {
      const anonymous = await t.app.inject({ url: deskUrl("ar") });
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.headers.location).toContain("/admin/sign-in");
      const post = await t.app.inject({ method: "POST", url: `${deskUrl("ar")}/publish` });
      expect(post.statusCode).toBe(303);
      expect(post.headers.location).toContain("/admin/sign-in");
      // translations.review is every workspace role's (policy.ts): no role is refused the desk.
      const editor = await identityFor(t, "editor");
      const asEditor = await t.app.inject({ url: deskUrl("ar"), cookies: editor.cookies });
      expect(asEditor.statusCode).toBe(200);
      const page = await t.app.inject({ url: deskUrl("ar"), cookies: reviewer.cookies });
      expect(page.statusCode).toBe(200);
      expect(page.headers["cache-control"]).toBe("no-store");
    });

    it("is linked from the review desk's item page and from the translations table", async () => {
      const review = await t.app.inject({
        url: `/admin/review/items/${item.itemId}/ar`,
        cookies: reviewer.cookies,
      });
      expect(review.body).toContain(`href="${deskUrl("ar")}"`);
      const table = await t.app.inject({ url: "/admin/translations", cookies: reviewer.cookies });
      expect(table.body).toContain(`href="${deskUrl("fr")}">Translate in the desk</a>`);
      expect(table.body).toContain(`href="${deskUrl("ar")}">Translate in the desk</a>`);
    });

    it("answers 404 for the source language, an unknown language or item", async () => {
      for (const url of [
        deskUrl("en"),
        deskUrl("de"),
        `/admin/desk/items/999999/ar`,
        `/admin/desk/items/abc/ar`,
      ]) {
        const res = await t.app.inject({ url, cookies: reviewer.cookies });
        expect([400, 404], url).toContain(res.statusCode);
      }
    });

    it("lists the sentences in reading order, field names in words, Arabic right to left from empty fields", async () => {
      const page = await t.app.inject({ url: deskUrl("ar"), cookies: reviewer.cookies });
      const headings = [...page.body.matchAll(/class="desk-sentence__heading"[^>]*>([^<]+)/g)].map(
        (m) => m[1],
      );
      expect(headings).toEqual([
        "Sentence 1 of 4: Title ",
        "Sentence 2 of 4: Summary ",
        "Sentence 3 of 4: Body ",
        "Sentence 4 of 4: Body ",
      ]);
      expect(page.body).toContain("0 of 4 sentences done");
      expect(page.body.match(/<textarea[^>]*lang="ar" dir="rtl"/g)).toHaveLength(4);
      expect(page.body.match(/<p lang="en" dir="ltr" data-desk-source/g)).toHaveLength(4);
      expect(page.body).toMatch(/<textarea[^>]*data-desk-target[^>]*><\/textarea>/);
      expect(page.body).toContain("No machine draft");
      expect(page.body).toMatch(/disabled data-desk-publish/);
    });

    it("shows the French machine draft with why it is held", async () => {
      const page = await t.app.inject({ url: deskUrl("fr"), cookies: reviewer.cookies });
      expect(page.body).toContain("Machine draft");
      expect(page.body).toContain("[fr] Water for every district");
      expect(page.body).toContain("in this language a person reviews every sentence");
      expect(page.body.match(/<textarea[^>]*lang="fr" dir="ltr"/g)).toHaveLength(4);
    });

    it("refuses a save without the CSRF token and stores nothing", async () => {
      const hash = await hashOf("Cities share their plans.");
      const res = await saveJson("ar", hash, "نص", "");
      expect(res.statusCode).toBe(403);
      const form = await t.app.inject({
        method: "POST",
        url: `${deskUrl("ar")}/sentences/${hash}`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ targetText: "نص" }),
      });
      expect(form.statusCode).toBe(403);
      expect((await findUnits(t.database.db, [hash], "ar")).size).toBe(0);
    });

    it("refuses to publish before every sentence is done", async () => {
      const res = await publish("ar");
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain("every sentence needs a person");
      const live = await t.app.inject({ url: "/ar/news/water-plan" });
      expect(live.body).not.toContain("الماء لكل حي");
    });

    it("saves a sentence with no unit yet as a person's translation (JSON), and as a plain form", async () => {
      const title = await hashOf("Water for every district");
      const res = await saveJson("ar", title, ARABIC["Water for every district"] ?? "");
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ saved: true, done: 1, total: 4 });
      const unit = (await findUnits(t.database.db, [title], "ar")).get(title);
      expect(unit).toMatchObject({
        origin: "human",
        state: "reviewed",
        targetText: "الماء لكل حي",
      });
      const summary = await hashOf("Cities share their plans.");
      const form = await t.app.inject({
        method: "POST",
        url: `${deskUrl("ar")}/sentences/${summary}`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: reviewer.csrf, targetText: "تتبادل المدن خططها." }),
      });
      expect(form.statusCode).toBe(303);
      const body = await hashOf("The network meets in May.");
      expect(form.headers.location).toBe(`${deskUrl("ar")}?saved=1#s-${body.slice(0, 16)}`);
      const after = await t.app.inject({
        url: form.headers.location as string,
        cookies: reviewer.cookies,
      });
      expect(after.body).toContain("2 of 4 sentences done");
      expect(after.body).toContain("Sentence saved.");
    });

    it("two first saves of the same sentence at once: the last one wins, none is dropped", async () => {
      // A sentence nobody translated into Arabic yet; two reviewers save it at the same moment.
      const other = await publishTranslated(deps, {
        draft: { slug: "race-plan", title: "Bridges for every river" },
        language: "fr",
        translate: (source) => `[fr] ${source}`,
      });
      const [segment] = await listRevisionSegments(t.database.db, other.revisionId);
      const hash = segment?.hash ?? "";
      const second = await identityFor(t, "reviewer");
      const texts = new Map([
        [reviewer.userId, "جسور لكل نهر"],
        [second.userId, "جسور على كل نهر"],
      ]);
      const save = (who: TestIdentity) =>
        t.app.inject({
          method: "POST",
          url: `/admin/desk/items/${other.itemId}/ar/sentences/${hash}`,
          cookies: who.cookies,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
            "x-csrf-token": who.csrf,
          },
          payload: formBody({ targetText: texts.get(who.userId) ?? "" }),
        });
      const answers = await Promise.all([save(reviewer), save(second)]);
      expect(
        answers.map((res) => res.statusCode),
        answers.map((res) => res.body).join("\n"),
      ).toEqual([200, 200]);
      const unit = (await findUnits(t.database.db, [hash], "ar")).get(hash);
      // Both saves landed: the second wrote over the first (before: its text was dropped).
      expect(unit?.createdBy).not.toBe(unit?.updatedBy);
      expect(unit?.targetText).toBe(texts.get(unit?.updatedBy ?? null));
      expect(unit).toMatchObject({ origin: "human", state: "reviewed" });
    });

    it("refuses an empty translation with a clear error and keeps hostile text inert", async () => {
      const hash = await hashOf("The network meets in May.");
      const empty = await saveJson("ar", hash, "   ");
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.code).toBe("invalid_request");
      // Without JavaScript the refused text comes back in its field, escaped: nothing typed is lost.
      const refused = await t.app.inject({
        method: "POST",
        url: `${deskUrl("ar")}/sentences/${hash}`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: reviewer.csrf, targetText: `<x id="9"/> <script>x</script>` }),
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain("The translation was not saved");
      expect(refused.body).toMatch(/&lt;script(&gt;|>)x&lt;\/script/);
      expect(refused.body).not.toContain("<script>x");
      const hostile = await saveJson("ar", hash, `تجتمع ${HOSTILE}`);
      const page = await t.app.inject({ url: deskUrl("ar"), cookies: reviewer.cookies });
      expect(page.body).not.toContain(HOSTILE);
      if (hostile.statusCode === 200)
        expect(page.body).toContain("&lt;img src=x onerror=alert(1)>");
      else expect(hostile.json().error.message).not.toContain("<script");
    });

    it("shows a sentence's own angle brackets and ampersands as typed, never as entities", async () => {
      const hash = await hashOf("Mayors vote on the budget.");
      const res = await saveJson("fr", hash, "Les maires votent <b> R&D.");
      expect(res.statusCode).toBe(200);
      const unit = (await findUnits(t.database.db, [hash], "fr")).get(hash);
      expect(unit?.targetText).toBe("Les maires votent &lt;b&gt; R&amp;D.");
      const page = await t.app.inject({ url: deskUrl("fr"), cookies: reviewer.cookies });
      expect(page.body).toMatch(/Les maires votent &lt;b(&gt;|>) R&amp;D\./);
      expect(page.body).not.toContain("&amp;lt;b");
      expect(page.body).not.toContain("R&amp;amp;D");
    });

    it("publishes Arabic once every sentence is done: the public page shows it right to left", async () => {
      for (const hash of await hashes()) {
        const [source] = (await listRevisionSegments(t.database.db, item.revisionId))
          .filter((s) => s.hash === hash)
          .map((s) => s.text);
        const res = await saveJson("ar", hash, ARABIC[source ?? ""] ?? "");
        expect(res.statusCode, source).toBe(200);
      }
      const res = await publish("ar");
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`${deskUrl("ar")}?published=live`);
      const desk = await t.app.inject({
        url: res.headers.location as string,
        cookies: reviewer.cookies,
      });
      expect(desk.body).toContain("4 of 4 sentences done");
      expect(desk.body).toContain("The \u2068العربية\u2069 version is live.");
      const live = desk.body.match(/href="(\/ar\/news\/[^"]+)"/)?.[1];
      expect(live).toBeDefined();
      const pub = await t.app.inject({ url: live as string });
      expect(pub.statusCode).toBe(200);
      expect(pub.body).toMatch(/<html lang="ar" dir="rtl"/);
      expect(pub.body).toContain("الماء لكل حي");
      expect(pub.body).toContain("يصوّت رؤساء البلديات على الميزانية.");
    });

    it("accepting the French drafts unchanged makes them a person's and lets French go live", async () => {
      for (const hash of await hashes()) {
        const unit = (await findUnits(t.database.db, [hash], "fr")).get(hash);
        const res = await saveJson("fr", hash, unit?.targetText ?? "");
        expect(res.statusCode).toBe(200);
        expect((await findUnits(t.database.db, [hash], "fr")).get(hash)).toMatchObject({
          origin: "human",
          state: "reviewed",
          targetText: unit?.targetText,
        });
      }
      expect((await publish("fr")).headers.location).toBe(`${deskUrl("fr")}?published=live`);
    });

    it("previews the page in the language with the desk's translations", async () => {
      const res = await t.app.inject({
        url: `${deskUrl("ar")}/preview`,
        cookies: reviewer.cookies,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers["x-robots-tag"]).toBe("noindex, nofollow");
      expect(res.body).toMatch(/<html lang="ar" dir="rtl"/);
      expect(res.body).toContain("الماء لكل حي");
      const anonymous = await t.app.inject({ url: `${deskUrl("ar")}/preview` });
      expect(anonymous.statusCode).toBe(303);
    });
  });
}
