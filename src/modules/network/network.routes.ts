import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.js";
import { registerNetworkAdminRoutes } from "./admin/admin.routes.js";
import { registerNetworkSiteRoutes } from "./site.routes.js";

/** Every route of the network module: its public pages and its workspace. */
export async function registerNetworkRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerNetworkSiteRoutes(app, ctx);
  await registerNetworkAdminRoutes(app, ctx);
}
