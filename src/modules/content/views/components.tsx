import type { VNode } from "preact";
import type { LocaleCode } from "../../../platform/config.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { type ImageRef, presentImage, type PresentedVideo } from "../media.presenter.js";
import { itemPath } from "../paths.js";
import type { CardView } from "../site.service.js";

/** A responsive image: WebP and JPEG variants chosen by the browser for the slot's width. */
export function Picture(props: {
  media: ImageRef | undefined;
  alt: string;
  sizes: string;
  loading?: "lazy" | "eager";
  class?: string;
}) {
  const image = presentImage(props.media);
  if (!image) return null;
  return (
    <picture class={props.class}>
      {image.webpSrcset ? (
        <source type="image/webp" srcset={image.webpSrcset} sizes={props.sizes} />
      ) : null}
      <img
        src={image.src}
        srcset={image.jpegSrcset || undefined}
        sizes={props.sizes}
        width={image.width}
        height={image.height}
        alt={props.alt}
        loading={props.loading ?? "lazy"}
        decoding="async"
      />
    </picture>
  );
}

/** A listing card: image, type and date, linked title, summary. */
export function Card(props: { card: CardView; t: Translator; headingLevel?: 2 | 3 }) {
  const { card, t } = props;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  const date = card.type === "event" && card.startsAt ? card.startsAt : card.publishedAt;
  // An original shown on another language's page says its language, so it reads and lays out right.
  const text = otherLanguage(t, card.textLanguage ?? card.sourceLanguage);
  return (
    <article class="card">
      <Picture media={card.image} alt="" sizes="(max-width: 40rem) 100vw, 24rem" />
      <div class="card__body">
        <p class="card__meta">
          {t.t(`type.${card.type}`)}
          {date ? (
            <>
              {" · "}
              <time datetime={date}>
                {t.formatDate(date, { dateStyle: "medium", timeZone: card.timeZone ?? "UTC" })}
              </time>
            </>
          ) : null}
        </p>
        <Heading class="card__title" {...text}>
          <a href={itemPath(t.locale, card.type, card.slug)} dir="auto">
            {card.title}
          </a>
        </Heading>
        {card.summary ? (
          <p class="card__summary" {...text}>
            {card.summary}
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** A grid of cards. */
export function CardGrid(props: { cards: CardView[]; t: Translator; headingLevel?: 2 | 3 }) {
  if (props.cards.length === 0) return <p>{props.t.t("listing.empty")}</p>;
  return (
    <ul class="card-grid">
      {props.cards.map((card) => (
        <li key={card.id}>
          <Card card={card} t={props.t} headingLevel={props.headingLevel} />
        </li>
      ))}
    </ul>
  );
}

/** Share links as plain URLs (no third-party script), plus a copy-link button shown when JavaScript can copy. */
export function ShareLinks(props: { t: Translator; url: string; title: string }) {
  const { t, url, title } = props;
  const u = encodeURIComponent(url);
  const links = [
    { href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, label: t.t("share.facebook") },
    {
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      label: t.t("share.linkedin"),
    },
    {
      href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}`,
      label: t.t("share.x"),
    },
    { href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}`, label: t.t("share.email") },
  ];
  return (
    <div class="share">
      <span id="share-label">{t.t("share.label")}</span>
      <ul aria-labelledby="share-label">
        {links.map((link) => (
          <li>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <button type="button" data-copy-url={url} data-copied-label={t.t("share.copied")} hidden>
            {t.t("share.copy")}
          </button>
          <span data-copy-status role="status" class="visually-hidden" />
        </li>
      </ul>
    </div>
  );
}

/** A recorded video without tracking: a facade that loads the privacy-enhanced player only on click, and a plain link. */
export function VideoFacade(props: { t: Translator; video: PresentedVideo; title: string }) {
  const { t, video, title } = props;
  const embeddable = video.platform !== "other" && video.id !== null;
  return (
    <section class="video" aria-labelledby="video-heading">
      <h2 id="video-heading">{t.t("video.heading")}</h2>
      {embeddable ? (
        <div
          data-video-id={video.id}
          data-video-platform={video.platform}
          data-video-title={t.t("video.frameTitle", { title })}
        >
          <div class="video__stage">
            <button type="button" class="video__play" data-video-play hidden>
              {t.t("video.play", { title })}
            </button>
          </div>
          <p class="video__notice">{t.t("video.notice", { platform: video.platformName })}</p>
        </div>
      ) : null}
      <p>
        <a href={video.watchUrl} rel="noopener noreferrer">
          {t.t("video.watchOn", { platform: video.platformName })}
        </a>
      </p>
    </section>
  );
}

/**
 * The attributes of a text in another language than the page's (an original
 * shown in its place): its lang, and its dir so it lays out right. None when
 * the text is in the page's language.
 */
export function otherLanguage(
  t: Translator,
  language: string,
): { lang?: string; dir?: "ltr" | "rtl" } {
  return language === t.locale
    ? {}
    : { lang: language, dir: LOCALES[language as LocaleCode]?.dir ?? "ltr" };
}

/** A short text (a name) in its language: bare in the page's, else in a span with its lang and dir. */
export function InLanguage(props: { t: Translator; language: string; text: string }) {
  const attributes = otherLanguage(props.t, props.language);
  return attributes.lang === undefined ? (
    <>{props.text}</>
  ) : (
    <span {...attributes}>{props.text}</span>
  );
}

// A private-use character stands for the element while the catalog formats the message around it.
const SLOT = "\uE000";

/**
 * A catalog message with one of its values shown as an element, e.g. a name
 * marked with its own language: `inMessage((slot) => t.t("tag.title", { tag: slot }), <span …>)`.
 */
export function inMessage(format: (slot: string) => string, element: VNode): VNode {
  const [before = "", ...rest] = format(SLOT).split(SLOT);
  return (
    <>
      {before}
      {element}
      {rest.join("")}
    </>
  );
}
