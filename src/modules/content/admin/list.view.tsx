import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { ITEM_STATUSES, ITEM_TYPES, type ItemStatus, type ItemType } from "../content.table.js";
import type { AdminListRow } from "../item.repository.js";

/** The filters of the content list, as the form and the pagination links carry them. */
export interface ListFilters {
  type?: ItemType;
  status?: ItemStatus;
  tag?: string;
  q?: string;
}

/** The workspace's content list: filters, a table of items with their actions, pagination. */
export function ContentListPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  filters: ListFilters;
  rows: AdminListRow[];
  total: number;
  page: number;
  pages: number;
  canWrite: boolean;
}) {
  const { t, filters } = props;
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (typeof value === "string" && value !== "") params.set(key, value);
    }
    params.set("page", String(page));
    return `/admin/content?${params.toString()}`;
  };
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("contentAdmin.title")}
      signedIn={props.signedIn}
    >
      <h1 class="page-title">{t.t("contentAdmin.title")}</h1>
      {props.canWrite ? (
        <ul class="editor-actions">
          {ITEM_TYPES.map((type) => (
            <li>
              <a class="button" href={`/admin/content/new?type=${type}`}>
                {t.t("contentAdmin.new", { type: t.t(`type.${type}`) })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <form class="editor-filters" method="get" action="/admin/content">
        <fieldset>
          <legend>{t.t("contentAdmin.filters")}</legend>
          <label for="filter-q">{t.t("contentAdmin.search")}</label>
          <input id="filter-q" name="q" type="search" value={filters.q ?? ""} maxLength={200} />
          <label for="filter-type">{t.t("contentAdmin.type")}</label>
          <select id="filter-type" name="type">
            <option value="">{t.t("contentAdmin.any")}</option>
            {ITEM_TYPES.map((type) => (
              <option value={type} selected={filters.type === type}>
                {t.t(`type.${type}`)}
              </option>
            ))}
          </select>
          <label for="filter-status">{t.t("contentAdmin.status")}</label>
          <select id="filter-status" name="status">
            <option value="">{t.t("contentAdmin.any")}</option>
            {ITEM_STATUSES.map((status) => (
              <option value={status} selected={filters.status === status}>
                {t.t(`status.${status}`)}
              </option>
            ))}
          </select>
          <label for="filter-tag">{t.t("contentAdmin.tag")}</label>
          <input id="filter-tag" name="tag" value={filters.tag ?? ""} maxLength={120} />
          <button type="submit">{t.t("contentAdmin.apply")}</button>
        </fieldset>
      </form>
      <p>{t.t("contentAdmin.total", { count: props.total })}</p>
      {props.rows.length === 0 ? (
        <p>{t.t("contentAdmin.empty")}</p>
      ) : (
        <div class="table-scroll" tabindex={0} role="region" aria-labelledby="content-caption">
          <table class="data-table">
            <caption id="content-caption" class="visually-hidden">
              {t.t("contentAdmin.title")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.t("contentAdmin.itemTitle")}</th>
                <th scope="col">{t.t("contentAdmin.type")}</th>
                <th scope="col">{t.t("contentAdmin.status")}</th>
                <th scope="col">{t.t("contentAdmin.updated")}</th>
                <th scope="col">{t.t("contentAdmin.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" dir="auto">
                    {row.title}
                  </th>
                  <td>{t.t(`type.${row.type}`)}</td>
                  <td>{t.t(`status.${row.status}`)}</td>
                  <td>
                    <time datetime={row.updatedAt}>
                      {t.formatDate(row.updatedAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: "UTC",
                      })}
                    </time>
                  </td>
                  <td>
                    {props.canWrite ? (
                      <>
                        <a href={`/admin/content/${row.id}/edit`}>{t.t("contentAdmin.edit")}</a>
                        {" · "}
                      </>
                    ) : null}
                    <a href={`/admin/content/${row.id}/preview`}>{t.t("contentAdmin.preview")}</a>
                    {" · "}
                    <a href={`/admin/content/${row.id}/revisions`}>
                      {t.t("contentAdmin.revisions")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.pages > 1 ? (
        <nav class="pagination" aria-label={t.t("pagination.label")}>
          {props.page > 1 ? (
            <a href={pageLink(props.page - 1)} rel="prev">
              {t.t("pagination.previous")}
            </a>
          ) : null}
          <span>{t.t("pagination.status", { page: props.page, pages: props.pages })}</span>
          {props.page < props.pages ? (
            <a href={pageLink(props.page + 1)} rel="next">
              {t.t("pagination.next")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
