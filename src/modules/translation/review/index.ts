import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../../app-context.js";
import type { TranslationRuntime } from "../runtime.js";
import { registerDeskRoutes } from "../desk/desk.routes.js";
import { registerReportRoutes } from "./public.routes.js";
import { registerReviewAdminRoutes } from "./review.routes.js";

/**
 * The translation-quality desk: readers' reports and the status view on the
 * site, the reviewer workspace under /admin/review, and the translation desk
 * under /admin/desk (../desk). See README.md.
 */
export function registerReviewRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  registerReportRoutes(app, ctx);
  registerReviewAdminRoutes(app, ctx);
  registerDeskRoutes(app, ctx);
}
