import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { type AuditAction, recordAudit } from "../../../platform/audit/audit.repository.js";
import { parseInput } from "../../../platform/http/validate.js";
import type { Db } from "../../../database.js";
import type { Item } from "../content.table.js";
import { archiveItem, publishItem, scheduleItem, unpublishItem } from "../item.service.js";
import { enqueueScheduledPublication } from "../publish-scheduled.job.js";
import { isTimeZone } from "../content.schema.js";
import { findItemById } from "../item.repository.js";
import { fromWallTime } from "./editor.form.js";
import type { EditorNotice } from "./publish-panel.view.js";
import { guardWrite, itemIdOf, refreshPages } from "../../../platform/http/route-helpers.js";

/** The editor's time zone (the browser's, sent by the panel; UTC without JavaScript). */
const editorZone = z
  .string()
  .max(100)
  .refine(isTimeZone, "not a time zone")
  .optional()
  .default("UTC");
/** A datetime-local value in the editor's time zone, read as the UTC instant; "" when empty. */
const wallTime = (value: string, timeZone: string, ctx: z.RefinementCtx): string => {
  const iso = fromWallTime(value, timeZone);
  if (iso === false) {
    ctx.addIssue({ code: "custom", message: "not a date and time" });
    return z.NEVER;
  }
  return iso;
};
const publishBody = z
  .object({ publishedAt: z.string().max(40).optional().default(""), timeZone: editorZone })
  .transform((body, ctx) => ({ publishedAt: wallTime(body.publishedAt, body.timeZone, ctx) }));
const scheduleBody = z
  .object({ scheduledFor: z.string().min(1).max(40), timeZone: editorZone })
  .transform((body, ctx) => ({ scheduledFor: wallTime(body.scheduledFor, body.timeZone, ctx) }))
  .refine((body) => body.scheduledFor !== "", "required");

type Transition = (db: Db, request: FastifyRequest, itemId: number, now: Date) => Promise<Item>;

/** Publish, unpublish, archive and schedule: each audited, each dropping cached pages. */
export function registerLifecycleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const route = (
    path: string,
    action: AuditAction,
    transition: Transition,
    noticeOf: (wasLive: boolean) => EditorNotice,
  ) =>
    app.post(`/admin/content/:id/${path}`, async (request, reply) => {
      const signedIn = await guardWrite(request, "content.publish");
      const itemId = itemIdOf(request);
      const now = ctx.now();
      const notice = await ctx.db.transaction().execute(async (trx) => {
        const before = await findItemById(trx, itemId);
        const item = await transition(trx, request, itemId, now);
        await recordAudit(trx, {
          actorId: signedIn.user.id,
          action,
          subjectType: "item",
          subjectId: String(itemId),
          summary: `${path}: ${item.status}${item.scheduledFor ? ` ${item.scheduledFor}` : ""}`,
          ip: request.ip,
          now,
        });
        return noticeOf(before?.status === "published");
      });
      await refreshPages(app);
      return reply.redirect(`/admin/content/${itemId}/edit?notice=${notice}`, 303);
    });

  route(
    "publish",
    "published",
    (db, request, itemId, now) => {
      const { publishedAt } = parseInput(publishBody, request.body ?? {});
      return publishItem(db, {
        itemId,
        now,
        publishedAt: publishedAt ? new Date(publishedAt) : undefined,
      });
    },
    (wasLive) => (wasLive ? "updated" : "published"),
  );
  route(
    "unpublish",
    "unpublished",
    (db, _request, itemId, now) => unpublishItem(db, { itemId, now }),
    () => "unpublished",
  );
  route(
    "archive",
    "archived",
    (db, _request, itemId, now) => archiveItem(db, { itemId, now }),
    () => "archived",
  );
  route(
    "schedule",
    "changed",
    async (db, request, itemId, now) => {
      const { scheduledFor } = parseInput(scheduleBody, request.body);
      const item = await scheduleItem(db, { itemId, scheduledFor: new Date(scheduledFor), now });
      // Same transaction: the job exists exactly when the schedule does, and survives restarts.
      await enqueueScheduledPublication(db, { itemId, scheduledFor: new Date(scheduledFor), now });
      return item;
    },
    () => "scheduled",
  );
}
