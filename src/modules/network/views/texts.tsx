import { LOCALES, textDirection } from "../../../platform/i18n/locales.js";
import { languageName, type Translator } from "../../../platform/i18n/translator.js";
import { renderMarkdown } from "../../content/index.js";
import type { LocalText, PageTranslation } from "../translation/network-texts.js";

/** A short text; one in another language than the page's (a source fallback) carries its own lang and dir. */
export function Local(props: { t: Translator; value: LocalText }) {
  const { value } = props;
  if (value.lang === props.t.locale) return <>{value.text}</>;
  return (
    <span lang={value.lang} dir={textDirection(value.lang)}>
      {value.text}
    </span>
  );
}

/** The attributes that mark an element whose text is in another language than the page's. */
export function langAttributes(
  t: Translator,
  value: LocalText,
): { lang?: string; dir?: "ltr" | "rtl" } {
  return value.lang === t.locale ? {} : { lang: value.lang, dir: textDirection(value.lang) };
}

/** Markdown rendered (sanitized) for the language it is written in; undefined when empty. */
export function renderProse(value: LocalText): { html: string; text: string } | undefined {
  if (value.text.trim() === "") return undefined;
  return renderMarkdown(value.text, { locale: value.lang });
}

/** A block of Markdown text, labelled with its language when it is not the page's. */
export function Prose(props: { t: Translator; value: LocalText; class?: string }) {
  const rendered = renderProse(props.value);
  if (!rendered) return null;
  return (
    <div
      class={props.class ?? "prose"}
      {...langAttributes(props.t, props.value)}
      // Sanitized by the content module's Markdown pipeline.
      dangerouslySetInnerHTML={{ __html: rendered.html }}
    />
  );
}

/**
 * Says, in the page's language, how the page's texts relate to it: machine
 * translations (with a link to the original page), reviewed ones, previous
 * translations while a changed text is translated again, or originals shown
 * while their translation is on its way or awaits a translator.
 */
export function NetworkTranslationNotice(props: {
  t: Translator;
  translation: PageTranslation;
  /** The page's path in the reader's language ("/fr/network/cities/calgary"). */
  path: string;
}) {
  const { t, translation } = props;
  const source = translation.sourceLanguage;
  if (!source) return null;
  const page = t.locale;
  const sourceName = languageName(t, source);
  const message = noticeOf(t, translation, { page: languageName(t, page), source: sourceName });
  if (message === undefined) return null;
  const hasTranslation = translation.machine || translation.reviewed || translation.updating;
  const original = props.path.replace(new RegExp(`^/${page}(?=/|$)`), `/${source}`);
  return (
    <aside
      class={`notice notice--translation notice--${translation.fallback ?? (translation.machine ? "machine" : translation.updating ? "updating" : "reviewed")}`}
      lang={page}
      dir={LOCALES[page].dir}
      aria-label={t.t("translation.notice.label")}
    >
      <p>{message}</p>
      {hasTranslation ? (
        <p>
          <a href={original} hreflang={source}>
            {t.t("translation.notice.original", { language: sourceName })}
          </a>
        </p>
      ) : null}
    </aside>
  );
}

/**
 * The one sentence that is true of the whole page: all originals (pending or
 * awaiting), all translated (machine, reviewed, updating), or a mix of
 * translations and originals, said once.
 */
function noticeOf(
  t: Translator,
  translation: PageTranslation,
  names: { page: string; source: string },
): string | undefined {
  const values = { language: names.page, sourceLanguage: names.source };
  const hasTranslation = translation.machine || translation.reviewed || translation.updating;
  if (translation.fallback && hasTranslation)
    return t.t(
      translation.machine ? "translation.notice.partialMachine" : "translation.notice.partial",
      values,
    );
  if (translation.fallback) return t.t(`translation.notice.${translation.fallback}`, values);
  if (translation.machine) return t.t("translation.notice.machine", { language: names.source });
  if (translation.updating) return t.t("translation.notice.updating");
  if (translation.reviewed) return t.t("translation.notice.reviewed", { language: names.source });
  return undefined;
}
