import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.js";
import type { LocaleCode } from "../../platform/config.js";
import { authorize, loadSignedIn } from "../../platform/http/auth.js";
import { LOCALES } from "../../platform/i18n/locales.js";
import { getTranslator } from "../../platform/i18n/translator.js";
import { AdminLayout } from "../../platform/ui/admin-layout.js";
import { sendHtml } from "../../platform/http/route-helpers.js";
import { budgetOf } from "./engine-budget.service.js";
import { findEngineUsage, usageMonth } from "./engine-usage.repository.js";
import type { TranslationRuntime } from "./runtime.js";

/**
 * `/admin/engines` (administrators): per direction between the site's
 * languages, the engine configured, whether its text leaves the server, and
 * this month's use of its character budget.
 */
export function registerEnginesAdminRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const t = getTranslator(ctx.config.sourceLanguage);
  const preHandler = loadSignedIn(ctx);

  app.get("/admin/engines", { preHandler }, async (request, reply) => {
    const signedIn = authorize(request, "users.manage");
    const month = usageMonth(ctx.now());
    const languages = ctx.config.languages;
    const pairs = languages.flatMap((from) =>
      languages.filter((to) => to !== from).map((to) => ({ from, to })),
    );
    const rows = await Promise.all(
      pairs.map(async ({ from, to }) => {
        const chosen = ctx.translation.engineFor(from, to);
        const budget = budgetOf(ctx.config, chosen.name);
        const used = await findEngineUsage(ctx.db, { engine: chosen.name, month });
        return { from, to, name: chosen.name, isCloud: chosen.isCloud, budget, used };
      }),
    );
    const title = t.t("engines.title");
    return sendHtml(
      reply,
      200,
      <AdminLayout chrome={chrome} t={t} title={title} signedIn={signedIn}>
        <h1 class="page-title">{title}</h1>
        {rows.some((r) => r.isCloud) ? (
          <p class="notice notice--error" role="alert">
            {t.t("engines.cloudWarning")}
          </p>
        ) : null}
        <div class="table-scroll" tabindex={0} role="region" aria-label={title}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.t("engines.pair")}</th>
                <th scope="col">{t.t("engines.engine")}</th>
                <th scope="col">{t.t("engines.where")}</th>
                <th scope="col">{t.t("engines.budget")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr class={row.isCloud ? "engine--cloud" : undefined}>
                  <th scope="row">
                    {t.t("engines.pairValue", { from: label(row.from), to: label(row.to) })}
                  </th>
                  <td>{row.name}</td>
                  <td>
                    {row.isCloud ? <strong>{t.t("engines.cloud")}</strong> : t.t("engines.local")}
                  </td>
                  <td>
                    {row.budget === undefined
                      ? t.t("engines.noBudget", { used: row.used })
                      : t.t("engines.budgetUse", {
                          used: row.used,
                          budget: row.budget,
                          percent:
                            row.budget === 0 ? 100 : Math.round((100 * row.used) / row.budget),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </AdminLayout>,
    );
  });
}

function label(code: string): string {
  return LOCALES[code as LocaleCode]?.label ?? code;
}
