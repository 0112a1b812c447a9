import type { VNode } from "preact";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { ITEM_STATUSES, ITEM_TYPES, type ItemType } from "../content.table.js";
import { itemPath } from "../paths.js";

type Row = {
  id: number;
  type: ItemType;
  slug: string;
  title: string;
  updatedAt: string;
  scheduledFor: string | null;
  publishedAt: string | null;
};

/** The workspace's first page: counts by type and status, drafts, scheduled items, recent publications. */
export function DashboardPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  counts: { type: ItemType; status: (typeof ITEM_STATUSES)[number]; count: number }[];
  drafts: Row[];
  scheduled: Row[];
  recent: Row[];
  /** Other modules' sections, shown first (a reviewer's open reader reports). */
  panels: VNode[];
}) {
  const { t } = props;
  const count = (type: ItemType, status: string) =>
    props.counts.find((c) => c.type === type && c.status === status)?.count ?? 0;
  const list = (rows: Row[], date: (row: Row) => string | null) =>
    rows.length === 0 ? (
      <p>{t.t("dashboard.none")}</p>
    ) : (
      <ul>
        {rows.map((row) => {
          const when = date(row);
          return (
            <li key={row.id}>
              <a href={itemPath(props.chrome.config.sourceLanguage, row.type, row.slug)}>
                {row.title}
              </a>{" "}
              · {t.t(`type.${row.type}`)}
              {when ? (
                <>
                  {" · "}
                  <time datetime={when}>
                    {t.formatDate(when, {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "UTC",
                    })}
                  </time>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    );
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("admin.dashboard")}
      signedIn={props.signedIn}
    >
      <h1 class="page-title">{t.t("admin.dashboard")}</h1>
      {props.panels}
      <section class="section">
        <h2 id="counts">{t.t("dashboard.counts")}</h2>
        <div class="table-scroll" tabindex={0} role="region" aria-labelledby="counts">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.t("dashboard.type")}</th>
                {ITEM_STATUSES.map((status) => (
                  <th scope="col">{t.t(`status.${status}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ITEM_TYPES.map((type) => (
                <tr>
                  <th scope="row">{t.t(`type.${type}`)}</th>
                  {ITEM_STATUSES.map((status) => (
                    <td>{t.formatNumber(count(type, status))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="section" aria-labelledby="drafts">
        <h2 id="drafts">{t.t("dashboard.drafts")}</h2>
        {list(props.drafts, (row) => row.updatedAt)}
      </section>
      <section class="section" aria-labelledby="scheduled">
        <h2 id="scheduled">{t.t("dashboard.scheduled")}</h2>
        {list(props.scheduled, (row) => row.scheduledFor)}
      </section>
      <section class="section" aria-labelledby="recent">
        <h2 id="recent">{t.t("dashboard.recent")}</h2>
        {list(props.recent, (row) => row.publishedAt)}
      </section>
    </AdminLayout>
  );
}
