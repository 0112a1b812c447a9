import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import type { CardView } from "../site.service.js";
import { CardGrid, Pagination } from "./components.js";

/** The search page: the form again (usable without JavaScript), then results or a helpful hint. */
export function SearchPage(props: {
  chrome: SiteChrome;
  t: Translator;
  query: string;
  result: { cards: CardView[]; total: number; page: number; pages: number };
  isTooLong?: boolean;
}) {
  const { chrome, t, query, result } = props;
  const base = `/${t.locale}/search`;
  const hrefFor = (page: number) =>
    `${base}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="other"
      meta={{ title: t.t("search.title"), canonicalPath: base, noindex: true }}
    >
      <h1 class="page-title">{t.t("search.title")}</h1>
      <form class="filter" role="search" method="get" action={base}>
        <label for="search-page-q">{t.t("search.label")}</label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          value={props.isTooLong ? "" : query}
          maxLength={200}
        />
        <button type="submit">{t.t("search.submit")}</button>
      </form>
      {props.isTooLong ? (
        <p class="notice" role="alert">
          {t.t("search.tooLong")}
        </p>
      ) : query.trim() === "" ? (
        <p>{t.t("search.empty")}</p>
      ) : (
        <>
          <h2 aria-live="polite">{t.t("search.results", { count: result.total, query })}</h2>
          {result.total > 0 ? <CardGrid cards={result.cards} t={t} /> : null}
          <Pagination t={t} page={result.page} pages={result.pages} hrefFor={hrefFor} />
        </>
      )}
    </Layout>
  );
}
