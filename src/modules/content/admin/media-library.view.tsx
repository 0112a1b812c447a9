import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import type { Media } from "../content.table.js";
import { bodyUrlOf, fileTypeLabel, markdownOf, mediaUrl, thumbnailOf } from "../media.presenter.js";
import type { MediaUsage } from "../media.repository.js";
import { MEDIA_LIMITS } from "../media.service.js";
import { Pagination } from "../../../platform/ui/pagination.js";

/** The library's search, filter and page, as validated from the query string. */
export interface MediaLibraryFilter {
  q: string;
  kind: Media["kind"] | undefined;
  page: number;
}

/** A refusal shown above the library: the error code, and for a file in use where it is used. */
export interface MediaNotice {
  code: string;
  usages?: MediaUsage[];
  /** An upload was refused: the browser forgot the chosen file, so the page says to choose it again. */
  isUploadRefused?: boolean;
}

/** URL of the library with the given search, filter and page (defaults omitted). */
export function mediaLibraryHref(filter: Partial<MediaLibraryFilter>, highlight?: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  if (highlight !== undefined) params.set("highlight", String(highlight));
  const query = params.toString();
  return `/admin/media${query ? `?${query}` : ""}${highlight === undefined ? "" : `#media-${highlight}`}`;
}

/** The media library: upload form, search and filter, and a grid of images and documents. */
export function MediaLibraryPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  canWrite: boolean;
  filter: MediaLibraryFilter;
  rows: Media[];
  total: number;
  pages: number;
  highlight?: Media | undefined;
  notice?: MediaNotice | undefined;
}) {
  const { t, filter, signedIn } = props;
  const sizes = {
    imageSize: t.formatBytes(MEDIA_LIMITS.imageBytes),
    documentSize: t.formatBytes(MEDIA_LIMITS.documentBytes),
  };
  return (
    <AdminLayout chrome={props.chrome} t={t} title={t.t("media.title")} signedIn={signedIn}>
      <h1 class="page-title">{t.t("media.title")}</h1>
      {props.notice ? <Notice t={t} notice={props.notice} sizes={sizes} /> : null}
      {props.highlight ? (
        <p class="notice" role="status">
          {t.t("media.uploaded", { name: props.highlight.originalName })}
        </p>
      ) : null}
      {props.canWrite ? (
        <section class="section" aria-labelledby="upload">
          <h2 id="upload">{t.t("media.upload.title")}</h2>
          {/* The CSRF token rides in the action URL so it is checked before any byte of the file is read. */}
          <form
            class="stack-form"
            method="post"
            enctype="multipart/form-data"
            action={`/admin/media?_csrf=${encodeURIComponent(signedIn.csrfToken)}`}
          >
            <label for="media-file">{t.t("media.upload.file")}</label>
            <input
              id="media-file"
              name="file"
              type="file"
              required
              accept="image/jpeg,image/png,image/webp,image/avif,application/pdf"
              aria-describedby="media-file-help"
            />
            <p id="media-file-help" class="media-help">
              {t.t("media.upload.help", sizes)}
            </p>
            <label for="media-alt">{t.t("media.upload.alt")}</label>
            <input
              id="media-alt"
              name="alt"
              type="text"
              maxLength={500}
              aria-describedby="media-alt-help"
            />
            <p id="media-alt-help" class="media-help">
              {t.t("media.upload.altHelp")}
            </p>
            <button type="submit">{t.t("media.upload.submit")}</button>
          </form>
        </section>
      ) : null}
      <section class="section" aria-labelledby="library">
        <h2 id="library">{t.t("media.count", { count: props.total })}</h2>
        <form class="filter" method="get" action="/admin/media" role="search">
          <label>
            {t.t("media.search")} <input type="search" name="q" value={filter.q} maxLength={200} />
          </label>
          <label>
            {t.t("media.kind")}{" "}
            <select name="kind">
              <option value="" selected={!filter.kind}>
                {t.t("media.kind.all")}
              </option>
              <option value="image" selected={filter.kind === "image"}>
                {t.t("media.kind.image")}
              </option>
              <option value="document" selected={filter.kind === "document"}>
                {t.t("media.kind.document")}
              </option>
            </select>
          </label>
          <button type="submit">{t.t("media.filter")}</button>
        </form>
        {props.rows.length === 0 ? (
          <p>{t.t("media.empty")}</p>
        ) : (
          <ul class="media-grid">
            {props.rows.map((media) => (
              <MediaCard
                key={media.id}
                t={t}
                media={media}
                csrf={signedIn.csrfToken}
                canWrite={props.canWrite}
                isHighlighted={props.highlight?.id === media.id}
              />
            ))}
          </ul>
        )}
        <Pagination
          t={t}
          page={filter.page}
          pages={props.pages}
          hrefFor={(page) => mediaLibraryHref({ ...filter, page })}
        />
      </section>
    </AdminLayout>
  );
}

function Notice(props: {
  t: Translator;
  notice: MediaNotice;
  sizes: { imageSize: string; documentSize: string };
}) {
  const { t, notice } = props;
  const known = [
    "unsupported_file",
    "file_too_large",
    "alt_required",
    "no_file",
    "media_in_use",
  ] as const;
  const code = known.find((k) => k === notice.code);
  const key: MessageKey = code ? `media.error.${code}` : "badRequest.body";
  return (
    <div class="notice" role="alert" data-code={notice.code}>
      <p>{t.t(key, props.sizes)}</p>
      {notice.isUploadRefused ? <p>{t.t("media.chooseAgain")}</p> : null}
      {notice.usages && notice.usages.length > 0 ? (
        <ul>
          {notice.usages.map((usage) => (
            <li>
              {t.t(`media.usage.${usage.usedAs}`, {
                title: usage.title,
                type: t.t(`type.${usage.itemType}`),
                number: usage.revisionNumber,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MediaCard(props: {
  t: Translator;
  media: Media;
  csrf: string;
  canWrite: boolean;
  isHighlighted: boolean;
}) {
  const { t, media } = props;
  const thumb = media.kind === "image" ? thumbnailOf(media.variants) : undefined;
  const url = bodyUrlOf(media);
  const markdown = url ? markdownOf({ ...media, url }) : undefined;
  return (
    <li
      id={`media-${media.id}`}
      class={props.isHighlighted ? "media-card media-card--new" : "media-card"}
    >
      {thumb ? (
        <img
          class="media-card__thumb"
          src={mediaUrl(thumb.fileName)}
          alt={media.altText}
          width={thumb.width}
          height={thumb.height}
          loading="lazy"
        />
      ) : null}
      <p class="media-card__name">
        {media.kind === "document" ? (
          <a href={mediaUrl(media.storageKey)}>{media.originalName}</a>
        ) : (
          media.originalName
        )}
      </p>
      <p class="media-card__meta">
        {media.kind === "image" && media.width && media.height
          ? t.t("media.dimensions", { width: media.width, height: media.height })
          : `${t.t("media.type")}: ${fileTypeLabel(media.mimeType)}`}
        {" · "}
        {t.formatBytes(media.bytes)}
      </p>
      {url && markdown ? (
        <div class="media-card__copy">
          <label for={`url-${media.id}`}>{t.t("media.url")}</label>
          <input id={`url-${media.id}`} type="text" readonly value={url} dir="ltr" />
          <label for={`md-${media.id}`}>{t.t("media.markdown")}</label>
          <input id={`md-${media.id}`} type="text" readonly value={markdown} dir="ltr" />
          <button
            type="button"
            class="button button--secondary"
            data-copy-target={`md-${media.id}`}
            data-copied={t.t("media.copied")}
            hidden
          >
            {t.t("media.copyMarkdown")}
          </button>
        </div>
      ) : null}
      {media.kind === "image" && !props.canWrite ? (
        <p class="media-card__alt">{media.altText || t.t("media.alt.none")}</p>
      ) : null}
      {props.canWrite && media.kind === "image" ? (
        <form class="media-card__form" method="post" action={`/admin/media/${media.id}/alt`}>
          <input type="hidden" name="_csrf" value={props.csrf} />
          <label for={`alt-${media.id}`}>{t.t("media.alt")}</label>
          <input
            id={`alt-${media.id}`}
            name="alt"
            type="text"
            required
            maxLength={500}
            value={media.altText}
          />
          <button type="submit">{t.t("media.alt.save")}</button>
        </form>
      ) : null}
      {props.canWrite ? (
        <form class="media-card__form" method="post" action={`/admin/media/${media.id}/delete`}>
          <input type="hidden" name="_csrf" value={props.csrf} />
          <button
            type="submit"
            aria-label={t.t("media.delete.label", { name: media.originalName })}
          >
            {t.t("media.delete")}
          </button>
        </form>
      ) : null}
    </li>
  );
}
