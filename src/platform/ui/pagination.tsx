import type { Translator } from "../i18n/translator.js";

/** Previous/next links and the current position of a paginated listing. */
export function Pagination(props: {
  t: Translator;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const { t, page, pages } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t.t("pagination.label")}>
      {page > 1 ? (
        <a href={props.hrefFor(page - 1)} rel="prev">
          {t.t("pagination.previous")}
        </a>
      ) : null}
      <span aria-current="page">{t.t("pagination.status", { page, pages })}</span>
      {page < pages ? (
        <a href={props.hrefFor(page + 1)} rel="next">
          {t.t("pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}
