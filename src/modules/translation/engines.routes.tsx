import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.js";
import type { LocaleCode } from "../../platform/config.js";
import { authorize } from "../../platform/http/auth.js";
import { LOCALES } from "../../platform/i18n/locales.js";
import { type Translator } from "../../platform/i18n/translator.js";
import { workspaceTranslator } from "../../platform/http/workspace.js";
import { AdminLayout } from "../../platform/ui/admin-layout.js";
import { sendHtml } from "../../platform/http/route-helpers.js";
import { budgetOf } from "./engine-budget.service.js";
import { type EngineEvaluation, latestEngineEvaluations } from "./engine-evaluations.repository.js";
import { findEngineUsage, usageMonth } from "./engine-usage.repository.js";
import type { TranslationRuntime } from "./runtime.js";

/**
 * `/admin/engines` (administrators): per direction between the site's
 * languages, the engine configured, whether its text leaves the server, and
 * this month's use of its character budget; and the latest chrF and held share
 * each engine scored on the direction with `civitas engines evaluate`.
 */
export function registerEnginesAdminRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };

  app.get("/admin/engines", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "users.manage");
    const month = usageMonth(ctx.now());
    const languages = ctx.config.languages;
    const pairs = languages.flatMap((from) =>
      languages.filter((to) => to !== from).map((to) => ({ from, to })),
    );
    const evaluations = await latestEngineEvaluations(ctx.db);
    const measuredOn = (from: string, to: string): EngineEvaluation[] =>
      evaluations.filter((e) => e.from === from && e.to === to);
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
                <th scope="col">{t.t("engines.measured")}</th>
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
                  <td>
                    <MeasuredCell t={t} measured={measuredOn(row.from, row.to)} row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="hint">{t.t("engines.measuredNote")}</p>
      </AdminLayout>,
    );
  });
}

function MeasuredCell(props: {
  t: Translator;
  measured: readonly EngineEvaluation[];
  row: { from: string; to: string };
}) {
  const { t, measured, row } = props;
  if (measured.length === 0) {
    return (
      <span>
        {t.t("engines.notMeasured", {
          command: `civitas engines evaluate --from ${row.from} --to ${row.to} FILE.tsv`,
        })}
      </span>
    );
  }
  return (
    <ul>
      {measured.map((e) => (
        <li title={`${e.route} · ${e.fileName}`}>
          {t.t("engines.evaluation", {
            engine: e.engine,
            chrF: e.chrF,
            held: e.heldShare,
            sentences: e.sentences,
            date: t.formatDate(e.evaluatedAt, { dateStyle: "medium", timeZone: "UTC" }),
          })}
        </li>
      ))}
    </ul>
  );
}

function label(code: string): string {
  return LOCALES[code as LocaleCode]?.label ?? code;
}
