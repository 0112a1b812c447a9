import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import { renderMarkdown } from "../../content/markdown/render-markdown.js";
import type { CityListRow } from "../directory.repository.js";
import type { Hub, Person } from "../network.table.js";
import { networkPaths } from "../paths.js";
import { NetworkNav } from "./components.js";

/** The regional hubs, each with its region, description, contact and cities. */
export function HubsPage(props: {
  chrome: SiteChrome;
  t: Translator;
  hubs: { hub: Hub; cities: CityListRow[]; contact: Person | undefined }[];
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
      {props.hubs.map(({ hub, cities, contact }) => (
        <section class="section" id={`hub-${hub.slug}`} aria-labelledby={`hub-${hub.slug}-name`}>
          <h2 id={`hub-${hub.slug}-name`}>{hub.name}</h2>
          <p>
            {t.t(`network.region.${hub.region}`)}
            {" · "}
            <a href={`${networkPaths.cities(lang)}?hub=${encodeURIComponent(hub.slug)}`}>
              {t.t("network.hub.cities", { count: cities.length })}
            </a>
          </p>
          {hub.description ? (
            // Sanitized by the content module's Markdown pipeline.
            <div
              class="prose"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(hub.description).html }}
            />
          ) : null}
          {contact ? (
            <p>
              {t.t("network.hub.contact")}: {contact.name}
              {contact.title ? `, ${contact.title}` : ""}
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
