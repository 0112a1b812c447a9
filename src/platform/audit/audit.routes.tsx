import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Config } from "../config.js";
import { NotFoundError } from "../errors.js";
import { authorize } from "../http/auth.js";
import { sendHtml } from "../http/route-helpers.js";
import { parseInput } from "../http/validate.js";
import { workspaceTranslator } from "../http/workspace.js";
import type { PlatformTables } from "../platform.table.js";
import { AdminLayout } from "../ui/admin-layout.js";
import { Pagination } from "../ui/pagination.js";
import type { AssetManifest } from "../ui/assets.js";
import { countAudit, listAudit } from "./audit.repository.js";

const PAGE_SIZE = 50;
const query = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

/** The audit log page, for administrators only. */
export function registerAuditRoutes<DB extends PlatformTables>(
  app: FastifyInstance,
  ctx: { config: Config; db: Kysely<DB>; assets: AssetManifest; now(): Date },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  app.get("/admin/audit", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "audit.read");
    const { page } = parseInput(query, request.query);
    const pages = Math.max(1, Math.ceil((await countAudit(ctx.db)) / PAGE_SIZE));
    // Past the last page there is nothing to show, as in the other listings.
    if (page > pages) throw new NotFoundError();
    const entries = await listAudit(ctx.db, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    return sendHtml(
      reply,
      200,
      <AdminLayout chrome={chrome} t={t} title={t.t("audit.title")} signedIn={signedIn}>
        <h1 class="page-title">{t.t("audit.title")}</h1>
        <div class="table-scroll" tabindex={0} role="region" aria-label={t.t("audit.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.t("audit.when")}</th>
                <th scope="col">{t.t("audit.who")}</th>
                <th scope="col">{t.t("audit.what")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr>
                  <td>
                    <time datetime={entry.createdAt}>
                      {t.formatDate(entry.createdAt, {
                        dateStyle: "medium",
                        timeStyle: "medium",
                        timeZone: "UTC",
                      })}
                    </time>
                  </td>
                  <td>{entry.actorEmail ?? t.t("audit.system")}</td>
                  <td>
                    {entry.action} {entry.subjectType} {entry.subjectId}
                    {entry.summary ? ` — ${entry.summary}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination t={t} page={page} pages={pages} hrefFor={(n) => `/admin/audit?page=${n}`} />
      </AdminLayout>,
    );
  });
}
