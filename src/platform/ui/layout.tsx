import type { ComponentChildren } from "preact";
import type { Config, LocaleCode } from "../config.js";
import { LOCALES } from "../i18n/locales.js";
import { getTranslator, type Translator } from "../i18n/translator.js";
import type { AssetManifest } from "./assets.js";
import { toJsonLd } from "./render.js";

/** What every page needs to know about the site around it. */
export interface SiteChrome {
  config: Config;
  assets: AssetManifest;
}

/** The head of a page: title, canonical address, social cards and structured data. */
export interface PageMeta {
  title: string;
  description?: string;
  /** Path of the canonical address, e.g. "/en/news/september-update". */
  canonicalPath: string;
  ogType?: "website" | "article";
  image?: { url: string; alt: string; width?: number; height?: number };
  publishedTime?: string;
  modifiedTime?: string;
  jsonLd?: readonly object[];
  /**
   * The page in every language it can be read in (this one included), for
   * hreflang links and the language switcher; by default every site language
   * at the same path.
   */
  alternates?: readonly { lang: string; path: string }[];
  /**
   * What the language switcher offers: every site language, each with the
   * path to follow and, for an item, what a reader of that language gets; by
   * default the hreflang alternates, then every other site language at the
   * same path.
   */
  languages?: readonly LanguageChoice[];
  /** The x-default alternate (an item's original); by default the source language's page. */
  xDefault?: string;
  noindex?: boolean;
}

/**
 * One entry of the language switcher. `state` says what the page holds in
 * that language: its original, a machine translation, a reviewed one, or the
 * original shown in its own language (no translation live yet); none for
 * pages whose own texts are the site's interface (listings, search).
 */
export interface LanguageChoice {
  lang: string;
  path: string;
  state?: "original" | "machine" | "reviewed" | "untranslated";
  /** The language of the original an untranslated page shows. */
  sourceLanguage?: string;
}

/** Which main-menu entry the page belongs to. */
export type Section = "news" | "resources" | "events" | "network" | "home" | "other";

/** The frame of every public page: head, skip link, header with search and social links, main landmark, footer. */
export function Layout(props: {
  chrome: SiteChrome;
  t: Translator;
  meta: PageMeta;
  section: Section;
  children: ComponentChildren;
}) {
  const { chrome, t, meta } = props;
  const { config } = chrome;
  const lang: LocaleCode = t.locale;
  const locale = LOCALES[lang];
  const canonical = config.baseUrl + meta.canonicalPath;
  const alternates = meta.alternates ?? sameRouteIn(config.languages, lang, meta.canonicalPath);
  const languages = everyLanguage(config.languages, meta.languages ?? alternates, lang);
  const xDefault = meta.xDefault ?? alternates.find((a) => a.lang === config.sourceLanguage)?.path;
  const fullTitle =
    meta.title === config.siteName ? meta.title : `${meta.title} | ${config.siteName}`;
  return (
    <html lang={lang} dir={locale.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        {alternates.length > 1
          ? alternates.map((alt) => (
              <link rel="alternate" hreflang={alt.lang} href={config.baseUrl + alt.path} />
            ))
          : null}
        {alternates.length > 1 && xDefault ? (
          <link rel="alternate" hreflang="x-default" href={config.baseUrl + xDefault} />
        ) : null}
        <link rel="icon" href={chrome.assets.url("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={chrome.assets.url("site.css")} />
        <link
          rel="alternate"
          type="application/rss+xml"
          title={t.t("footer.rss")}
          href={`${config.baseUrl}/${lang}/feed.rss`}
        />
        <link
          rel="alternate"
          type="application/atom+xml"
          title={t.t("footer.atom")}
          href={`${config.baseUrl}/${lang}/feed.atom`}
        />
        <meta property="og:site_name" content={config.siteName} />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={locale.ogLocale} />
        {meta.description ? <meta property="og:description" content={meta.description} /> : null}
        {meta.image ? <meta property="og:image" content={meta.image.url} /> : null}
        {meta.image ? <meta property="og:image:alt" content={meta.image.alt} /> : null}
        {meta.image?.width ? (
          <meta property="og:image:width" content={String(meta.image.width)} />
        ) : null}
        {meta.image?.height ? (
          <meta property="og:image:height" content={String(meta.image.height)} />
        ) : null}
        {meta.publishedTime ? (
          <meta property="article:published_time" content={meta.publishedTime} />
        ) : null}
        {meta.modifiedTime ? (
          <meta property="article:modified_time" content={meta.modifiedTime} />
        ) : null}
        <meta name="twitter:card" content={meta.image ? "summary_large_image" : "summary"} />
        <meta name="twitter:title" content={meta.title} />
        {meta.description ? <meta name="twitter:description" content={meta.description} /> : null}
        {meta.image ? <meta name="twitter:image" content={meta.image.url} /> : null}
        {meta.image ? <meta name="twitter:image:alt" content={meta.image.alt} /> : null}
        {(meta.jsonLd ?? []).map((data) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: toJsonLd(data) }} />
        ))}
        <script src={chrome.assets.url("site.js")} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.t("site.skipLink")}
        </a>
        <Header chrome={chrome} t={t} section={props.section} languages={languages} />
        <main id="main" tabindex={-1}>
          <div class="container">{props.children}</div>
        </main>
        <Footer chrome={chrome} t={t} />
      </body>
    </html>
  );
}

/** The same path in every site language: listings and home pages exist in all of them. */
function sameRouteIn(
  languages: readonly string[],
  current: string,
  path: string,
): { lang: string; path: string }[] {
  const rest = path.startsWith(`/${current}`) ? path.slice(current.length + 1) : "";
  return languages.map((lang) => ({ lang, path: `/${lang}${rest}` }));
}

/**
 * The choices completed with every site language missing from them (at the
 * same path as the page), in the site's order: the switcher never hides a
 * language.
 */
function everyLanguage(
  siteLanguages: readonly string[],
  choices: readonly LanguageChoice[],
  current: string,
): LanguageChoice[] {
  const currentPath = choices.find((c) => c.lang === current)?.path;
  return siteLanguages.map((lang) => {
    const found = choices.find((c) => c.lang === lang);
    if (found) return found;
    const rest = currentPath?.startsWith(`/${current}`)
      ? currentPath.slice(current.length + 1)
      : "";
    return { lang, path: `/${lang}${rest}` };
  });
}

const STATE_KEY = {
  original: "language.switcher.state.original",
  machine: "language.switcher.state.machine",
  reviewed: "language.switcher.state.reviewed",
  untranslated: "language.switcher.state.untranslated",
} as const;

/** What a reader of the choice's language gets, said in that language ("en anglais pour l’instant"). */
function stateLabel(choice: LanguageChoice & { state: keyof typeof STATE_KEY }): string {
  const t = getTranslator(choice.lang as LocaleCode);
  const source = choice.sourceLanguage;
  const name =
    source && source in LOCALES ? t.t(`language.name.${source as LocaleCode}`) : (source ?? "");
  return t.t(STATE_KEY[choice.state], { language: name });
}

/**
 * Links to the page in every site language, each named in its own language
 * and, on an item, with what a reader of it gets (said in that language too).
 */
function LanguageSwitcher(props: { t: Translator; languages: readonly LanguageChoice[] }) {
  const { t, languages } = props;
  return (
    <nav class="language-switcher" aria-label={t.t("language.switcher.label")}>
      <ul>
        {languages.map((choice) => {
          const info = LOCALES[choice.lang as LocaleCode];
          const label = info?.label ?? choice.lang;
          const state =
            choice.state && info ? stateLabel({ ...choice, state: choice.state }) : undefined;
          const content = (
            <>
              <span class="language-switcher__name">{label}</span>
              {state ? <span class="language-switcher__state">{state}</span> : null}
            </>
          );
          return (
            <li>
              {choice.lang === t.locale ? (
                <span
                  class="language-switcher__current"
                  aria-current="true"
                  lang={choice.lang}
                  dir={info?.dir}
                >
                  {content}
                </span>
              ) : (
                <a href={choice.path} hreflang={choice.lang} lang={choice.lang} dir={info?.dir}>
                  {content}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Header(props: {
  chrome: SiteChrome;
  t: Translator;
  section: Section;
  languages: readonly LanguageChoice[];
}) {
  const { t, chrome } = props;
  const lang = t.locale;
  const links: { section: Section; href: string; label: string }[] = [
    { section: "news", href: `/${lang}/news`, label: t.t("nav.news") },
    { section: "resources", href: `/${lang}/resources`, label: t.t("nav.resources") },
    // One events page: the network's events with the events published as pages (network module).
    { section: "events", href: `/${lang}/network/events`, label: t.t("nav.events") },
    { section: "network", href: `/${lang}/network`, label: t.t("nav.network") },
  ];
  return (
    <header class="site-header">
      <div class="container site-header__bar">
        <a class="site-header__brand" href={`/${lang}`}>
          <img src={chrome.assets.url("favicon.svg")} alt="" width={36} height={36} />
          <span>{chrome.config.siteName}</span>
        </a>
        <nav class="site-nav" aria-label={t.t("site.mainNav")}>
          <ul>
            {links.map((link) => (
              <li>
                <a
                  href={link.href}
                  aria-current={link.section === props.section ? "page" : undefined}
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <form
          class="search-box"
          role="search"
          aria-label={t.t("search.label")}
          action={`/${lang}/search`}
          method="get"
        >
          <label class="visually-hidden" for="site-search">
            {t.t("search.label")}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            maxLength={200}
            autocomplete="off"
            data-suggest={lang}
            data-suggest-label={t.t("search.suggestions")}
            data-suggest-all={t.t("search.seeAll")}
          />
          <button type="submit">{t.t("search.submit")}</button>
        </form>
        <SocialLinks chrome={chrome} t={t} />
        <LanguageSwitcher t={t} languages={props.languages} />
      </div>
    </header>
  );
}

function SocialLinks(props: { chrome: SiteChrome; t: Translator }) {
  const { social } = props.chrome.config;
  const { t } = props;
  const candidates: [string, string | undefined, string][] = [
    ["facebook", social.facebook, t.t("social.facebook")],
    ["linkedin", social.linkedin, t.t("social.linkedin")],
    ["x", social.x, t.t("social.x")],
    ["youtube", social.youtube, t.t("social.youtube")],
    ["vimeo", social.vimeo, t.t("social.vimeo")],
  ];
  const entries = candidates.filter(
    (entry): entry is [string, string, string] => entry[1] !== undefined,
  );
  if (entries.length === 0) return null;
  return (
    <ul class="social-links" aria-label={t.t("social.label")}>
      {entries.map(([key, href, label]) => (
        <li key={key}>
          <a href={href} rel="me noopener noreferrer">
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Footer(props: { chrome: SiteChrome; t: Translator }) {
  const { t, chrome } = props;
  const lang = t.locale;
  return (
    <footer class="site-footer">
      <div class="container site-footer__grid">
        <div>
          <p>
            <strong>{chrome.config.siteName}</strong>
            <br />
            {t.t("site.tagline")}
          </p>
          <p>
            {t.t("footer.copyright", {
              year: new Date().getUTCFullYear(),
              siteName: chrome.config.siteName,
            })}
          </p>
        </div>
        <nav aria-label={t.t("footer.feeds")}>
          <ul>
            <li>
              <a href={`/${lang}/feed.rss`}>{t.t("footer.rss")}</a>
            </li>
            <li>
              <a href={`/${lang}/feed.atom`}>{t.t("footer.atom")}</a>
            </li>
            <li>
              <a href="/sitemap.xml">{t.t("footer.sitemap")}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
