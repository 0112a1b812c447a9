import { buildJobs } from "../../../jobs.js";
import { JobWorker } from "../../../platform/jobs/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { findItemById, listRevisionsOfItem } from "../item.repository.js";
import { saveItem } from "../item.service.js";
import { makeDraft } from "../factories.test-kit.js";

for (const dialect of DIALECTS) {
  describe(`content workspace on ${dialect}`, () => {
    let t: TestApp;
    let editor: TestIdentity;

    const post = (url: string, fields: Record<string, string>, who = editor) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: who.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: who.csrf, ...fields }),
      });
    const get = (url: string, who = editor) => t.app.inject({ url, cookies: who.cookies });
    const idFrom = (location: string | undefined) =>
      Number(/\/admin\/content\/(\d+)/.exec(location ?? "")?.[1]);

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      editor = await identityFor(t, "editor");
    });
    afterAll(async () => {
      await t.close();
    });

    it("creates a draft with an automatic slug, then shows it in the editor", async () => {
      const res = await post("/admin/content", {
        type: "news",
        title: "Mayors meet in Oslo",
        summary: "A summary.",
        body: "First line.",
        tags: "climate, Mayors",
      });
      expect(res.statusCode).toBe(303);
      const id = idFrom(res.headers.location);
      const item = await findItemById(t.database.db, id);
      expect(item).toMatchObject({ slug: "mayors-meet-in-oslo", status: "draft" });
      const page = await get(`/admin/content/${id}/edit?notice=saved`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('value="Mayors meet in Oslo"');
      expect(page.body).toContain('value="climate, Mayors"');
    });

    it("keeps the public page unchanged until the new revision is published", async () => {
      const created = await post("/admin/content", {
        type: "news",
        title: "Live title",
        body: "Old body.",
      });
      const id = idFrom(created.headers.location);
      expect((await post(`/admin/content/${id}/publish`, {})).statusCode).toBe(303);
      expect((await t.app.inject("/en/news/live-title")).body).toContain("Old body.");
      const saved = await post(`/admin/content/${id}`, {
        type: "news",
        title: "Live title",
        slug: "live-title",
        body: "New body.",
      });
      expect(saved.statusCode).toBe(303);
      const live = await t.app.inject("/en/news/live-title");
      expect(live.body).toContain("Old body.");
      expect(live.body).not.toContain("New body.");
      const preview = await get(`/admin/content/${id}/preview`);
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain("New body.");
      expect(preview.body).toContain('<meta name="robots" content="noindex, nofollow"/>');
      expect(preview.body).toContain('class="preview-banner"');
      expect(preview.headers["x-robots-tag"]).toBe("noindex, nofollow");
      await post(`/admin/content/${id}/publish`, {});
      expect((await t.app.inject("/en/news/live-title")).body).toContain("New body.");
    });

    it("removes the public page when an item is unpublished, and records who did it", async () => {
      const created = await post("/admin/content", { type: "news", title: "Short lived" });
      const id = idFrom(created.headers.location);
      await post(`/admin/content/${id}/publish`, {});
      expect((await t.app.inject("/en/news/short-lived")).statusCode).toBe(200);
      expect((await post(`/admin/content/${id}/unpublish`, {})).statusCode).toBe(303);
      expect((await t.app.inject("/en/news/short-lived")).statusCode).toBe(404);
      expect(await findItemById(t.database.db, id)).toMatchObject({
        status: "draft",
        publishedRevisionId: null,
      });
      const audit = await t.database.db
        .selectFrom("auditLog")
        .select(["action", "actorId"])
        .where("subjectType", "=", "item")
        .where("subjectId", "=", String(id))
        .orderBy("id")
        .execute();
      expect(audit.map((a) => a.action)).toEqual(["created", "published", "unpublished"]);
      expect(audit.every((a) => a.actorId === editor.userId)).toBe(true);
    });

    it("archives and schedules", async () => {
      const a = idFrom(
        (await post("/admin/content", { type: "news", title: "To archive" })).headers.location,
      );
      await post(`/admin/content/${a}/archive`, {});
      expect(await findItemById(t.database.db, a)).toMatchObject({ status: "archived" });
      const s = idFrom(
        (await post("/admin/content", { type: "news", title: "To schedule" })).headers.location,
      );
      expect(
        (await post(`/admin/content/${s}/schedule`, { scheduledFor: "2027-01-01T08:00" }))
          .statusCode,
      ).toBe(303);
      expect(await findItemById(t.database.db, s)).toMatchObject({
        status: "scheduled",
        scheduledFor: "2027-01-01T08:00:00.000Z",
      });
      // The durable queue holds the publication; a worker started after a restart publishes it on time.
      const worker = new JobWorker({
        db: t.database.db,
        jobs: buildJobs({
          db: t.database.db,
          config: t.app.civitas.config,
          translation: t.app.civitas.translation,
        }),
        workerId: "after-restart",
        pollMs: 10,
        lockMs: 60_000,
        now: () => new Date("2027-01-01T08:00:01Z"),
      });
      // The publication, and the news of earlier publications for the modules that follow content.
      let ran = 0;
      for (let n = await worker.runOnce(); n > 0; n = await worker.runOnce()) ran += n;
      expect(ran).toBeGreaterThanOrEqual(1);
      expect(await findItemById(t.database.db, s)).toMatchObject({ status: "published" });
      expect(
        (await post(`/admin/content/${s}/schedule`, { scheduledFor: "2020-01-01T08:00" }))
          .statusCode,
      ).toBe(400);
      expect(
        (await post(`/admin/content/${s}/schedule`, { scheduledFor: "soon" })).statusCode,
      ).toBe(400);
    });

    it("schedules in the editor's time zone and stores UTC; refuses an unknown zone", async () => {
      const s = idFrom(
        (await post("/admin/content", { type: "news", title: "Zoned" })).headers.location,
      );
      const res = await post(`/admin/content/${s}/schedule`, {
        scheduledFor: "2027-07-01T09:00",
        timeZone: "Europe/Paris",
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/admin/content/${s}/edit?notice=scheduled`);
      expect(await findItemById(t.database.db, s)).toMatchObject({
        scheduledFor: "2027-07-01T07:00:00.000Z",
      });
      const bad = await post(`/admin/content/${s}/schedule`, {
        scheduledFor: "2027-07-01T09:00",
        timeZone: "Mars/Olympus",
      });
      expect(bad.statusCode).toBe(400);
    });

    it("offers a new draft only save and publish, then says what publishing did with a link", async () => {
      const id = idFrom(
        (await post("/admin/content", { type: "news", title: "Fresh draft" })).headers.location,
      );
      const draft = await get(`/admin/content/${id}/edit?notice=saved`);
      expect(draft.body).toContain(`action="/admin/content/${id}/publish"`);
      expect(draft.body).toContain(`action="/admin/content/${id}/schedule"`);
      expect(draft.body).not.toContain(`/admin/content/${id}/unpublish`);
      expect(draft.body).not.toContain(`/admin/content/${id}/archive`);
      expect(draft.body).not.toContain("View on site");
      // A news item's editor keeps the event fields out of sight.
      expect(draft.body).toMatch(/<fieldset data-event-fields[^>]* hidden[ >=]/);

      const published = await post(`/admin/content/${id}/publish`, {
        publishedAt: "2026-03-01T10:00",
        timeZone: "America/New_York",
      });
      expect(published.headers.location).toBe(`/admin/content/${id}/edit?notice=published`);
      expect(await findItemById(t.database.db, id)).toMatchObject({
        publishedAt: "2026-03-01T15:00:00.000Z",
      });
      const live = await get(published.headers.location ?? "");
      expect(live.body).toContain("“Fresh draft” is published.");
      expect(live.body).toMatch(/data-editor-notice[^>]*>[^<]*<a href="\/en\/news\/fresh-draft">/);
      expect(live.body).toContain(`/admin/content/${id}/unpublish`);
      expect(live.body).toContain("Update the live page");

      await post(`/admin/content/${id}`, { type: "news", title: "Fresh draft", body: "More." });
      const again = await post(`/admin/content/${id}/publish`, {});
      expect(again.headers.location).toBe(`/admin/content/${id}/edit?notice=updated`);
      const unpublished = await post(`/admin/content/${id}/unpublish`, {});
      expect(unpublished.headers.location).toBe(`/admin/content/${id}/edit?notice=unpublished`);
      const after = await get(`/admin/content/${id}/edit`);
      // Once published, it may be archived, even while it is a draft again.
      expect(after.body).toContain(`/admin/content/${id}/archive`);
      expect(after.body).not.toContain(`/admin/content/${id}/unpublish`);
    });

    it("answers the editor's autosave with JSON: the saved item, or the fields to fix", async () => {
      const autosave = (url: string, fields: Record<string, string>) =>
        t.app.inject({
          method: "POST",
          url,
          cookies: editor.cookies,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "x-civitas-autosave": "1",
          },
          payload: formBody({ _csrf: editor.csrf, ...fields }),
        });
      const created = await autosave("/admin/content", { type: "news", title: "Autosaved" });
      expect(created.statusCode).toBe(200);
      const body = created.json<{ itemId: number; revision: number; editUrl: string }>();
      expect(body).toMatchObject({ revision: 1, editUrl: `/admin/content/${body.itemId}/edit` });
      const again = await autosave(`/admin/content/${body.itemId}`, {
        type: "news",
        title: "Autosaved",
        body: "More words.",
      });
      expect(again.json()).toMatchObject({ itemId: body.itemId, revision: 2 });
      const refused = await autosave(`/admin/content/${body.itemId}`, { type: "news", title: "" });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toEqual({ error: { code: "invalid_draft", fields: ["title"] } });
      const noToken = await t.app.inject({
        method: "POST",
        url: `/admin/content/${body.itemId}`,
        cookies: editor.cookies,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-civitas-autosave": "1",
        },
        payload: formBody({ type: "news", title: "No token" }),
      });
      expect(noToken.statusCode).toBe(403);
    });

    it("shows an event's fields on an event", async () => {
      const page = await get("/admin/content/new?type=event");
      expect(page.body).toMatch(/<fieldset data-event-fields(="[^"]*")?>/);
    });

    it("restores an old revision as a new one and shows the changes between revisions", async () => {
      const now = new Date("2026-11-20T10:00:00Z");
      const draft = makeDraft({ title: "First <title>", body: "line one\nline two" });
      const first = await saveItem(t.database.db, { draft, actorId: editor.userId, now });
      const id = first.item.id;
      const second = await saveItem(t.database.db, {
        itemId: id,
        draft: { ...draft, title: "Second title", body: "line one\nline 2" },
        actorId: editor.userId,
        now,
      });
      const diff = await get(
        `/admin/content/${id}/revisions/diff?from=${first.revision.id}&to=${second.revision.id}`,
      );
      expect(diff.statusCode).toBe(200);
      expect(diff.body).toContain("<del>- First &lt;title>");
      expect(diff.body).toContain("<ins>+ Second title");
      expect(diff.body).toContain("<del>- line two");
      expect(diff.body).toContain("<ins>+ line 2");
      const restored = await post(
        `/admin/content/${id}/revisions/${first.revision.id}/restore`,
        {},
      );
      expect(restored.statusCode).toBe(303);
      const revisions = await listRevisionsOfItem(t.database.db, id);
      expect(revisions.map((r) => r.number)).toEqual([3, 2, 1]);
      expect(revisions[0]?.title).toBe("First <title>");
      const history = await get(`/admin/content/${id}/revisions`);
      expect(history.body).toMatch(/<td>editor \d+<\/td>/);
      expect(history.body).toContain("First &lt;title>");
      const other = await saveItem(t.database.db, { draft: makeDraft(), actorId: null, now });
      const foreign = `/admin/content/${id}/revisions/${other.revision.id}/restore`;
      expect((await post(foreign, {})).statusCode).toBe(404);
      expect((await get(`/admin/content/${id}/revisions/diff?from=x&to=1`)).statusCode).toBe(400);
    });

    it("re-renders a refused form with 400, messages next to the fields and everything typed", async () => {
      const typed = {
        type: "event",
        title: "",
        summary: "My careful <summary>",
        body: "A long body\nthat must not be lost & more",
        tags: "one, two",
        location: "Town hall",
        videoUrl: "javascript:alert(1)",
        startsAt: "tomorrow",
      };
      const res = await post("/admin/content", typed);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="f-title-error"');
      expect(res.body).toContain('id="f-startsAt-error"');
      expect(res.body).toContain('id="f-videoUrl-error"');
      expect(res.body).toContain("My careful &lt;summary>");
      expect(res.body).toContain("A long body\nthat must not be lost &amp; more");
      expect(res.body).toContain('value="one, two"');
      expect(res.body).toContain('value="Town hall"');
      expect(res.body).toContain('value="tomorrow"');
      await post("/admin/content", { type: "news", title: "Taken", slug: "taken" });
      const taken = await post("/admin/content", { type: "news", title: "Other", slug: "taken" });
      expect(taken.statusCode).toBe(400);
      expect(taken.body).toContain('id="f-slug-error"');
      expect(taken.body).toContain('value="Other"');
    });

    it("refuses control and bidirectional override characters in titles, tags and captions", async () => {
      for (const [field, value] of [
        ["title", "Mayors \u202emeet"],
        ["title", "Nul\u0000byte"],
        ["tags", "ok, bad\u2066tag"],
        ["location", "Town\u0007hall"],
        ["summary", "Isolated \u2067text"],
      ] as const) {
        const res = await post("/admin/content", { type: "news", title: "Fine", [field]: value });
        expect(res.statusCode, `${field} ${JSON.stringify(value)}`).toBe(400);
        expect(res.body).toContain(`id="f-${field}-error"`);
        expect(res.body).toContain("invisible control or text-direction characters");
      }
      const arabic = await post("/admin/content", {
        type: "news",
        title: "\u200fالمدن القوية\u200e 2026",
      });
      expect(arabic.statusCode).toBe(303);
      const api = await t.app.inject({
        method: "POST",
        url: "/api/v1/content",
        cookies: editor.cookies,
        headers: { "content-type": "application/json", "x-csrf-token": editor.csrf },
        payload: JSON.stringify({ ...makeDraft({ slug: "via-api" }), title: "A\u202eB" }),
      });
      expect(api.statusCode).toBe(400);
      expect(api.json()).toMatchObject({ error: { code: "invalid_request" } });
    });

    it("refuses images served by another website, which the CSP would block, saying why", async () => {
      for (const body of [
        "Look: ![A map](https://maps.example.com/lisbon.png)",
        'Raw: <img src="http://tracker.example/pixel.gif" alt="">',
        "![Relative to the protocol](//cdn.example/a.jpg)",
        "Reference: ![a map][map]\n\n[map]: https://Maps.Example.com/x.png",
      ]) {
        const res = await post("/admin/content", { type: "news", title: "Images", body });
        expect(res.statusCode, body).toBe(400);
        expect(res.body).toContain('id="f-body-error"');
        expect(res.body).toContain("Images must come from the media library");
        expect(res.body).toContain(body.slice(0, 4)); // what was typed is kept
      }
      const api = await t.app.inject({
        method: "POST",
        url: "/api/v1/content",
        cookies: editor.cookies,
        headers: { "content-type": "application/json", "x-csrf-token": editor.csrf },
        payload: JSON.stringify(
          makeDraft({ slug: "remote-image", body: "![x](https://maps.example.com/x.png)" }),
        ),
      });
      expect(api.statusCode).toBe(400);
      expect(api.json()).toMatchObject({ error: { code: "invalid_request" } });
      // Images of the media library, and links to other websites, are fine; so is code.
      const fine = await post("/admin/content", {
        type: "news",
        title: "Local images",
        body: "![Hall](/media/img-abc-960.jpg)\n\n[A site](https://example.com)\n\n`![x](https://a.example/x.png)`",
      });
      expect(fine.statusCode).toBe(303);
    });

    it("shows only the title's message when the title is empty, not a slug error too", async () => {
      const res = await post("/admin/content", { type: "news", title: "", body: "Text." });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="f-title-error"');
      expect(res.body).not.toContain('id="f-slug-error"');
    });

    it("says the limit when a field is too long", async () => {
      const res = await post("/admin/content", { type: "news", title: "x".repeat(501) });
      expect(res.statusCode).toBe(400);
      expect(res.body).toMatch(/id="f-title-error">This is too long: at most 500 characters\.</);
    });

    it("cleans a typed slug with spaces and capitals instead of refusing it", async () => {
      const res = await post("/admin/content", {
        type: "news",
        title: "Cleaned slug",
        slug: "  My Summer Plan 2027! ",
      });
      expect(res.statusCode).toBe(303);
      const item = await findItemById(t.database.db, idFrom(res.headers.location));
      expect(item?.slug).toBe("my-summer-plan-2027");
      const empty = await post("/admin/content", { type: "news", title: "From title", slug: "!!" });
      expect(empty.statusCode).toBe(303);
      expect((await findItemById(t.database.db, idFrom(empty.headers.location)))?.slug).toBe(
        "from-title",
      );
    });

    it("accepts a long body written in a non-Latin script", async () => {
      const body = "Ελληνικά κείμενα. ".repeat(12_000);
      const res = await post("/admin/content", { type: "news", title: "Long read", body });
      expect(res.statusCode).toBe(303);
    });

    it("stores event times in the event's time zone", async () => {
      const res = await post("/admin/content", {
        type: "event",
        title: "Summit in Paris",
        startsAt: "2027-06-01T18:30",
        endsAt: "2027-06-01T20:00",
        timeZone: "Europe/Paris",
        attendanceMode: "offline",
      });
      expect(res.statusCode).toBe(303);
      const page = await get(`/admin/content/${idFrom(res.headers.location)}/edit`);
      expect(page.body).toContain('value="2027-06-01T18:30"');
      const revision = await t.database.db
        .selectFrom("revisions")
        .select("startsAt")
        .where("title", "=", "Summit in Paris")
        .executeTakeFirst();
      expect(revision?.startsAt).toBe("2027-06-01T16:30:00.000Z");
    });

    it("filters the list by type, status, tag and title, escaping LIKE wildcards", async () => {
      const now = new Date("2026-11-20T10:00:00Z");
      const db = t.database.db;
      await saveItem(db, {
        draft: makeDraft({ title: "Growth 100% green", tags: ["Rare tag"] }),
        actorId: null,
        now,
      });
      await saveItem(db, { draft: makeDraft({ title: "Growth 1000 green" }), actorId: null, now });
      await saveItem(db, {
        draft: makeDraft({ type: "resource", title: "Toolkit_x" }),
        actorId: null,
        now,
      });
      await saveItem(db, {
        draft: makeDraft({ type: "resource", title: "Toolkitax" }),
        actorId: null,
        now,
      });
      const percent = await get(`/admin/content?q=${encodeURIComponent("100%")}`);
      expect(percent.statusCode).toBe(200);
      expect(percent.body).toContain("Growth 100% green");
      expect(percent.body).not.toContain("Growth 1000 green");
      const underscore = await get("/admin/content?q=KIT_x");
      expect(underscore.body).toContain("Toolkit_x");
      expect(underscore.body).not.toContain("Toolkitax");
      const resources = await get("/admin/content?type=resource&status=draft");
      expect(resources.body).toContain("Toolkit_x");
      expect(resources.body).not.toContain("Growth");
      const tagged = await get("/admin/content?tag=rare-tag&type=&status=");
      expect(tagged.body).toContain("Growth 100% green");
      expect(tagged.body).not.toContain("Growth 1000 green");
      expect((await get("/admin/content?tag=unknown-tag")).body).not.toContain("Growth");
      for (const bad of ["type=bogus", "status=gone", "page=0", "tag=Not%20a%20slug"]) {
        expect((await get(`/admin/content?${bad}`)).statusCode, bad).toBe(400);
      }
    });

    it("paginates the list", async () => {
      const now = new Date("2026-11-20T10:00:00Z");
      for (let i = 0; i < 26; i += 1) {
        await saveItem(t.database.db, {
          draft: makeDraft({ title: `Paged ${i}` }),
          actorId: null,
          now,
        });
      }
      const first = await get("/admin/content?q=paged");
      expect(first.body).toContain('rel="next"');
      expect(first.body).toContain("q=paged&amp;page=2");
      const second = await get("/admin/content?q=paged&page=2");
      expect(second.body).toContain('rel="prev"');
      expect((second.body.match(/<tr/g) ?? []).length).toBe(2);
    });
  });
}
