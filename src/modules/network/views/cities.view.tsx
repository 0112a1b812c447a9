import type { Translator } from "../../../platform/i18n/translator.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { Pagination } from "../../../platform/ui/pagination.js";
import { countryName } from "../countries.js";
import { MAX_CITY_SEARCH } from "../city-search.js";
import { REGIONS } from "../network.table.js";
import { networkPaths } from "../paths.js";
import type { CitiesPageData } from "../site.service.js";
import { NetworkSectionPage, WorldMap } from "./components.js";
import { Local, langAttributes } from "./texts.js";

/** The member cities: filters, then one page of the matching cities on the map and as a list. */
export function CitiesPage(props: {
  chrome: SiteChrome;
  t: Translator;
  data: CitiesPageData;
  committee: boolean;
  hubSlug: string | undefined;
  /** What the reader typed in the search box ("" for none). */
  search: string;
}) {
  const { chrome, t, data } = props;
  const lang = t.locale;
  const hubs = new Map(data.hubs.map((hub) => [hub.id, hub]));
  // Every page link keeps the reader's search and filters.
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (props.search) params.set("q", props.search);
    if (data.filter.region) params.set("region", data.filter.region);
    if (props.hubSlug) params.set("hub", props.hubSlug);
    if (data.filter.country) params.set("country", data.filter.country);
    if (props.committee) params.set("committee", "1");
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `${networkPaths.cities(lang)}?${query}` : networkPaths.cities(lang);
  };
  return (
    <NetworkSectionPage
      chrome={chrome}
      t={t}
      current="cities"
      translation={data.translation}
      canonicalPath={data.page > 1 ? `${networkPaths.cities(lang)}?page=${data.page}` : undefined}
    >
      <p class="lede">{t.t("network.intro", { count: data.total, regions: data.regions })}</p>
      <form class="network-filters" method="get" action={networkPaths.cities(lang)}>
        <fieldset>
          <legend>{t.t("network.filters")}</legend>
          <span class="field field--search">
            <label for="filter-q">{t.t("network.filter.search")}</label>
            <input
              id="filter-q"
              type="search"
              name="q"
              value={props.search}
              maxLength={MAX_CITY_SEARCH}
              autocomplete="off"
            />
          </span>
          <span class="field">
            <label for="filter-region">{t.t("network.filter.region")}</label>
            <select id="filter-region" name="region">
              <option value="">{t.t("network.filter.any")}</option>
              {REGIONS.map((region) => (
                <option value={region} selected={data.filter.region === region}>
                  {t.t(`network.region.${region}`)}
                </option>
              ))}
            </select>
          </span>
          <span class="field">
            <label for="filter-hub">{t.t("network.filter.hub")}</label>
            <select id="filter-hub" name="hub">
              <option value="">{t.t("network.filter.any")}</option>
              {data.hubs.map((hub) => (
                <option
                  value={hub.slug}
                  selected={props.hubSlug === hub.slug}
                  {...langAttributes(t, hub.name)}
                >
                  {hub.name.text}
                </option>
              ))}
            </select>
          </span>
          <span class="field">
            <label for="filter-country">{t.t("network.filter.country")}</label>
            <select id="filter-country" name="country">
              <option value="">{t.t("network.filter.any")}</option>
              {data.countries
                .map((code) => ({ code, name: countryName(code, lang) }))
                .sort((a, b) => a.name.localeCompare(b.name, lang))
                .map(({ code, name }) => (
                  <option value={code} selected={data.filter.country === code}>
                    {name}
                  </option>
                ))}
            </select>
          </span>
          <span class="field--check">
            <input
              id="filter-committee"
              type="checkbox"
              name="committee"
              value="1"
              checked={props.committee}
            />
            <label for="filter-committee">{t.t("network.filter.committee")}</label>
          </span>
          <button type="submit">{t.t("network.filter.apply")}</button>
        </fieldset>
      </form>
      {data.total === 0 ? (
        <p>{t.t("network.filter.none")}</p>
      ) : (
        <div class="network-directory">
          <WorldMap t={t} cities={data.cities} hubs={data.hubs} />
          <section class="section" aria-labelledby="city-list-heading">
            <h2 id="city-list-heading">{t.t("network.list.title")}</h2>
            <ul class="network-list">
              {data.cities.map((city) => {
                const hub = city.hubId === null ? undefined : hubs.get(city.hubId);
                return (
                  <li>
                    <a href={networkPaths.city(lang, city.slug)} dir="auto">
                      {city.name}
                    </a>
                    {" — "}
                    {countryName(city.country, lang)}
                    {" · "}
                    {t.t(`network.region.${city.region}`)}
                    {hub ? (
                      <>
                        {" · "}
                        <Local t={t} value={hub.name} />
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <Pagination t={t} page={data.page} pages={data.pages} hrefFor={hrefFor} />
          </section>
        </div>
      )}
    </NetworkSectionPage>
  );
}
