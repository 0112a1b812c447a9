import type { LocaleCode } from "../../platform/config.js";
import type { MessageKey } from "../../platform/i18n/catalogs/en.js";
import { LOCALES } from "../../platform/i18n/locales.js";
import { languageName, type Translator } from "../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../platform/ui/layout.js";
import { Pagination } from "../../platform/ui/pagination.js";
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "./query.js";
import type { FacetView, SearchInput, SearchOutcome, SearchResult } from "./search.service.js";

/** What the search page shows: the query as typed, its filters, and the outcome (none for an empty query). */
export interface SearchPageProps {
  chrome: SiteChrome;
  t: Translator;
  input: Pick<SearchInput, "q" | "filters" | "page">;
  outcome: SearchOutcome;
}

/** The search page: the form (works without JavaScript), then results with their filters, or a helpful hint. */
export function SearchPage(props: SearchPageProps) {
  const { chrome, t, input, outcome } = props;
  const base = `/${t.locale}/search`;
  const isRefused = outcome.status === "refused";
  const keepQuery = !(isRefused && outcome.reason === "too_long");
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="other"
      meta={{
        title: t.t("search.title"),
        canonicalPath: base,
        noindex: true,
        // Switching language keeps the query and its filters (the first page: counts differ).
        languages: chrome.config.languages.map((lang) => ({
          lang,
          path: keepQuery && input.q ? searchHref(`/${lang}/search`, input, {}) : `/${lang}/search`,
        })),
      }}
    >
      <h1 class="page-title" id="search-title">
        {t.t("search.title")}
      </h1>
      {/* Named after the page, so the two search landmarks (header, page) tell apart. */}
      <form
        class="filter search-form"
        role="search"
        aria-labelledby="search-title"
        method="get"
        action={base}
      >
        <label for="search-page-q">{t.t("search.label")}</label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          value={keepQuery ? input.q : ""}
          maxLength={MAX_QUERY_LENGTH}
          autocomplete="off"
          data-suggest={t.locale}
          data-suggest-label={t.t("search.suggestions")}
          data-suggest-all={t.t("search.seeAll")}
        />
        {Object.entries(input.filters).map(([name, value]) =>
          value ? <input type="hidden" name={name} value={value} /> : null,
        )}
        <button type="submit">{t.t("search.submit")}</button>
      </form>
      {outcome.status === "refused" ? (
        <Refusal t={t} reason={outcome.reason} />
      ) : (
        <div class="search-layout">
          <div class="search-main">
            <ResultsSummary t={t} q={input.q} outcome={outcome} />
            {outcome.results.length > 0 ? (
              <ol class="search-results" aria-label={t.t("search.resultsList")}>
                {outcome.results.map((r) => (
                  <ResultItem t={t} result={r} />
                ))}
              </ol>
            ) : null}
            <Pagination
              t={t}
              page={outcome.page}
              pages={outcome.pages}
              hrefFor={(page) => searchHref(base, input, { page })}
            />
          </div>
          {outcome.facets.length > 0 ? (
            <nav class="search-facets" aria-labelledby="search-facets-title">
              <h2 id="search-facets-title">{t.t("search.filters")}</h2>
              {outcome.areFacetsComplete ? null : (
                <p class="search-facets__note">{t.t("search.facetsListed")}</p>
              )}
              {outcome.facets.map((facet) => (
                <Facet t={t} facet={facet} hrefFor={(v) => searchHref(base, input, v)} />
              ))}
            </nav>
          ) : null}
        </div>
      )}
    </Layout>
  );
}

/** How many results, and when a broad query matched more than are listed, what to do. */
export function ResultsSummary(props: {
  t: Translator;
  q: string;
  outcome: Extract<SearchOutcome, { status: "ok" }>;
}) {
  const { t, q, outcome } = props;
  return (
    <>
      <h2 aria-live="polite">
        {outcome.isTotalCapped
          ? t.t("search.resultsMore", { count: outcome.total, query: q })
          : t.t("search.results", { count: outcome.total, query: q })}
      </h2>
      {outcome.isTotalCapped ? (
        <p class="search-listed">{t.t("search.listedOnly", { listed: outcome.total })}</p>
      ) : null}
    </>
  );
}

/** The address of the search page with the same query and filters, some changed; page 1 unless told. */
export function searchHref(
  base: string,
  input: Pick<SearchInput, "q" | "filters">,
  change: Partial<Record<"type" | "tag" | "year" | "region", string | undefined>> & {
    page?: number;
  },
): string {
  const params = new URLSearchParams({ q: input.q });
  const filters = { ...input.filters, ...change };
  for (const name of ["type", "tag", "year", "region"] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (change.page && change.page > 1) params.set("page", String(change.page));
  return `${base}?${params.toString()}`;
}

function Refusal(props: {
  t: Translator;
  reason: Exclude<SearchOutcome, { status: "ok" }>["reason"];
}) {
  const { t, reason } = props;
  if (reason === "empty")
    return (
      <div class="search-help">
        <p>{t.t("search.empty")}</p>
        <p>{t.t("search.tips")}</p>
      </div>
    );
  const message =
    reason === "too_long"
      ? t.t("search.tooLong")
      : reason === "too_many_words"
        ? t.t("search.tooManyWords", { max: MAX_QUERY_WORDS })
        : t.t("search.noWords");
  return (
    <div class="search-help">
      <p class="notice" role="alert">
        {message}
      </p>
      <p>{t.t("search.tips")}</p>
    </div>
  );
}

function ResultItem(props: { t: Translator; result: SearchResult }) {
  const { t, result } = props;
  const textLang = result.textLanguage as LocaleCode;
  const dir = LOCALES[textLang]?.dir;
  return (
    <li class="search-result">
      <p class="search-result__kind">
        {t.t(`search.kind.${result.kind}` as MessageKey)}
        {result.publishedAt ? (
          <>
            {" · "}
            <time dateTime={result.publishedAt}>{t.formatDate(result.publishedAt)}</time>
          </>
        ) : null}
      </p>
      <h3 class="search-result__title" lang={result.textLanguage} dir={dir}>
        <a href={result.url}>{result.title}</a>
      </h3>
      {result.snippet.length > 0 ? (
        <p class="search-result__snippet" lang={result.textLanguage} dir={dir}>
          {result.snippet.map((part) => (part.isHit ? <mark>{part.text}</mark> : part.text))}
        </p>
      ) : null}
      {result.isSourceOnly ? (
        <p class="search-result__language">
          {t.t("search.sourceOnly", {
            language: languageName(t, result.textLanguage),
          })}
        </p>
      ) : null}
    </li>
  );
}

function Facet(props: {
  t: Translator;
  facet: FacetView;
  hrefFor: (change: Record<string, string | undefined>) => string;
}) {
  const { t, facet } = props;
  const param = facet.facet === "kind" ? "type" : facet.facet;
  const labelOf = (v: FacetView["values"][number]) =>
    facet.facet === "kind"
      ? t.t(`search.kind.${v.id}` as MessageKey)
      : facet.facet === "region"
        ? t.t(`network.region.${v.id}` as MessageKey)
        : (v.label ?? v.id);
  const selected = facet.values.some((v) => v.isSelected);
  return (
    <section class="search-facet">
      <h3>{t.t(`search.facet.${facet.facet}` as MessageKey)}</h3>
      <ul>
        {facet.values.map((v) => (
          <li>
            <a
              href={props.hrefFor({ [param]: v.id })}
              aria-current={v.isSelected ? "true" : undefined}
            >
              <span>{labelOf(v)}</span>{" "}
              <span class="search-facet__count">{t.formatNumber(v.count)}</span>
            </a>
          </li>
        ))}
      </ul>
      {selected ? (
        <a href={props.hrefFor({ [param]: undefined })}>{t.t("search.facet.clear")}</a>
      ) : null}
    </section>
  );
}
