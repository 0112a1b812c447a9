import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import type { PageTranslation } from "../translation/network-texts.js";
import type { HubEntry } from "../site.service.js";
import { networkPaths } from "../paths.js";
import { NetworkNav } from "./components.js";
import { Local, NetworkTranslationNotice, Prose } from "./texts.js";

/** The regional hubs, each with its region, description, contact and cities. */
export function HubsPage(props: {
  chrome: SiteChrome;
  t: Translator;
  hubs: HubEntry[];
  translation: PageTranslation;
}) {
  const { chrome, t } = props;
  const lang = t.locale;
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="network"
      meta={{ title: t.t("network.hubs.title"), canonicalPath: networkPaths.hubs(lang) }}
    >
      <h1 class="page-title">{t.t("network.hubs.title")}</h1>
      <NetworkNav t={t} current="hubs" />
      <NetworkTranslationNotice
        t={t}
        translation={props.translation}
        path={networkPaths.hubs(lang)}
      />
      {props.hubs.map(({ hub, cities, contact }) => (
        <section class="section" id={`hub-${hub.slug}`} aria-labelledby={`hub-${hub.slug}-name`}>
          <h2 id={`hub-${hub.slug}-name`}>
            <Local t={t} value={hub.name} />
          </h2>
          <p>
            {t.t(`network.region.${hub.region}`)}
            {" · "}
            <a href={`${networkPaths.cities(lang)}?hub=${encodeURIComponent(hub.slug)}`}>
              {t.t("network.hub.cities", { count: cities.length })}
            </a>
          </p>
          <Prose t={t} value={hub.description} />
          {contact ? (
            <p>
              {t.t("network.hub.contact")}: {contact.name}
              {contact.title.text ? (
                <>
                  {", "}
                  <Local t={t} value={contact.title} />
                </>
              ) : null}
            </p>
          ) : null}
          <ul class="tag-list">
            {cities.map((city) => (
              <li>
                <a href={networkPaths.city(lang, city.slug)}>{city.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
