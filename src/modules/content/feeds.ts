import type { Config } from "../../platform/config.js";
import type { Translator } from "../../platform/i18n/translator.js";
import { itemPath } from "./paths.js";
import type { ItemCard } from "./item.repository.js";

/** An RSS 2.0 feed of the latest items in one language. */
export function buildRss(config: Config, t: Translator, cards: ItemCard[]): string {
  const home = `${config.baseUrl}/${t.locale}`;
  const self = `${home}/feed.rss`;
  const items = cards
    .map((card) => {
      const link = config.baseUrl + itemPath(t.locale, card.type, card.slug);
      return [
        "<item>",
        el("title", card.title),
        el("link", link),
        `<guid isPermaLink="true">${xml(link)}</guid>`,
        card.publishedAt ? el("pubDate", new Date(card.publishedAt).toUTCString()) : "",
        el("category", t.t(`type.${card.type}`)),
        card.summary ? el("description", card.summary) : "",
        "</item>",
      ].join("");
    })
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    el("title", t.t("feed.title", { siteName: config.siteName })),
    el("link", home),
    el("description", t.t("site.tagline")),
    el("language", t.locale),
    `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>`,
    cards[0]?.publishedAt ? el("lastBuildDate", new Date(latest(cards)).toUTCString()) : "",
    items,
    "</channel>",
    "</rss>",
  ].join("\n");
}

/** An Atom (RFC 4287) feed of the latest items in one language. */
export function buildAtom(config: Config, t: Translator, cards: ItemCard[]): string {
  const home = `${config.baseUrl}/${t.locale}`;
  const self = `${home}/feed.atom`;
  const entries = cards
    .map((card) => {
      const link = config.baseUrl + itemPath(t.locale, card.type, card.slug);
      const published = card.publishedAt ?? new Date(0).toISOString();
      return [
        "<entry>",
        el("title", card.title),
        `<link rel="alternate" type="text/html" href="${xml(link)}"/>`,
        el("id", link),
        el("published", published),
        el("updated", card.contentUpdatedAt ?? published),
        `<category term="${xml(card.type)}" label="${xml(t.t(`type.${card.type}`))}"/>`,
        card.summary ? el("summary", card.summary) : "",
        "</entry>",
      ].join("");
    })
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(t.locale)}">`,
    el("title", t.t("feed.title", { siteName: config.siteName })),
    el("subtitle", t.t("site.tagline")),
    el("id", `${home}/`),
    `<link rel="alternate" type="text/html" href="${xml(home)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    el("updated", cards.length > 0 ? latest(cards) : new Date(0).toISOString()),
    `<author>${el("name", config.siteName)}</author>`,
    entries,
    "</feed>",
  ].join("\n");
}

/** One address of a sitemap, with the same page in the other languages (hreflang, x-default). */
export interface SitemapEntry {
  path: string;
  lastModified?: string | null;
  /** Every language the page reads in, this one included; none for a file without languages. */
  alternates?: readonly { lang: string; path: string }[];
  xDefault?: string;
}

/** Where the sitemap's entries come from: each module that has public pages gives its own. */
export type SitemapSource = () => Promise<SitemapEntry[]>;

/**
 * A sitemap (sitemaps.org 0.9) of every public page in every served language,
 * each with its alternates as Google's xhtml:link hreflang annotations.
 */
export function buildSitemap(config: Config, entries: readonly SitemapEntry[]): string {
  const urls = entries
    .map((entry) => {
      const alternates =
        entry.alternates && entry.alternates.length > 1
          ? [
              ...entry.alternates.map((alt) => xhtmlLink(alt.lang, config.baseUrl + alt.path)),
              ...(entry.xDefault ? [xhtmlLink("x-default", config.baseUrl + entry.xDefault)] : []),
            ].join("")
          : "";
      return `<url>${el("loc", config.baseUrl + entry.path)}${entry.lastModified ? el("lastmod", entry.lastModified) : ""}${alternates}</url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>`;
}

function xhtmlLink(lang: string, href: string): string {
  return `<xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(href)}"/>`;
}

/** The same page in every language at the same path after the language ("/fr/network" → "/es/network"). */
export function everyLanguageEntries(
  languages: readonly string[],
  rest: string,
  lastModified?: string | null,
): SitemapEntry[] {
  const alternates = languages.map((lang) => ({ lang, path: `/${lang}${rest}` }));
  return alternates.map((alt) => ({
    path: alt.path,
    lastModified,
    alternates,
    xDefault: alternates[0]?.path,
  }));
}

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function el(name: string, text: string): string {
  return `<${name}>${xml(text)}</${name}>`;
}

function latest(cards: ItemCard[]): string {
  return cards.reduce((max, c) => {
    const d = c.contentUpdatedAt ?? c.publishedAt ?? "";
    return d > max ? d : max;
  }, "");
}
