import type { ComponentChildren } from "preact";
import type { Config, LocaleCode } from "../../../platform/config.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import { escapeHtml } from "../../../platform/text/html.js";
import { languageName, type Translator } from "../../../platform/i18n/translator.js";
import {
  type LanguageChoice,
  Layout,
  type PageMeta,
  type SiteChrome,
} from "../../../platform/ui/layout.js";
import { fileTypeLabel, mediaUrl, presentImage, presentVideo } from "../media.presenter.js";
import { itemPath, tagPath } from "../paths.js";
import type { ItemPageData } from "../site.service.js";
import { CardGrid, otherLanguage, Picture, ShareLinks, VideoFacade } from "./components.js";

/** The public page of a news item, resource, event or page, with everything the network's pages show. */
export function ItemPage(props: { chrome: SiteChrome; t: Translator; data: ItemPageData }) {
  const { chrome, t, data } = props;
  const { item, revision, tags, hero, attachments, related } = data;
  const path = itemPath(t.locale, item.type, data.slug);
  const served = chrome.config.languages as readonly string[];
  const known = data.languages.filter((l) => served.includes(l.lang));
  // hreflang names only the languages the item really reads in; the switcher offers them all.
  const alternates = known
    .filter((l) => (l.state ?? "original") !== "untranslated")
    .map((l) => ({ lang: l.lang, path: itemPath(l.lang, item.type, l.slug) }));
  const languages = served.map((lang): LanguageChoice => {
    const found = known.find((l) => l.lang === lang);
    return {
      lang,
      path: itemPath(lang, item.type, found?.slug ?? item.slug),
      state: found ? (found.state ?? "original") : "untranslated",
      sourceLanguage: item.sourceLanguage,
    };
  });
  const url = chrome.config.baseUrl + path;
  const video = presentVideo(revision.videoUrl);
  const heroImage = presentImage(hero);
  const meta: PageMeta = {
    title: revision.title,
    description: revision.summary || undefined,
    canonicalPath: path,
    ogType: item.type === "page" ? "website" : "article",
    image: heroImage
      ? {
          url: chrome.config.baseUrl + heroImage.src,
          alt: revision.heroAlt,
          width: heroImage.width,
          height: heroImage.height,
        }
      : undefined,
    publishedTime: item.publishedAt ?? undefined,
    modifiedTime: item.contentUpdatedAt ?? undefined,
    jsonLd: [structuredData(props.chrome.config, data, url, heroImage?.src)],
    alternates,
    languages,
    xDefault: itemPath(item.sourceLanguage, item.type, item.slug),
  };
  const textDir = LOCALES[data.textLanguage as LocaleCode]?.dir ?? "ltr";
  const text =
    data.textLanguage !== t.locale ? { lang: data.textLanguage, dir: textDir } : ({} as const);
  // A title or summary in the page's language isolates its own direction (a name in Arabic letters).
  const heading = "lang" in text ? text : { dir: "auto" as const };
  const section =
    item.type === "news"
      ? "news"
      : item.type === "resource"
        ? "resources"
        : item.type === "event"
          ? "events"
          : "other";
  const minutes = Math.max(1, Math.ceil(revision.wordCount / 200));
  return (
    <Layout chrome={chrome} t={t} meta={meta} section={section}>
      {/* The page's chrome (notice, labels, dates) stays in the page's language and direction;
          only the item's own texts carry theirs when they are in another language. */}
      <article class="article">
        <TranslationNotice t={t} data={data} />
        {item.status === "archived" ? <p class="notice">{t.t("article.archived")}</p> : null}
        <h1 class="page-title" {...heading}>
          {revision.title}
        </h1>
        {revision.summary ? (
          <p class="lede" {...heading}>
            {revision.summary}
          </p>
        ) : null}
        {item.type !== "page" ? (
          <dl class="article__meta">
            {item.publishedAt ? (
              <>
                <dt>{t.t("article.publishedOn")}</dt>
                <dd>
                  <time datetime={item.publishedAt}>{t.formatDate(item.publishedAt)}</time>
                </dd>
              </>
            ) : null}
            {item.contentUpdatedAt && item.contentUpdatedAt !== item.publishedAt ? (
              <>
                <dt>{t.t("article.updatedOn")}</dt>
                <dd>
                  <time datetime={item.contentUpdatedAt}>
                    {t.formatDate(item.contentUpdatedAt)}
                  </time>
                </dd>
              </>
            ) : null}
            {revision.byline ? (
              <>
                <dt>{t.t("article.byline")}</dt>
                <dd class="article__byline">
                  {/* A person's name in any script: isolated so it never reorders the page's text. */}
                  <bdi dir="auto">{revision.byline}</bdi>
                </dd>
              </>
            ) : null}
            <dt>{t.t("article.contentType")}</dt>
            <dd>
              <a href={`/${t.locale}/${section}`}>{t.t(`type.${item.type}`)}</a>
            </dd>
            {tags.length > 0 ? (
              <>
                <dt>{t.t("article.tags")}</dt>
                <dd>
                  <ul class="tag-list">
                    {tags.map((tag) => (
                      <li>
                        <a
                          href={tagPath(t.locale, tag.slug)}
                          rel="tag"
                          {...otherLanguage(t, tag.nameLanguage)}
                        >
                          {tag.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        {item.type !== "page" ? <ShareLinks t={t} url={url} title={revision.title} /> : null}
        <p class="reading-time">{t.t("article.readingTime", { minutes })}</p>
        {item.type === "event" ? <EventFacts t={t} data={data} /> : null}
        {heroImage ? (
          <figure class="hero">
            <Picture
              media={hero}
              alt={revision.heroAlt}
              sizes="(max-width: 46rem) 100vw, 44rem"
              loading="eager"
            />
            {revision.heroCaption ? (
              <figcaption>
                {"lang" in text
                  ? placeIn(
                      t.t("article.heroCaption", { caption: SLOT }),
                      <span {...text}>{revision.heroCaption}</span>,
                    )
                  : t.t("article.heroCaption", { caption: revision.heroCaption })}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        {/* bodyHtml was sanitized by the Markdown renderer when the revision was saved. */}
        <div
          class="prose"
          {...text}
          dangerouslySetInnerHTML={{
            __html: isReportable(data)
              ? withBlockLinks(revision.bodyHtml, (block) =>
                  reportLinkHtml(t, reportPath(t.locale, item.id, block)),
                )
              : revision.bodyHtml,
          }}
        />
        {video ? <VideoFacade t={t} video={video} title={revision.title} /> : null}
        {attachments.length > 0 ? (
          <section class="attachments" aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t.t("attachments.heading")}</h2>
            <ul>
              {attachments.map(({ title, media }) => (
                <li>
                  <a href={mediaUrl(media.storageKey)} type={media.mimeType} {...text}>
                    {title}
                  </a>
                  <span class="meta">
                    {t.t("attachments.meta", {
                      type: fileTypeLabel(media.mimeType),
                      size: t.formatBytes(media.bytes),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      {related.length > 0 ? (
        <section class="section" aria-labelledby="related-heading">
          <h2 id="related-heading">{t.t("article.related")}</h2>
          <CardGrid cards={related} t={t} />
        </section>
      ) : null}
    </Layout>
  );
}

/**
 * Says, in the page's language, how the text relates to it: a machine
 * translation (with the original and a way to report an error), a reviewed
 * one, a previous translation while the new one is prepared, or the original
 * while no translation exists.
 */
function TranslationNotice(props: { t: Translator; data: ItemPageData }) {
  const { t, data } = props;
  const { translation, item } = data;
  if (translation === "original") return null;
  const page = t.locale;
  const source = languageName(t, item.sourceLanguage);
  const original = itemPath(item.sourceLanguage, item.type, item.slug);
  const message =
    translation === "machine"
      ? t.t("translation.notice.machine", { language: source })
      : translation === "reviewed"
        ? t.t("translation.notice.reviewed", { language: source })
        : translation === "updating"
          ? t.t("translation.notice.updating")
          : t.t(NOTICE_OF[translation], {
              language: languageName(t, page),
              sourceLanguage: source,
            });
  return (
    <aside
      class={`notice notice--translation notice--${translation}`}
      lang={page}
      dir={LOCALES[page].dir}
      aria-label={t.t("translation.notice.label")}
    >
      <p>{message}</p>
      {translation === "machine" || translation === "reviewed" || translation === "updating" ? (
        <p>
          <a href={original} hreflang={item.sourceLanguage} lang={page}>
            {t.t("translation.notice.original", { language: source })}
          </a>
        </p>
      ) : null}
      {isReportable(data) ? (
        <p class="translation-tools">
          <a href={reportPath(page, item.id)}>{t.t("translation.notice.report")}</a>{" "}
          <a
            href={`/${page}/translation-status?item=${item.id}`}
            data-marks-toggle=""
            data-hide-label={t.t("review.marks.hide")}
          >
            {t.t("review.marks.show")}
          </a>
        </p>
      ) : null}
      {isReportable(data) ? (
        <p
          class="report-selection"
          hidden
          data-report-selection={reportPath(page, item.id)}
          data-close-label={t.t("review.report.close")}
        >
          <button type="button">{t.t("translation.notice.report")}</button>
        </p>
      ) : null}
    </aside>
  );
}

// A private-use character stands for an element inside a catalog message.
const SLOT = "\uE000";

/** A catalog message with an element (text in another language, say) where its SLOT value was. */
function placeIn(message: string, node: ComponentChildren) {
  const [before, after] = message.split(SLOT);
  return after === undefined ? (
    message
  ) : (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/** Whether readers may report sentences of the page: it shows a translation of the live revision. */
function isReportable(data: ItemPageData): boolean {
  return data.translation === "machine" || data.translation === "reviewed";
}

/** The report form for an item's page in a language, for one paragraph when given. */
function reportPath(lang: string, itemId: number, block?: number): string {
  const base = `/${lang}/translation-report?item=${itemId}`;
  return block === undefined ? base : `${base}&block=${block}`;
}

function reportLinkHtml(t: Translator, href: string): string {
  const label = escapeHtml(t.t("review.report.paragraph"));
  return ` <a class="report-link" href="${escapeHtml(href)}"><span aria-hidden="true">⚑</span><span class="visually-hidden">${label}</span></a>`;
}

const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd"]);

/**
 * The text of each innermost block (paragraph, heading, list item, cell) of
 * rendered HTML that has a letter, in order, with where its closing tag
 * starts. The HTML is the Markdown renderer's (well-formed, `<` escaped in
 * text and attributes quoted), so a small scanner reads it; the report form
 * reads the same blocks to find a paragraph's sentences.
 */
export function listTextBlocks(html: string): { text: string; closeAt: number }[] {
  const blocks: { text: string; closeAt: number }[] = [];
  const open: { tag: string; text: string; hasChild: boolean }[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const text = html.slice(i, lt === -1 ? html.length : lt);
    for (const frame of open) frame.text += text;
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const end = tagEnd(html, lt);
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, end))?.[1]?.toLowerCase() ?? "";
    if (html[lt + 1] === "/" && BLOCK_TAGS.has(tag)) {
      const at = open.map((f) => f.tag).lastIndexOf(tag);
      if (at >= 0) {
        const [frame] = open.splice(at);
        if (frame && !frame.hasChild && /\p{L}/u.test(frame.text)) {
          blocks.push({ text: decodeEntities(frame.text), closeAt: lt });
        }
        for (const parent of open) parent.hasChild = true;
      }
    } else if (html[lt + 1] !== "/" && BLOCK_TAGS.has(tag) && html[end - 2] !== "/") {
      open.push({ tag, text: "", hasChild: false });
    }
    i = end;
  }
  return blocks;
}

/** Rendered HTML with a link at the end of each text block (see `listTextBlocks`), numbered from 0. */
export function withBlockLinks(html: string, link: (block: number) => string): string {
  let out = "";
  let cursor = 0;
  listTextBlocks(html).forEach((block, index) => {
    out += html.slice(cursor, block.closeAt) + link(index);
    cursor = block.closeAt;
  });
  return out + html.slice(cursor);
}

function tagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return html.length;
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|nbsp|apos));/g,
    (whole, hex, dec, name) => {
      if (name)
        return (
          { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: "\u00a0", apos: "'" }[name as string] ??
          whole
        );
      const code = hex ? Number.parseInt(hex as string, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

const NOTICE_OF = {
  pending: "translation.notice.pending",
  held: "translation.notice.held",
  awaiting: "translation.notice.awaiting",
} as const;

/**
 * Whether an online event's place only says it is online ("Online"), which
 * the format row already says in the reader's language.
 */
function repeatsOnline(location: string, mode: string | null): boolean {
  return (
    mode === "online" &&
    /^\s*(online|virtual|en ligne|en l[ií]nea|virtuel(le)?|عبر الإنترنت)\s*\.?$/iu.test(location)
  );
}

function EventFacts(props: { t: Translator; data: ItemPageData }) {
  const { t } = props;
  const { revision, item } = props.data;
  if (!revision.startsAt) return null;
  const zone = revision.timeZone ?? "UTC";
  const when = { dateStyle: "full", timeStyle: "short", timeZone: zone } as const;
  return (
    <dl class="event-facts">
      <dt>{t.t("event.when")}</dt>
      <dd>
        <time datetime={revision.startsAt}>{t.formatDate(revision.startsAt, when)}</time>
        {revision.endsAt ? (
          <>
            {" – "}
            <time datetime={revision.endsAt}>
              {t.formatDate(revision.endsAt, { timeStyle: "short", timeZone: zone })}
            </time>
          </>
        ) : null}
        <br />
        <small>
          {t.t("event.timeZoneNote", { zone: t.formatTimeZone(zone, revision.startsAt) })}
        </small>
      </dd>
      {revision.attendanceMode ? (
        <>
          <dt>{t.t("event.format")}</dt>
          <dd>{t.t(`event.mode.${revision.attendanceMode}`)}</dd>
        </>
      ) : null}
      {revision.location && !repeatsOnline(revision.location, revision.attendanceMode) ? (
        <>
          <dt>{t.t("event.where")}</dt>
          {/* The place as the editor wrote it, in the item's language (it is not translated). */}
          <dd {...(item.sourceLanguage !== t.locale ? { lang: item.sourceLanguage } : {})}>
            {revision.location}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

const ATTENDANCE_SCHEMA = {
  online: "https://schema.org/OnlineEventAttendanceMode",
  offline: "https://schema.org/OfflineEventAttendanceMode",
  mixed: "https://schema.org/MixedEventAttendanceMode",
} as const;

function structuredData(
  config: Config,
  data: ItemPageData,
  url: string,
  imagePath: string | undefined,
): object {
  const { item, revision, tags } = data;
  const publisher = { "@type": "Organization", name: config.siteName, url: config.baseUrl };
  const image = imagePath ? [config.baseUrl + imagePath] : undefined;
  if (item.type === "event") {
    return {
      "@context": "https://schema.org",
      "@type": "Event",
      name: revision.title,
      description: revision.summary || undefined,
      startDate: revision.startsAt,
      endDate: revision.endsAt ?? undefined,
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: revision.attendanceMode
        ? ATTENDANCE_SCHEMA[revision.attendanceMode]
        : undefined,
      location:
        revision.attendanceMode === "online"
          ? { "@type": "VirtualLocation", url }
          : {
              "@type": "Place",
              name: revision.location || config.siteName,
              address: revision.location || undefined,
            },
      organizer: publisher,
      image,
      url,
      inLanguage: data.textLanguage,
    };
  }
  return {
    "@context": "https://schema.org",
    "@type": item.type === "news" ? "NewsArticle" : "Article",
    headline: revision.title,
    description: revision.summary || undefined,
    datePublished: item.publishedAt ?? undefined,
    dateModified: item.contentUpdatedAt ?? item.publishedAt ?? undefined,
    author: publisher,
    publisher,
    image,
    mainEntityOfPage: url,
    inLanguage: data.textLanguage,
    keywords: tags.length > 0 ? tags.map((tag) => tag.name).join(", ") : undefined,
    wordCount: revision.wordCount,
  };
}
