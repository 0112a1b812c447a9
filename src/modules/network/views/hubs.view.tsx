import type { Translator } from "../../../platform/i18n/translator.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import type { PageTranslation } from "../translation/network-texts.js";
import type { HubEntry } from "../site.service.js";
import { networkPaths } from "../paths.js";
import { NetworkSectionPage } from "./components.js";
import { Local, Prose } from "./texts.js";

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
    <NetworkSectionPage chrome={chrome} t={t} current="hubs" translation={props.translation}>
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
    </NetworkSectionPage>
  );
}
