import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../../app-context.js";
import { authorize } from "../../../platform/http/auth.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { sendHtml } from "../../../platform/http/route-helpers.js";
import { countItemsByTypeAndStatus, listItemsForWorkspace } from "../item.repository.js";
import { DashboardPage } from "./dashboard.view.js";

/** The content module's workspace pages. */
export function registerContentAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome = { config: ctx.config, assets: ctx.assets };

  app.get("/admin", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "workspace.enter");
    const [counts, drafts, scheduled, recent] = [
      await countItemsByTypeAndStatus(ctx.db),
      await listItemsForWorkspace(ctx.db, { status: "draft", orderBy: "updatedAt", limit: 10 }),
      await listItemsForWorkspace(ctx.db, {
        status: "scheduled",
        orderBy: "scheduledFor",
        limit: 10,
      }),
      await listItemsForWorkspace(ctx.db, {
        status: "published",
        orderBy: "publishedAt",
        limit: 10,
      }),
    ];
    const panels = (
      await Promise.all(ctx.dashboardPanels.map((panel) => panel(signedIn, t)))
    ).filter((panel) => panel !== null);
    return sendHtml(
      reply,
      200,
      <DashboardPage
        chrome={chrome}
        t={t}
        signedIn={signedIn}
        counts={counts}
        drafts={drafts}
        scheduled={scheduled}
        recent={recent}
        panels={panels}
      />,
    );
  });
}
