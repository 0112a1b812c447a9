import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import { countryName } from "../countries.js";
import { contentItemPath, networkPaths } from "../paths.js";
import type { CityPageData } from "../site.service.js";
import { formatDay, NetworkNav } from "./components.js";
import { TermLine } from "./committee.view.js";
import { Local, langAttributes, NetworkTranslationNotice, renderProse } from "./texts.js";

/** A member city's page: facts, profile, committee terms and the content tagged with it. */
export function CityPage(props: { chrome: SiteChrome; t: Translator; data: CityPageData }) {
  const { chrome, t, data } = props;
  const { city, hub, contact } = data;
  const lang = t.locale;
  const country = countryName(city.country, lang);
  const profile = renderProse(city.profile);
  const path = networkPaths.city(lang, city.slug);
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="network"
      meta={{
        title: `${city.name}, ${country}`,
        description: profile?.text.slice(0, 200) || undefined,
        canonicalPath: path,
        jsonLd: [
          {
            "@context": "https://schema.org",
            "@type": "City",
            name: city.name,
            ...(city.localName ? { alternateName: city.localName } : {}),
            geo: { "@type": "GeoCoordinates", latitude: city.latitude, longitude: city.longitude },
            containedInPlace: { "@type": "Country", name: country },
            ...(city.website ? { url: city.website } : {}),
          },
        ],
      }}
    >
      <NetworkNav t={t} current="cities" />
      <article class="article">
        <NetworkTranslationNotice t={t} translation={data.translation} path={path} />
        <h1 class="page-title" dir="auto">
          {city.name}
        </h1>
        <dl class="event-facts">
          {city.localName ? (
            <>
              <dt>{t.t("network.city.localName")}</dt>
              <dd>{city.localName}</dd>
            </>
          ) : null}
          <dt>{t.t("network.city.country")}</dt>
          <dd>{country}</dd>
          <dt>{t.t("network.city.region")}</dt>
          <dd>{t.t(`network.region.${city.region}`)}</dd>
          {hub ? (
            <>
              <dt>{t.t("network.city.hub")}</dt>
              <dd>
                <a href={networkPaths.hub(lang, hub.slug)}>
                  <Local t={t} value={hub.name} />
                </a>
              </dd>
            </>
          ) : null}
          {city.memberSince ? (
            <>
              <dt>{t.t("network.city.memberSince")}</dt>
              <dd>{formatDay(t, city.memberSince)}</dd>
            </>
          ) : null}
          {contact ? (
            <>
              <dt>{t.t("network.city.contact")}</dt>
              <dd>
                {contact.name}
                {contact.title.text ? (
                  <>
                    {", "}
                    <Local t={t} value={contact.title} />
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {city.website ? (
            <>
              <dt>{t.t("network.city.website")}</dt>
              <dd>
                <a href={city.website} rel="noopener noreferrer">
                  {city.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </dd>
            </>
          ) : null}
          <dt>{t.t("network.city.location")}</dt>
          <dd>
            {t.formatNumber(city.latitude)}, {t.formatNumber(city.longitude)}
          </dd>
        </dl>
        {profile ? (
          <div
            class="prose"
            {...langAttributes(t, city.profile)}
            // Sanitized by the content module's Markdown pipeline.
            dangerouslySetInnerHTML={{ __html: profile.html }}
          />
        ) : null}
        {data.terms.length > 0 ? (
          <section class="section" aria-labelledby="city-committee">
            <h2 id="city-committee">{t.t("network.city.committee")}</h2>
            <ul>
              {data.terms.map((term) => (
                <li>
                  <TermLine t={t} term={term} withCity={false} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      {data.related.length > 0 ? (
        <section class="section" aria-labelledby="city-related">
          <h2 id="city-related">{t.t("network.city.related", { city: city.name })}</h2>
          <ul class="network-list">
            {data.related.map((item) => (
              <li>
                <a
                  href={contentItemPath(lang, item.type, item.slug)}
                  {...langAttributes(t, item.title)}
                >
                  {item.title.text}
                </a>
                {item.summary.text ? (
                  <p {...langAttributes(t, item.summary)}>{item.summary.text}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
