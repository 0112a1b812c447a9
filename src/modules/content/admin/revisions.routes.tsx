import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { recordAudit } from "../../../platform/audit/audit.repository.js";
import { authorize } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { listRevisionsOfItem } from "../item.repository.js";
import { restoreRevision } from "../item.service.js";
import { loadEditorData, loadRevisionDiff } from "./editor.service.js";
import { DiffPage, RevisionsPage } from "./revisions.view.js";
import {
  guardWrite,
  itemIdOf,
  refreshPages,
  sendHtml,
} from "../../../platform/http/route-helpers.js";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const diffQuery = z.object({ from: id, to: id });
const restoreParams = z.object({ revisionId: id });

/** An item's revision history, comparisons between two revisions, and restoring an old one as a new revision. */
export function registerRevisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome = { config: ctx.config, assets: ctx.assets };

  app.get("/admin/content/:id/revisions", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const data = await loadEditorData(ctx.db, itemIdOf(request));
    const revisions = await listRevisionsOfItem(ctx.db, data.item.id);
    return sendHtml(
      reply,
      200,
      <RevisionsPage
        chrome={chrome}
        t={t}
        signedIn={signedIn}
        item={data.item}
        title={data.revision.title}
        revisions={revisions}
      />,
    );
  });

  app.get("/admin/content/:id/revisions/diff", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const itemId = itemIdOf(request);
    const { from, to } = parseInput(diffQuery, request.query);
    const diff = await loadRevisionDiff(ctx.db, { itemId, fromId: from, toId: to });
    return sendHtml(reply, 200, <DiffPage chrome={chrome} t={t} signedIn={signedIn} diff={diff} />);
  });

  app.post("/admin/content/:id/revisions/:revisionId/restore", async (request, reply) => {
    const signedIn = await guardWrite(request, "content.write");
    const itemId = itemIdOf(request);
    const { revisionId } = parseInput(restoreParams, request.params);
    const now = ctx.now();
    const saved = await restoreRevision(ctx.db, {
      itemId,
      revisionId,
      actorId: signedIn.user.id,
      now,
    });
    if (saved.isNewRevision) {
      await recordAudit(ctx.db, {
        actorId: signedIn.user.id,
        action: "changed",
        subjectType: "item",
        subjectId: String(itemId),
        summary: `revision ${saved.revision.number} restores revision id ${revisionId}`,
        ip: request.ip,
        now,
      });
      await refreshPages(app);
    }
    return reply.redirect(`/admin/content/${itemId}/revisions`, 303);
  });
}
