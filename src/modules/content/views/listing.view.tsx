import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type Section, type SiteChrome } from "../../../platform/ui/layout.js";
import type { ItemType } from "../content.table.js";
import { tagPath, TYPE_SEGMENTS } from "../paths.js";
import type { CardView, ListingData } from "../site.service.js";
import { Pagination } from "../../../platform/ui/pagination.js";
import { CardGrid, InLanguage, inMessage, otherLanguage } from "./components.js";

type ListedType = Exclude<ItemType, "page">;

const TITLE_KEYS = {
  news: "listing.news",
  resource: "listing.resources",
  event: "listing.events",
} as const;
const SECTIONS: Record<ListedType, Section> = {
  news: "news",
  resource: "resources",
  event: "events",
};

/** A paginated listing of one type, with a tag filter that works without JavaScript. */
export function ListingPage(props: {
  chrome: SiteChrome;
  t: Translator;
  type: ListedType;
  data: ListingData;
  upcoming?: CardView[];
}) {
  const { chrome, t, type, data } = props;
  const base = `/${t.locale}/${TYPE_SEGMENTS[type]}`;
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (data.tag) params.set("tag", data.tag.slug);
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return qs ? `${base}?${qs}` : base;
  };
  const title = t.t(TITLE_KEYS[type]);
  return (
    <Layout
      chrome={chrome}
      t={t}
      section={SECTIONS[type]}
      meta={{ title, canonicalPath: query(data.page), noindex: data.tag !== undefined }}
    >
      <h1 class="page-title">{title}</h1>
      {data.tag ? (
        <p class="lede">
          {inMessage(
            (slot) => t.t("listing.taggedWith", { tag: slot }),
            <InLanguage t={t} language={data.tag.nameLanguage} text={data.tag.name} />,
          )}
        </p>
      ) : null}
      <form class="filter" method="get" action={base}>
        <label for="tag-filter">{t.t("listing.filterByTag")}</label>
        <select id="tag-filter" name="tag">
          <option value="">{t.t("listing.allTags")}</option>
          {data.tags.map((tag) => (
            <option
              value={tag.slug}
              selected={tag.slug === data.tag?.slug}
              {...otherLanguage(t, tag.nameLanguage)}
            >
              {tag.name}
            </option>
          ))}
        </select>
        <button type="submit">{t.t("listing.apply")}</button>
      </form>
      {props.upcoming ? (
        <>
          <section class="section" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t.t("events.upcoming")}</h2>
            {props.upcoming.length > 0 ? (
              <CardGrid cards={props.upcoming} t={t} />
            ) : (
              <p>{t.t("home.noUpcoming")}</p>
            )}
          </section>
          <section class="section" aria-labelledby="past-heading">
            <h2 id="past-heading">{t.t("events.past")}</h2>
            <CardGrid cards={data.cards} t={t} />
          </section>
        </>
      ) : (
        <CardGrid cards={data.cards} t={t} headingLevel={2} />
      )}
      <Pagination t={t} page={data.page} pages={data.pages} hrefFor={query} />
    </Layout>
  );
}

/** Every published item carrying one tag, newest first. */
export function TagPage(props: { chrome: SiteChrome; t: Translator; data: ListingData }) {
  const { chrome, t, data } = props;
  const tag = data.tag;
  if (!tag) return null;
  const base = tagPath(t.locale, tag.slug);
  const hrefFor = (page: number) => (page > 1 ? `${base}?page=${page}` : base);
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="other"
      meta={{ title: t.t("tag.title", { tag: tag.name }), canonicalPath: hrefFor(data.page) }}
    >
      <h1 class="page-title">
        {inMessage(
          (slot) => t.t("tag.title", { tag: slot }),
          <InLanguage t={t} language={tag.nameLanguage} text={tag.name} />,
        )}
      </h1>
      <p class="lede">{t.t("tag.count", { count: data.total })}</p>
      <CardGrid cards={data.cards} t={t} headingLevel={2} />
      <Pagination t={t} page={data.page} pages={data.pages} hrefFor={hrefFor} />
    </Layout>
  );
}

/** The home page: latest news, upcoming events, featured resources. */
export function HomePage(props: {
  chrome: SiteChrome;
  t: Translator;
  news: CardView[];
  events: CardView[];
  resources: CardView[];
}) {
  const { chrome, t } = props;
  const lang = t.locale;
  const meta = {
    title: chrome.config.siteName,
    description: t.t("site.tagline"),
    canonicalPath: `/${lang}`,
    jsonLd: [
      {
        "@context": "https://schema.org",
        "@type": "WebSite",
        name: chrome.config.siteName,
        url: chrome.config.baseUrl,
        inLanguage: lang,
      },
    ],
  };
  return (
    <Layout chrome={chrome} t={t} section="home" meta={meta}>
      <section class="intro">
        <h1 class="intro__title">{chrome.config.siteName}</h1>
        <p class="intro__tagline">{t.t("site.tagline")}</p>
      </section>
      <HomeSection
        id="latest-news"
        title={t.t("home.latestNews")}
        more={{ href: `/${lang}/news`, label: t.t("home.allNews") }}
      >
        <CardGrid cards={props.news} t={t} />
      </HomeSection>
      <HomeSection
        id="upcoming-events"
        title={t.t("home.upcomingEvents")}
        more={{ href: `/${lang}/events`, label: t.t("home.allEvents") }}
      >
        {props.events.length > 0 ? (
          <CardGrid cards={props.events} t={t} />
        ) : (
          <p>{t.t("home.noUpcoming")}</p>
        )}
      </HomeSection>
      <HomeSection
        id="featured-resources"
        title={t.t("home.featuredResources")}
        more={{ href: `/${lang}/resources`, label: t.t("home.allResources") }}
      >
        <CardGrid cards={props.resources} t={t} />
      </HomeSection>
    </Layout>
  );
}

function HomeSection(props: {
  id: string;
  title: string;
  more: { href: string; label: string };
  children: preact.ComponentChildren;
}) {
  return (
    <section class="section" aria-labelledby={props.id}>
      <div class="section__head">
        <h2 id={props.id}>{props.title}</h2>
        <a href={props.more.href}>{props.more.label}</a>
      </div>
      {props.children}
    </section>
  );
}
