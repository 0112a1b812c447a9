import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../../app-context.js";
import type { TranslationRuntime } from "../runtime.js";
import { registerDeskRoutes } from "../desk/desk.routes.js";
import { registerReviewAdminRoutes } from "./review.routes.js";

/**
 * The translation-quality desk: readers' reports and the status view on the
 * site, the reviewer workspace under /admin/review, and the translation desk
 * under /admin/desk (../desk). See README.md. app.ts registers the reports
 * on the site and these in the /admin scope.
 */
export function registerReviewWorkspaceRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  registerReviewAdminRoutes(app, ctx);
  registerDeskRoutes(app, ctx);
}

export { registerReportRoutes } from "./public.routes.js";
