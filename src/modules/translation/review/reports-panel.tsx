import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Db } from "../../../database.js";
import { languageLabel } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import type { DashboardPanel } from "../../content/index.js";
import { listOpenReportsByItem } from "./report.repository.js";

/** How many items with open reports the dashboard lists. */
const SHOWN = 10;

/** The reviewer's dashboard section: open reader reports per item and language, each linking to the review desk. */
export function readerReportsPanel(db: Db): DashboardPanel {
  return async (signedIn: SignedIn, t: Translator) => {
    if (!can(signedIn.user, "translations.review")) return null;
    const rows = await listOpenReportsByItem(db, SHOWN);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return (
      <section class="section" aria-labelledby="reader-reports">
        <h2 id="reader-reports">{t.t("review.dashboard.title")}</h2>
        {rows.length === 0 ? (
          <p>{t.t("review.dashboard.none")}</p>
        ) : (
          <>
            <p>
              <a href="/admin/review?reports=1">
                {t.t("review.dashboard.total", { count: total })}
              </a>
            </p>
            <ul>
              {rows.map((row) => (
                <li>
                  <a href={`/admin/review/items/${row.itemId}/${row.language}`}>
                    {t.t("review.dashboard.item", {
                      title: row.title,
                      language: languageLabel(row.language),
                      count: row.count,
                    })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  };
}
