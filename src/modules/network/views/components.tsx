import type { ComponentChildren } from "preact";
import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import { countryName } from "../countries.js";
import type { CityListRow } from "../directory.repository.js";
import type { LocalHub } from "../site.service.js";
import { networkPaths } from "../paths.js";
import type { PageTranslation } from "../translation/network-texts.js";
import { MAP_SIZE, worldShapes } from "../world-map.js";
import { Local, NetworkTranslationNotice } from "./texts.js";

/** Colour of cities that belong to no hub. */
export const NO_HUB_COLOR = "#5f6b7a";

type NetworkSection = "cities" | "hubs" | "committee" | "events";

const SECTION_TITLES = {
  cities: "network.title",
  hubs: "network.hubs.title",
  committee: "network.committee.title",
  events: "network.events.title",
} as const;

/**
 * One of the network's four section pages (cities, hubs, committee, events):
 * the site's layout, the section's title, the network's sub-menu and the page's
 * one translation notice, then the section's own content.
 */
export function NetworkSectionPage(props: {
  chrome: SiteChrome;
  t: Translator;
  current: NetworkSection;
  translation: PageTranslation;
  /** The page's own address when it is not the section's (a later page of the directory). */
  canonicalPath?: string;
  children: ComponentChildren;
}) {
  const { chrome, t, current } = props;
  const title = t.t(SECTION_TITLES[current]);
  const path = networkPaths[current](t.locale);
  return (
    <Layout
      chrome={chrome}
      t={t}
      section={current === "events" ? "events" : "network"}
      meta={{ title, canonicalPath: props.canonicalPath ?? path }}
    >
      <h1 class="page-title">{title}</h1>
      <NetworkNav t={t} current={current} />
      <NetworkTranslationNotice t={t} translation={props.translation} path={path} />
      {props.children}
    </Layout>
  );
}

/** The network's sub-menu: cities, hubs, committee, events. */
export function NetworkNav(props: { t: Translator; current: NetworkSection }) {
  const { t } = props;
  const lang = t.locale;
  const links = [
    ["cities", networkPaths.cities(lang), t.t("network.title")],
    ["hubs", networkPaths.hubs(lang), t.t("network.hubs.title")],
    ["committee", networkPaths.committee(lang), t.t("network.committee.title")],
    ["events", networkPaths.events(lang), t.t("network.events.title")],
  ] as const;
  return (
    <nav class="network-nav" aria-label={t.t("network.sections")}>
      <ul class="tag-list">
        {links.map(([key, href, label]) => (
          <li>
            <a href={href} aria-current={key === props.current ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The world map drawn on the server: land from Natural Earth (an image every
 * page links, see `worldShapes`), one dot per city
 * it is given (the directory gives the cities of the page the reader is on, so
 * the map's size does not grow with the network) coloured by its hub, each dot
 * a link named "City, Country" (the list beside it carries the same links for
 * those who do not use the map).
 */
export function WorldMap(props: { t: Translator; cities: CityListRow[]; hubs: LocalHub[] }) {
  const { t, cities } = props;
  const world = worldShapes();
  const titleId = "network-map-title";
  return (
    <figure class="network-map">
      <svg
        viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
        width="100%"
        aria-labelledby={titleId}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{t.t("network.map.title", { count: cities.length })}</title>
        <image
          href={world.image.path}
          x="0"
          y="0"
          width={MAP_SIZE.width}
          height={MAP_SIZE.height}
          aria-hidden="true"
        />
        {cities.map((city) => {
          const point = world.project(city.longitude, city.latitude);
          if (!point) return null;
          const name = t.t("network.map.dot", {
            city: city.name,
            country: countryName(city.country, t.locale),
          });
          return (
            <a
              href={networkPaths.city(t.locale, city.slug)}
              aria-label={name}
              class="network-map__dot"
            >
              <title>{name}</title>
              <circle
                cx={point[0]}
                cy={point[1]}
                r="6"
                fill={city.hubColor ?? NO_HUB_COLOR}
                stroke="#ffffff"
                stroke-width="1.5"
              />
            </a>
          );
        })}
      </svg>
      <figcaption>
        <h2 class="visually-hidden">{t.t("network.map.legend")}</h2>
        <ul class="network-map__legend">
          {props.hubs.map((hub) => (
            <li>
              <Swatch color={hub.color} />
              <a href={networkPaths.hub(t.locale, hub.slug)}>
                <Local t={t} value={hub.name} />
              </a>
            </li>
          ))}
          <li>
            <Swatch color={NO_HUB_COLOR} />
            {t.t("network.map.noHub")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** A date "YYYY-MM-DD" (or a year) in the reader's language. */
export function formatDay(t: Translator, day: string): string {
  if (/^\d{4}$/.test(day)) return day;
  return t.formatDate(`${day}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
}

// Presentation attributes, not style: the site's CSP refuses inline styles.
function Swatch(props: { color: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="6" fill={props.color} stroke="#ffffff" stroke-width="1" />
    </svg>
  );
}
