import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveItem } from "../../content/item.service.js";
import { insertCity } from "../../network/directory.repository.js";
import { makeDraft } from "../../content/factories.test-kit.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import type { TranslateDeps } from "../translate.service.js";
import { translateRevision } from "../translate.service.js";
import { memoryOnlyDeps, prefillUnits, publishTranslated } from "./review.test-kit.js";
import { REPORTS_PER_HOUR } from "./public.routes.js";
import { deleteTerm, upsertTerm } from "../glossary.repository.js";
import { insertReport } from "./report.repository.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const LANGUAGES = ["fr", "es", "ar"] as const;
const SHARED = "The steering committee meets in May.";
const BROKEN_FR = "Le comité comité directeur se réunit en mai.";
const FIXED_FR = "Le comité directeur se réunit en mai.";

/** A stand-in translator: known sentences, else the source marked with the language. */
function translator(language: string) {
  return (source: string) =>
    source === SHARED && language === "fr" ? BROKEN_FR : `[${language}] ${source}`;
}

for (const dialect of DIALECTS) {
  describe(`reader reports and the reviewer workspace on ${dialect}`, () => {
    let t: TestApp;
    let deps: TranslateDeps;
    let first: { itemId: number; revisionId: number };
    let second: { itemId: number; revisionId: number };
    let reviewer: TestIdentity;

    beforeAll(async () => {
      t = await buildTestApp(dialect, {
        config: {
          languages: ["en", ...LANGUAGES],
          translation: {
            engine: "none",
            policies: { fr: "immediate", es: "immediate", ar: "immediate" },
          },
        },
      });
      deps = memoryOnlyDeps(t.database.db, t.config, () => NOW);
      const publish = async (draft: Parameters<typeof makeDraft>[0]) => {
        const done = await publishTranslated(deps, {
          draft,
          language: "fr",
          translate: translator("fr"),
        });
        for (const language of ["es", "ar"]) {
          await prefillUnits(deps, {
            revisionId: done.revisionId,
            language,
            translate: translator(language),
          });
          await translateRevision(deps, { revisionId: done.revisionId, languages: [language] });
        }
        return done;
      };
      first = await publish({
        slug: "spring-meeting",
        title: "Spring meeting",
        body: `Mayors gather in Lisbon. ${SHARED}\n\n## Agenda\n\nThe agenda is short.`,
      });
      second = await publish({
        slug: "committee-news",
        title: "Committee news",
        body: `News from the network.\n\n${SHARED} It elects a chair.`,
      });
      await t.app.civitas.refreshContentVersion();
      reviewer = await identityFor(t, "reviewer");
    });
    afterAll(async () => {
      await t?.close();
    });

    const report = (fields: Record<string, string>, ip = "198.51.100.1", lang = "fr") =>
      t.app.inject({
        method: "POST",
        url: `/${lang}/translation-report`,
        remoteAddress: ip,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody(fields),
      });

    async function positionOf(revisionId: number, text: string): Promise<number> {
      const row = await t.database.db
        .selectFrom("revisionSegments as rs")
        .innerJoin("sourceSegments as s", "s.hash", "rs.hash")
        .select("rs.position")
        .where("rs.revisionId", "=", revisionId)
        .where("s.text", "=", text)
        .executeTakeFirstOrThrow();
      return row.position;
    }

    /** A page in French: its slug there comes from the translated title, so the English one redirects. */
    async function frenchPage(slug: string) {
      const first = await t.app.inject({ url: `/fr/news/${slug}` });
      if (first.statusCode !== 301) return first;
      return t.app.inject({ url: first.headers.location as string });
    }

    /** The French unit of a revision's (one-sentence) body. */
    const frenchBodyUnit = (revisionId: number) =>
      t.database.db
        .selectFrom("translationUnits as u")
        .innerJoin("revisionSegments as rs", "rs.hash", "u.sourceHash")
        .select("u.id")
        .where("rs.revisionId", "=", revisionId)
        .where("rs.field", "=", "body")
        .where("u.targetLanguage", "=", "fr")
        .executeTakeFirstOrThrow();

    /** A reviewer's edit of a unit, from the item's review page. */
    const saveEdit = (unitId: number, itemId: number, targetText: string) =>
      t.app.inject({
        method: "POST",
        url: `/admin/review/units/${unitId}`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({
          _csrf: reviewer.csrf,
          action: "edit",
          item: String(itemId),
          targetText,
        }),
      });

    const reportsStored = () =>
      t.database.db.selectFrom("translationReports").selectAll().orderBy("id").execute();

    it("offers a report link per paragraph and the status toggle on a translated page", async () => {
      const page = await frenchPage("spring-meeting");
      expect(page.statusCode).toBe(200);
      const links = page.body.match(/class="report-link" href="[^"]+"/g) ?? [];
      expect(links).toHaveLength(3);
      expect(links[0]).toContain(`/fr/translation-report?item=${first.itemId}&amp;block=0`);
      expect(page.body).toContain(`/fr/translation-status?item=${first.itemId}`);
      const original = await t.app.inject({ url: "/en/news/spring-meeting" });
      expect(original.body).not.toContain("report-link");
    });

    it("serves the form alone for the dialog, a one-sentence paragraph's sentence already chosen", async () => {
      const form = await t.app.inject({
        url: `/fr/translation-report?item=${first.itemId}&block=1&fragment=1`,
      });
      expect(form.statusCode).toBe(200);
      expect(form.headers["cache-control"]).toBe("no-store");
      expect(form.body).not.toContain("<html");
      expect(form.body).toMatch(/^<div class="report-panel" lang="fr" dir="ltr"><h2 /);
      expect(form.body.match(/name="position"/g)).toHaveLength(1);
      expect(form.body).toMatch(/name="position"[^>]*checked/);
      const bad = await t.app.inject({
        url: `/fr/translation-report?item=${first.itemId}&fragment=2`,
      });
      expect(bad.statusCode).toBe(400);
    });

    it("lists a paragraph's sentences with their originals, preselecting the one a reader quoted", async () => {
      const form = await t.app.inject({
        url: `/fr/translation-report?item=${first.itemId}&block=0&quote=${encodeURIComponent("comité comité")}`,
      });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain(BROKEN_FR);
      expect(form.body).toContain("[fr] Mayors gather in Lisbon.");
      expect(form.body).not.toContain("The agenda is short");
      expect(form.body).toContain(`Original\u00a0: ${SHARED}`);
      const position = await positionOf(first.revisionId, SHARED);
      expect(form.body).toMatch(new RegExp(`value="${position}"[^>]*checked`));
      expect(form.body).toContain('name="website"');
    });

    it("stores a report as plain text, thanks the reader in their language, and shows hostile HTML inert", async () => {
      const position = await positionOf(first.revisionId, SHARED);
      const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
      const res = await report({
        item: String(first.itemId),
        position: String(position),
        suggestion: FIXED_FR,
        comment: hostile,
        email: "reader@example.org",
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/fr/translation-report/thanks?item=${first.itemId}`);
      const thanks = await t.app.inject({ url: res.headers.location as string });
      expect(thanks.body).toContain("Merci pour votre signalement");
      const [stored] = await reportsStored();
      expect(stored).toMatchObject({
        itemId: first.itemId,
        language: "fr",
        quotedText: BROKEN_FR,
        suggestion: FIXED_FR,
        comment: hostile,
        email: "reader@example.org",
        status: "open",
      });
      expect(stored?.ipHash).toMatch(/^[0-9a-f]{64}$/);
      const editor = await t.app.inject({
        url: `/admin/review/items/${first.itemId}/fr`,
        cookies: reviewer.cookies,
      });
      expect(editor.statusCode).toBe(200);
      expect(editor.body).toContain("&lt;script>alert(1)&lt;/script>");
      expect(editor.body).not.toContain("<script>alert");
      expect(editor.body).not.toContain("<img src=x");
      expect(editor.body).not.toContain("reader@example.org");
    });

    it.each([
      ["es", "Gracias por su aviso"],
      ["ar", "شكرًا على بلاغك"],
    ])("thanks a reader of %s in that language", async (lang, text) => {
      const res = await report(
        {
          item: String(second.itemId),
          position: String(await positionOf(second.revisionId, SHARED)),
          comment: "—",
        },
        "198.51.100.2",
        lang,
      );
      expect(res.statusCode).toBe(303);
      const thanks = await t.app.inject({ url: res.headers.location as string });
      expect(thanks.body).toContain(text);
      expect(thanks.body).toContain(`lang="${lang}"`);
    });

    it("thanks and forgets a robot that fills the honeypot; refuses oversized or empty reports", async () => {
      const before = (await reportsStored()).length;
      const position = String(await positionOf(first.revisionId, SHARED));
      const trapped = await report(
        { item: String(first.itemId), position, comment: "spam", website: "http://spam.example" },
        "198.51.100.3",
      );
      expect(trapped.statusCode).toBe(303);
      const huge = await report(
        { item: String(first.itemId), position, suggestion: "x".repeat(1001) },
        "198.51.100.3",
      );
      expect(huge.statusCode).toBe(400);
      const empty = await report({ item: String(first.itemId), position }, "198.51.100.3");
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain("Proposez une meilleure formulation");
      const noSentence = await report(
        { item: String(first.itemId), position: "99999", comment: "?" },
        "198.51.100.3",
      );
      expect(noSentence.statusCode).toBe(400);
      expect((await reportsStored()).length).toBe(before);
    });

    it("throttles a flood of reports from one address with 429, not the other readers", async () => {
      const position = String(await positionOf(second.revisionId, SHARED));
      const fields = { item: String(second.itemId), position, comment: "flood" };
      const codes: number[] = [];
      for (let i = 0; i < REPORTS_PER_HOUR + 2; i++) {
        codes.push((await report(fields, "203.0.113.9")).statusCode);
      }
      expect(codes.slice(0, REPORTS_PER_HOUR).every((c) => c === 303)).toBe(true);
      expect(codes.slice(REPORTS_PER_HOUR)).toEqual([429, 429]);
      const refused = await t.app.inject({
        method: "POST",
        url: "/fr/translation-report",
        remoteAddress: "203.0.113.9",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
        payload: formBody(fields),
      });
      expect(refused.statusCode).toBe(429);
      expect(refused.body).toContain("Trop de demandes");
      expect((await report(fields, "203.0.113.10")).statusCode).toBe(303);
      // Keep the queue assertions below about one reported sentence: close the flood.
      await t.database.db
        .updateTable("translationReports")
        .set({ status: "closed" })
        .where("comment", "=", "flood")
        .execute();
    });

    it("puts the reported sentence first in the queue, and filters by language, item, finding and reports", async () => {
      // Other languages' units of the sentence were reported too (above): French only here.
      const queue = await t.app.inject({
        url: "/admin/review?language=fr",
        cookies: reviewer.cookies,
      });
      expect(queue.statusCode).toBe(200);
      const rows = [...queue.body.matchAll(/<tr data-unit="(\d+)">/g)].map((m) => Number(m[1]));
      const unit = await t.database.db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select(["u.id", "u.risk"])
        .where("s.text", "=", SHARED)
        .where("u.targetLanguage", "=", "fr")
        .executeTakeFirstOrThrow();
      expect(rows[0]).toBe(unit.id);
      const filtered = async (query: string) => {
        const res = await t.app.inject({
          url: `/admin/review?${query}`,
          cookies: reviewer.cookies,
        });
        expect(res.statusCode).toBe(200);
        return [...res.body.matchAll(/<tr data-unit="(\d+)">/g)].map((m) => Number(m[1]));
      };
      expect(await filtered("reports=1&language=fr")).toEqual([unit.id]);
      expect(await filtered("code=repeated-word")).toEqual([unit.id]);
      const spanish = await filtered("language=es");
      expect(spanish.length).toBeGreaterThan(0);
      expect(spanish).not.toContain(unit.id);
      const secondOnly = await filtered(`item=${second.itemId}&language=fr`);
      expect(secondOnly).toContain(unit.id);
      expect(secondOnly.length).toBe(5); // title, summary, 3 body sentences
      expect(queue.body.match(/Français<\/strong> ([^<]*)/)?.[1]).toMatch(
        /held for review: [1-9]\d*, reviewed: 0/,
      );
    });

    it("shows an item whose language pair has glossary terms with punctuation (e-mail)", async () => {
      const ids = [];
      for (const sourceTerm of ["e-mail", "Lisbon", "a!#$%&'*+,-./:;<=>?@^_`{|}~\"b"])
        ids.push(
          await upsertTerm(
            t.database.db,
            {
              sourceLanguage: "en",
              targetLanguage: "fr",
              sourceTerm,
              targetTerm: "courriel",
              note: "",
            },
            null,
            NOW.toISOString(),
          ).then((r) => r.id),
        );
      try {
        const editor = await t.app.inject({
          url: `/admin/review/items/${first.itemId}/fr`,
          cookies: reviewer.cookies,
        });
        expect(editor.statusCode).toBe(200);
        expect(editor.body).toContain("courriel");
      } finally {
        for (const id of ids) await deleteTerm(t.database.db, id);
      }
    });

    it("refuses signed-out callers and writes without a CSRF token on every review route", async () => {
      for (const url of ["/admin/review", `/admin/review/items/${first.itemId}/fr`]) {
        const res = await t.app.inject({ url });
        expect(res.statusCode, url).toBe(303);
        expect(res.headers.location).toContain("/admin/sign-in");
      }
      for (const role of ["editor", "admin"] as const) {
        const who = await identityFor(t, role);
        const res = await t.app.inject({ url: "/admin/review", cookies: who.cookies });
        expect(res.statusCode, role).toBe(200);
      }
      const post = await t.app.inject({
        method: "POST",
        url: "/admin/review/units/1",
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ action: "reviewed", item: String(first.itemId) }),
      });
      expect(post.statusCode).toBe(403);
      const anonymous = await t.app.inject({
        method: "POST",
        url: "/admin/review/units/1",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ action: "reviewed", item: "1" }),
      });
      expect(anonymous.statusCode).toBe(303);
    });

    it("accepts a reader's wording: memory fixed, reports closed, every page using the sentence updated", async () => {
      const marksBefore = await t.app.inject({
        url: `/fr/translation-status?item=${second.itemId}`,
      });
      expect(marksBefore.body).toMatch(
        /class="tu tu--machine" title="Original\u00a0: The steering/,
      );
      const [open] = (await reportsStored()).filter((r) => r.status === "open" && r.suggestion);
      expect(open).toBeDefined();
      const res = await t.app.inject({
        method: "POST",
        url: `/admin/review/units/${open?.unitId}`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({
          _csrf: reviewer.csrf,
          action: "accept",
          reportId: String(open?.id),
          item: String(first.itemId),
        }),
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toMatch(
        new RegExp(`^/admin/review/items/${first.itemId}/fr\\?pages=2&reports=\\d+#u-`),
      );
      const unit = await t.database.db
        .selectFrom("translationUnits")
        .selectAll()
        .where("id", "=", open?.unitId ?? 0)
        .executeTakeFirstOrThrow();
      expect(unit).toMatchObject({
        targetText: FIXED_FR,
        state: "reviewed",
        origin: "human",
        errorCount: 0,
        reviewedBy: reviewer.userId,
      });
      const stillOpen = (await reportsStored()).filter(
        (r) => r.status === "open" && r.sourceHash === unit.sourceHash && r.language === "fr",
      );
      expect(stillOpen).toEqual([]);
      for (const url of ["spring-meeting", "committee-news"]) {
        const page = await frenchPage(url);
        expect(page.body, url).toContain(FIXED_FR);
        expect(page.body, url).not.toContain("comité comité");
      }
      const marks = await t.app.inject({ url: `/fr/translation-status?item=${second.itemId}` });
      expect(marks.body).toMatch(/class="tu tu--reviewed" title="Original\u00a0: The steering/);
      const audit = await t.database.db
        .selectFrom("auditLog")
        .selectAll()
        .where("subjectType", "=", "translation_unit")
        .execute();
      expect(audit).toHaveLength(1);
      const queue = await t.app.inject({
        url: "/admin/review?reports=1&language=fr",
        cookies: reviewer.cookies,
      });
      expect(queue.body).not.toContain(`data-unit="${unit.id}"`);
    });

    it("checks a reviewer's wording with the network's places: a city's own name is no lost name", async () => {
      await insertCity(t.database.db, {
        slug: "pretoria",
        name: "Pretoria",
        localName: "Tshwane",
        country: "ZA",
        region: "africa",
        latitude: -25.75,
        longitude: 28.19,
        hubId: null,
        memberSince: null,
        website: null,
        contactPersonId: null,
        tagSlug: null,
        profile: "",
        sourceLanguage: "en",
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
      const { itemId, revisionId } = await publishTranslated(deps, {
        draft: { slug: "pretoria-meeting", body: "The mayors met in Pretoria." },
        language: "fr",
        translate: (s) => (s.includes("Pretoria") ? "Les maires se sont réunis à Pretoria." : s),
      });
      const unit = await frenchBodyUnit(revisionId);
      const saved = await saveEdit(unit.id, itemId, "Les maires se sont réunis à Tshwane.");
      expect(saved.statusCode).toBe(303);
      const stored = await t.database.db
        .selectFrom("translationUnits")
        .select(["targetText", "findings"])
        .where("id", "=", unit.id)
        .executeTakeFirstOrThrow();
      expect(stored.targetText).toBe("Les maires se sont réunis à Tshwane.");
      const codes = (JSON.parse(stored.findings) as { code: string }[]).map((f) => f.code);
      expect(codes).not.toContain("entity-missing");
      expect(codes).not.toContain("entity-added");
    });

    it("explains the risk number on the queue and on a page's review desk", async () => {
      for (const url of ["/admin/review", `/admin/review/items/${first.itemId}/fr`]) {
        const page = await t.app.inject({ url, cookies: reviewer.cookies });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toContain(
          "Risk runs from 0 to 1: each error the checks found adds 0.4",
        );
      }
    });

    it("refuses an edit whose codes do not match the original, and saves a good one", async () => {
      const { itemId, revisionId } = await publishTranslated(deps, {
        draft: { slug: "linked", body: "Read the **annual report** today." },
        language: "fr",
        translate: (s) =>
          s.includes("annual") ? 'Lisez le <g id="1">rapport</g> aujourd’hui.' : s,
      });
      const unit = await frenchBodyUnit(revisionId);
      const save = (targetText: string) => saveEdit(unit.id, itemId, targetText);
      const lost = await save("Lisez le rapport annuel aujourd’hui.");
      expect(lost.statusCode).toBe(400);
      expect(lost.body).toContain("missing-id");
      const good = await save('Lisez le <g id="1">rapport annuel</g> aujourd’hui.');
      expect(good.statusCode).toBe(303);
      await t.app.civitas.refreshContentVersion();
      const page = await frenchPage("linked");
      expect(page.body).toContain("<strong>rapport annuel</strong>");
    });

    it("names fields in words and gives the codes hint only to sentences with codes", async () => {
      const { itemId } = await publishTranslated(deps, {
        draft: {
          slug: "worded",
          title: "Worded item",
          body: "Read the **annual report** today.\n\nPlain words are here.",
          tags: ["Climate"],
        },
        language: "fr",
        translate: (s) =>
          s.includes("annual") ? 'Lisez le <g id="1">rapport</g> aujourd’hui.' : `fr ${s}`,
      });
      const desk = await t.app.inject({
        url: `/admin/review/items/${itemId}/fr`,
        cookies: reviewer.cookies,
      });
      expect(desk.statusCode).toBe(200);
      expect(desk.body).toMatch(/Sentence \d+ \(Title\)/);
      expect(desk.body).toMatch(/Sentence \d+ \(Body\)/);
      expect(desk.body).toMatch(/Sentence \d+ \(Tag: Climate\)/);
      expect(desk.body).not.toMatch(/\((title|body|tag:\d+)\)/);
      expect(desk.body.match(/Keep the g and x codes/g)?.length).toBe(1);
    });

    it("puts open reader reports on a reviewer's dashboard and no Edit link they cannot use", async () => {
      const { itemId } = await publishTranslated(deps, {
        draft: { slug: "reported-on-dashboard", title: "Reported story", body: "One line." },
        language: "fr",
        translate: (s) => `fr ${s}`,
      });
      const unit = await t.database.db
        .selectFrom("translationUnits as u")
        .innerJoin("revisionSegments as rs", "rs.hash", "u.sourceHash")
        .innerJoin("items as i", "i.latestRevisionId", "rs.revisionId")
        .select(["u.id", "u.sourceHash"])
        .where("i.id", "=", itemId)
        .where("u.targetLanguage", "=", "fr")
        .executeTakeFirstOrThrow();
      for (const n of [1, 2]) {
        await insertReport(t.database.db, {
          unitId: unit.id,
          sourceHash: unit.sourceHash,
          language: "fr",
          itemId,
          quotedText: "fr One line.",
          suggestion: `Une ligne ${n}.`,
          comment: "",
          email: null,
          ipHash: `h${n}`,
          now: new Date().toISOString(),
        });
      }
      const dashboard = await t.app.inject({ url: "/admin", cookies: reviewer.cookies });
      expect(dashboard.statusCode).toBe(200);
      expect(dashboard.body).toContain("Reader reports");
      expect(dashboard.body).toContain(
        `<a href="/admin/review/items/${itemId}/fr">Reported story (Français): 2 reports</a>`,
      );
      expect(dashboard.body).toContain('href="/admin/review?reports=1"');
      const editor = await identityFor(t, "editor");

      for (const url of ["/admin/content", "/admin/translations"]) {
        const page = await t.app.inject({ url, cookies: reviewer.cookies });
        expect(page.statusCode).toBe(200);
        expect(page.body).not.toMatch(/\/admin\/content\/\d+\/edit/);
        const editors = await t.app.inject({ url, cookies: editor.cookies });
        expect(editors.body).toMatch(/\/admin\/content\/\d+\/edit/);
      }
    });

    it("shows a word diff of the source for a sentence changed since its translation was reviewed", async () => {
      const { itemId } = await publishTranslated(deps, {
        draft: { slug: "diffed", body: "The network has 40 member cities." },
        language: "fr",
        translate: (s) => `[fr] ${s}`,
      });
      const old = await t.database.db
        .selectFrom("translationUnits as u")
        .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
        .select("u.id")
        .where("s.text", "=", "The network has 40 member cities.")
        .where("u.targetLanguage", "=", "fr")
        .executeTakeFirstOrThrow();
      const reviewed = await t.app.inject({
        method: "POST",
        url: `/admin/review/units/${old.id}`,
        cookies: reviewer.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: reviewer.csrf, action: "reviewed", item: String(itemId) }),
      });
      expect(reviewed.statusCode).toBe(303);
      const edited = await saveItem(t.database.db, {
        itemId,
        draft: makeDraft({ slug: "diffed", body: "The network has 46 member cities." }),
        actorId: null,
        now: NOW,
      });
      await prefillUnits(deps, {
        revisionId: edited.revision.id,
        language: "fr",
        translate: (s) => `[fr] ${s}`,
      });
      const editor = await t.app.inject({
        url: `/admin/review/items/${itemId}/fr`,
        cookies: reviewer.cookies,
      });
      expect(editor.body).toContain("<del>40</del><ins>46</ins>");
      expect(editor.body).toContain("[fr] The network has 40 member cities.");
    });
  });
}
