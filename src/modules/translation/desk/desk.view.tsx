import { languageLabel, textDirection } from "../../../platform/i18n/locales.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import { itemPath } from "../../content/index.js";
import type { HoldReason } from "../pipeline/gate.js";
import { formatFinding } from "../qa/format.js";
import { fieldLabel, hasInlineCodes } from "../review/sentence-labels.js";
import { editableInline, plainText } from "../segments/index.js";
import type { Desk, DeskSentence } from "./desk.service.js";

type Chrome = Parameters<typeof AdminLayout>[0]["chrome"];

/** The desk's URL of an item in a language (other pages link here: keep it). */
export function deskPath(itemId: number, language: string): string {
  return `/admin/desk/items/${itemId}/${encodeURIComponent(language)}`;
}

/**
 * The translation desk: every sentence of an item in reading order, each a
 * plain form (the island saves it with fetch and moves on), progress, preview
 * and "publish when complete" at the top.
 */
export function DeskPage(props: {
  t: Translator;
  chrome: Chrome;
  signedIn: SignedIn;
  desk: Desk;
  notice: string | undefined;
  error: string | undefined;
  kept?: { hash: string; text: string };
}) {
  const { t, desk } = props;
  const { review } = desk;
  const language = languageLabel(review.language);
  const title = t.t("desk.title", { title: review.title, language });
  const base = deskPath(review.item.id, review.language);
  const left = desk.total - desk.done;
  const isComplete = desk.total > 0 && left === 0;
  return (
    <AdminLayout chrome={props.chrome} t={t} title={title} signedIn={props.signedIn}>
      <h1 class="page-title">{title}</h1>
      <div class="desk-bar" data-desk-bar="">
        <p class="desk-bar__progress">
          <progress value={desk.done} max={Math.max(desk.total, 1)} aria-hidden="true" />{" "}
          <span data-desk-progress="" role="status">
            {t.t("desk.progress", { done: desk.done, total: desk.total })}
          </span>
        </p>
        <a class="button button--secondary" href={`${base}/preview`} data-desk-preview="">
          {t.t("desk.preview", { language })}
        </a>
        <form method="post" action={`${base}/publish`} class="desk-bar__publish">
          <input type="hidden" name="_csrf" value={props.signedIn.csrfToken} />
          <button type="submit" class="button" disabled={!isComplete} data-desk-publish="">
            {t.t("desk.publish", { language })}
          </button>
          {isComplete ? null : (
            <span class="field__hint" data-desk-left="">
              {t.t("desk.publishLeft", { left })}
            </span>
          )}
        </form>
        {desk.live ? (
          <a href={itemPath(review.language, review.item.type, desk.live.slug)}>
            {t.t("desk.livePage")}
          </a>
        ) : null}
      </div>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.error ? (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      ) : null}
      <p>{t.t("desk.intro")}</p>
      <section class="review-shortcuts" aria-labelledby="desk-shortcuts">
        <h2 id="desk-shortcuts">{t.t("desk.shortcuts")}</h2>
        <p>{t.t("desk.shortcutList")}</p>
      </section>
      {desk.wholeFields.length > 0 ? (
        <section class="desk-whole" aria-labelledby="desk-whole">
          <h2 id="desk-whole">{t.t("desk.whole.title")}</h2>
          <p>{t.t("desk.whole.intro", { language })}</p>
          <dl>
            {desk.wholeFields.map((whole) => (
              <>
                <dt>{fieldLabel(t, whole.field, "")}</dt>
                <dd
                  lang={review.language}
                  dir={textDirection(review.language)}
                  class="desk-whole__text"
                >
                  {whole.text}
                </dd>
              </>
            ))}
          </dl>
        </section>
      ) : null}
      {desk.total === 0 && desk.wholeFields.length === 0 ? <p>{t.t("desk.empty")}</p> : null}
      <ol
        class="desk-sentences"
        data-desk=""
        data-csrf={props.signedIn.csrfToken}
        data-saving={t.t("desk.save.saving")}
        data-saved={t.t("desk.save.saved")}
        data-failed={t.t("desk.save.failed", { problem: "{problem}" })}
        data-offline={t.t("desk.save.offline")}
        data-retry={t.t("desk.save.retry")}
        data-done-label={t.t("desk.state.done")}
      >
        {desk.sentences.map((sentence, i) => (
          <SentenceRow
            t={t}
            csrf={props.signedIn.csrfToken}
            sentence={sentence}
            number={i + 1}
            total={desk.total}
            action={`${base}/sentences/${sentence.hash}`}
            sourceLanguage={review.item.sourceLanguage}
            language={review.language}
            kept={props.kept?.hash === sentence.hash ? props.kept.text : undefined}
          />
        ))}
      </ol>
    </AdminLayout>
  );
}

/** The page's banner on the desk's preview of the item in a language. */
export function PreviewBanner(props: { t: Translator; language: string; back: string }) {
  return (
    <p class="preview-banner" role="status">
      {props.t.t("desk.previewBanner", { language: languageLabel(props.language) })}{" "}
      <a href={props.back}>{props.t.t("desk.open")}</a>
    </p>
  );
}

function SentenceRow(props: {
  t: Translator;
  csrf: string;
  sentence: DeskSentence;
  number: number;
  total: number;
  action: string;
  sourceLanguage: string;
  language: string;
  kept: string | undefined;
}) {
  const { t, sentence } = props;
  const id = `s-${sentence.hash.slice(0, 16)}`;
  const state = sentence.isDone ? "done" : "todo";
  const best = sentence.memory[0];
  return (
    <li class={`desk-sentence desk-sentence--${state}`} id={id} data-desk-sentence="">
      <h2 class="desk-sentence__heading" id={`${id}-h`}>
        {t.t("desk.sentence", {
          number: props.number,
          total: props.total,
          field: fieldLabel(t, sentence.field, plainText(sentence.source)),
        })}{" "}
        <span
          class={`badge badge--${state === "done" ? "reviewed" : "machine"}`}
          data-desk-badge=""
        >
          {t.t(`desk.state.${state}`)}
        </span>
      </h2>
      <div class="desk-sentence__grid">
        <div class="desk-sentence__source">
          <h3 class="desk-sentence__label">{t.t("desk.source")}</h3>
          <p
            lang={props.sourceLanguage}
            dir={textDirection(props.sourceLanguage)}
            data-desk-source=""
          >
            {plainText(sentence.source)}
          </p>
        </div>
        <form method="post" action={props.action} class="desk-sentence__form" data-desk-form="">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <label for={`${id}-t`} class="desk-sentence__label">
            {t.t("desk.target")}
          </label>
          <textarea
            id={`${id}-t`}
            name="targetText"
            rows={3}
            lang={props.language}
            dir={textDirection(props.language)}
            maxLength={8000}
            data-desk-target=""
            data-source-text={editableInline(sentence.source)}
            data-memory-text={best === undefined ? undefined : editableInline(best.targetText)}
            value={props.kept ?? editableInline(sentence.unit?.targetText ?? "")}
          />
          {hasInlineCodes(sentence.source) ? (
            <p class="hint">{t.t("review.editor.editHint")}</p>
          ) : null}
          <div class="desk-sentence__actions">
            <button type="submit" class="button" data-desk-accept="">
              {t.t("desk.accept")}
            </button>
            <button type="button" class="button button--secondary" data-desk-copy="" hidden>
              {t.t("desk.copySource")}
            </button>
            {best ? (
              <button type="button" class="button button--secondary" data-desk-memory="" hidden>
                {t.t("desk.takeMemory")}
              </button>
            ) : null}
            <span class="desk-save" role="status" data-desk-state="" />
          </div>
        </form>
        <div class="desk-sentence__help">
          {sentence.draft !== undefined ? (
            <>
              <h3 class="desk-sentence__label">{t.t("desk.draft")}</h3>
              <p lang={props.language} dir={textDirection(props.language)}>
                {plainText(sentence.draft)}
              </p>
              <p class="field__hint">{t.t(HOLD_KEYS[sentence.draftHold ?? "none"])}</p>
              {sentence.findings.length > 0 ? (
                <ul class="review-findings">
                  {sentence.findings.map((f) => (
                    <li class={`finding finding--${f.severity}`}>
                      {formatFinding((key, values) => t.t(key, values), f)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : sentence.unit === undefined ? (
            <p class="field__hint">{t.t("desk.noDraft")}</p>
          ) : null}
          {sentence.memory.length > 0 ? (
            <>
              <h3 class="desk-sentence__label">{t.t("desk.memory")}</h3>
              <ul class="review-fuzzy">
                {sentence.memory.map((m) => (
                  <li>
                    {t.t("review.editor.similarity", { percent: Math.round(m.similarity * 100) })}:{" "}
                    <span lang={props.sourceLanguage} dir={textDirection(props.sourceLanguage)}>
                      {plainText(m.sourceText)}
                    </span>{" "}
                    →{" "}
                    <span lang={props.language} dir={textDirection(props.language)}>
                      {plainText(m.targetText)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {sentence.terms.length > 0 ? (
            <>
              <h3 class="desk-sentence__label">{t.t("review.editor.glossary")}</h3>
              <ul class="review-terms">
                {sentence.terms.map((term) => (
                  <li>
                    <span lang={props.sourceLanguage}>{term.source}</span> →{" "}
                    {term.target === null ? (
                      <em>{t.t("review.editor.doNotTranslate")}</em>
                    ) : (
                      <span lang={props.language} dir={textDirection(props.language)}>
                        {term.target}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </li>
  );
}

const HOLD_KEYS: Record<HoldReason | "none", MessageKey> = {
  none: "desk.hold.none",
  errors: "desk.hold.errors",
  "review-required": "desk.hold.review",
  "machine-draft": "desk.hold.draft",
  incomplete: "desk.hold.review",
  "vocabulary-unreviewed": "desk.hold.review",
};
