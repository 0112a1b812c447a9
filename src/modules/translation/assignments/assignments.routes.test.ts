import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { publishItem, saveItem } from "../../content/item.service.js";
import { makeDraft } from "../../content/factories.test-kit.js";
import { memoryOnlyDeps, prefillUnits } from "../review/review.test-kit.js";
import { completeFinishedAssignments } from "./assignment.service.js";
import { buildJobs } from "../../../jobs.js";
import { makeWorker } from "../../../platform/jobs/factories.test-kit.js";
import { TranslationRuntime } from "../runtime.js";
import { enqueueUnitChanged } from "../unit-events.js";

const NOW = new Date("2026-11-26T12:00:00Z");

for (const dialect of DIALECTS) {
  describe(`translation assignments on ${dialect}`, () => {
    let t: TestApp;
    let clock = NOW;
    let itemId = 0;
    beforeEach(async () => {
      clock = NOW;
      t = await buildTestApp(dialect, {
        config: { languages: ["en", "fr", "es"], translation: { engine: "none" } },
        now: () => clock,
      });
      const db = t.database.db;
      const saved = await saveItem(db, {
        draft: makeDraft({
          title: "Mayors <meet>",
          summary: "A short summary.",
          body: "Cities work together.\n\nMore to come.",
        }),
        actorId: null,
        now: NOW,
      });
      await publishItem(db, { itemId: saved.item.id, now: NOW });
      await prefillUnits(
        memoryOnlyDeps(db, t.config, () => NOW),
        {
          revisionId: saved.revision.id,
          language: "fr",
          translate: (source) => `[fr] ${source}`,
        },
      );
      itemId = saved.item.id;
    });
    afterEach(async () => {
      await t.close();
    });

    const post = (who: TestIdentity, url: string, fields: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: who.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: who.csrf, ...fields }),
      });
    const get = (who: TestIdentity, url: string) =>
      t.app.inject({ method: "GET", url, cookies: who.cookies });
    const assignment = () =>
      t.database.db.selectFrom("translationAssignments").selectAll().orderBy("id").execute();
    const mailJobs = () =>
      t.database.db
        .selectFrom("jobs")
        .select(["payload"])
        .where("type", "=", "SendAssignmentMailTask")
        .orderBy("id")
        .execute();

    it("lets an editor assign an item's language with a due date in their time zone; the translator sees it in their queue", async () => {
      const editor = await identityFor(t, "editor");
      const translator = await identityFor(t, "reviewer");
      const form = await get(editor, `/admin/assignments/new?item=${itemId}&lang=fr`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain("Mayors &lt;meet>");
      expect(form.body).toContain("data-editor-zone");
      const done = await post(editor, "/admin/assignments", {
        itemId: String(itemId),
        language: "fr",
        assigneeId: String(translator.userId),
        dueAt: "2026-11-30T10:00",
        timeZone: "Europe/Paris",
      });
      expect(done.statusCode).toBe(303);
      expect(done.headers.location).toBe(
        `/admin/assignments/new?item=${itemId}&lang=fr&notice=assigned`,
      );
      const [row] = await assignment();
      expect(row).toMatchObject({
        itemId,
        language: "fr",
        assigneeId: translator.userId,
        assignedBy: editor.userId,
        dueAt: "2026-11-30T09:00:00.000Z",
        status: "open",
      });
      const jobs = await mailJobs();
      expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([
        { assignmentId: row?.id, kind: "assigned", recipientId: translator.userId },
      ]);
      const audit = await t.database.db
        .selectFrom("auditLog")
        .select(["action", "actorId"])
        .where("subjectType", "=", "translation_assignment")
        .execute();
      expect(audit).toEqual([{ action: "created", actorId: editor.userId }]);

      const queue = await get(translator, "/admin/my-translations");
      expect(queue.statusCode).toBe(200);
      expect(queue.body).toContain(`href="/admin/desk/items/${itemId}/fr"`);
      expect(queue.body).toContain("Mayors &lt;meet>");
      // Title, summary and two body sentences: none reviewed yet.
      expect(queue.body).toContain("0 of 4 sentences");
      expect(queue.body).not.toContain("Overdue");
      const dashboard = await get(translator, "/admin");
      expect(dashboard.body).toContain("One translation is assigned to you.");
      expect(dashboard.body).toContain('data-queue-count="1"');
      const cells = await get(editor, "/admin/translations");
      expect(cells.body).toContain(`Assigned to ${"reviewer "}`);
      expect(cells.body).toContain(`/admin/assignments/new?item=${itemId}&amp;lang=fr`);
      const desk = await get(editor, `/admin/review/items/${itemId}/fr`);
      expect(desk.body).toContain('action="/admin/assignments"');

      clock = new Date("2026-12-01T00:00:00Z");
      const late = await get(translator, "/admin/my-translations");
      expect(late.body).toContain("Overdue");
      expect((await get(translator, "/admin")).body).toContain("One of them is overdue.");
    });

    it("refuses a past due date, a missing translator, the source language, a reviewer and a forged token", async () => {
      const editor = await identityFor(t, "editor");
      const translator = await identityFor(t, "reviewer");
      const fields = {
        itemId: String(itemId),
        language: "fr",
        assigneeId: String(translator.userId),
        dueAt: "2026-11-26T12:30",
        timeZone: "Europe/Paris",
      };
      // 12:30 in Paris is 11:30 UTC: already past at noon UTC.
      const past = await post(editor, "/admin/assignments", fields);
      expect(past.statusCode).toBe(400);
      expect(past.body).toContain("That date has already passed");
      expect(past.body).toContain('value="2026-11-26T12:30"');
      const nobody = await post(editor, "/admin/assignments", { ...fields, assigneeId: "" });
      expect(nobody.statusCode).toBe(400);
      expect(nobody.body).toContain("Choose a translator");
      const garbage = await post(editor, "/admin/assignments", { ...fields, dueAt: "soon" });
      expect(garbage.statusCode).toBe(400);
      expect(garbage.body).toContain("Enter a due date");
      const source = await post(editor, "/admin/assignments", {
        ...fields,
        language: "en",
        dueAt: "2026-12-26T12:30",
      });
      expect(source.statusCode).toBe(404);
      const byReviewer = await post(translator, "/admin/assignments", {
        ...fields,
        dueAt: "2026-12-26T12:30",
      });
      expect(byReviewer.statusCode).toBe(403);
      const forged = await t.app.inject({
        method: "POST",
        url: "/admin/assignments",
        cookies: editor.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ ...fields, _csrf: "forged", dueAt: "2026-12-26T12:30" }),
      });
      expect(forged.statusCode).toBe(403);
      expect(await assignment()).toEqual([]);
      expect(await mailJobs()).toEqual([]);
    });

    it("reassigns, cancels, and completes an assignment once every sentence is reviewed, telling the author", async () => {
      const editor = await identityFor(t, "editor");
      const first = await identityFor(t, "reviewer");
      const second = await identityFor(t, "reviewer");
      await t.database.db
        .updateTable("items")
        .set({ authorId: editor.userId })
        .where("id", "=", itemId)
        .execute();
      const assign = (who: TestIdentity) =>
        post(editor, "/admin/assignments", {
          itemId: String(itemId),
          language: "fr",
          assigneeId: String(who.userId),
          dueAt: "2026-12-02T09:00",
        });
      expect((await assign(first)).statusCode).toBe(303);
      expect((await assign(second)).statusCode).toBe(303);
      const rows = await assignment();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.assigneeId).toBe(second.userId);
      expect((await get(first, "/admin/my-translations")).body).toContain(
        "No translation is assigned",
      );
      // The first translator may not close someone else's assignment.
      expect((await post(first, `/admin/assignments/${rows[0]?.id}/done`, {})).statusCode).toBe(
        403,
      );

      const db = t.database.db;
      const units = await db
        .selectFrom("translationUnits")
        .select("id")
        .where("targetLanguage", "=", "fr")
        .execute();
      expect(
        await completeFinishedAssignments({ db, now: () => clock }, { language: "fr" }),
      ).toEqual([]);
      await db
        .updateTable("translationUnits")
        .set({ state: "reviewed" })
        .where(
          "id",
          "in",
          units.slice(1).map((u) => u.id),
        )
        .execute();
      expect((await get(second, "/admin/my-translations")).body).toContain("3 of 4 sentences");
      expect(
        await completeFinishedAssignments({ db, now: () => clock }, { language: "fr" }),
      ).toEqual([]);
      await db
        .updateTable("translationUnits")
        .set({ state: "reviewed" })
        .where("targetLanguage", "=", "fr")
        .execute();
      expect(
        await completeFinishedAssignments({ db, now: () => clock }, { language: "fr" }),
      ).toEqual([rows[0]?.id]);
      // Run again (a retried job): nothing more.
      expect(
        await completeFinishedAssignments({ db, now: () => clock }, { language: "fr" }),
      ).toEqual([]);
      expect((await assignment())[0]).toMatchObject({
        status: "done",
        completedAt: NOW.toISOString(),
      });
      const payloads = (await mailJobs()).map((j) => JSON.parse(j.payload));
      expect(payloads.at(-1)).toEqual({
        assignmentId: rows[0]?.id,
        kind: "completed",
        recipientId: editor.userId,
      });
      expect((await get(second, "/admin/my-translations")).body).toContain("Complete");

      // A new assignment, cancelled by the editor.
      const again = await post(editor, "/admin/assignments", {
        itemId: String(itemId),
        language: "es",
        assigneeId: String(first.userId),
        dueAt: "2026-12-02T09:00",
      });
      expect(again.statusCode).toBe(303);
      const open = (await assignment()).find((a) => a.language === "es");
      expect((await post(first, `/admin/assignments/${open?.id}/cancel`, {})).statusCode).toBe(403);
      expect((await post(editor, `/admin/assignments/${open?.id}/cancel`, {})).statusCode).toBe(
        303,
      );
      expect((await assignment()).find((a) => a.id === open?.id)?.status).toBe("cancelled");
    });

    it("closes the assignment when a reviewer's last fix goes through the UnitChangedTask", async () => {
      const editor = await identityFor(t, "editor");
      const translator = await identityFor(t, "reviewer");
      await post(editor, "/admin/assignments", {
        itemId: String(itemId),
        language: "fr",
        assigneeId: String(translator.userId),
        dueAt: "2026-12-02T09:00",
      });
      const db = t.database.db;
      await db
        .updateTable("translationUnits")
        .set({ state: "reviewed" })
        .where("targetLanguage", "=", "fr")
        .execute();
      const unit = await db
        .selectFrom("translationUnits")
        .select("sourceHash")
        .where("targetLanguage", "=", "fr")
        .executeTakeFirstOrThrow();
      await enqueueUnitChanged(db, { sourceHash: unit.sourceHash, language: "fr", now: clock });
      const jobs = buildJobs({
        db,
        config: t.config,
        translation: new TranslationRuntime(t.config, null),
        now: () => clock,
      }).filter((job) => job.type === "UnitChangedTask");
      expect(await makeWorker({ db, jobs, now: () => clock }).runOnce()).toBe(1);
      expect((await assignment())[0]?.status).toBe("done");
      // No author: the one who assigned it hears of it.
      expect((await mailJobs()).map((j) => JSON.parse(j.payload).kind)).toEqual([
        "assigned",
        "completed",
      ]);
    });
  });
}
