import { LOCALES, textDirection } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import { plainText } from "../segments/index.js";
import type { PageSentence } from "./page-sentences.js";
import type { ReportProblem } from "./report.service.js";
import { REPORT_LIMITS } from "./report.service.js";

/** What the report form shows and keeps across a refused submission. */
export interface ReportFormState {
  itemId: number;
  pageTitle: string;
  pagePath: string;
  sourceLanguage: string;
  sentences: readonly PageSentence[];
  selected: number | undefined;
  block: number | undefined;
  quote: string;
  values: { suggestion: string; comment: string; email: string };
  problems: readonly ReportProblem[];
}

/** The public form where a reader reports a sentence of a translated page (works without JavaScript). */
export function ReportPage(props: { chrome: SiteChrome; t: Translator; state: ReportFormState }) {
  const { chrome, t, state } = props;
  return (
    <Layout
      chrome={chrome}
      t={t}
      meta={{
        title: t.t("review.report.title"),
        canonicalPath: `/${t.locale}/translation-report`,
        noindex: true,
      }}
      section="other"
    >
      <ReportForm t={t} state={state} inDialog={false} />
      <p>
        <a href={state.pagePath}>{t.t("review.report.back")}</a>
      </p>
    </Layout>
  );
}

/**
 * The report form itself with its heading: the page above, and the dialog
 * the site's script opens in place on the article (fetched with fragment=1).
 */
export function ReportForm(props: { t: Translator; state: ReportFormState; inDialog: boolean }) {
  const { t, state } = props;
  const Heading = props.inDialog ? "h2" : "h1";
  const lang = t.locale;
  const action = `/${lang}/translation-report`;
  const sourceDir = textDirection(state.sourceLanguage);
  return (
    <div class="report-panel" lang={lang} dir={LOCALES[lang].dir}>
      <Heading class="page-title" id="report-title">
        {t.t("review.report.title")}
      </Heading>
      <p>{t.t("review.report.page", { title: state.pageTitle })}</p>
      <p>{t.t("review.report.intro")}</p>
      {state.problems.length > 0 ? (
        <div class="notice notice--error" role="alert">
          <p>{t.t("review.report.errors")}</p>
          <ul>
            {state.problems.map((p) => (
              <li>{t.t(`review.report.error.${p}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.sentences.length === 0 ? (
        <p>{t.t("review.report.none")}</p>
      ) : (
        <form method="post" action={action} class="stack report-form">
          <input type="hidden" name="item" value={String(state.itemId)} />
          {state.block !== undefined ? (
            <input type="hidden" name="block" value={String(state.block)} />
          ) : null}
          {state.quote ? <input type="hidden" name="quote" value={state.quote} /> : null}
          <fieldset class="report-sentences">
            <legend>{t.t("review.report.sentence")}</legend>
            {state.sentences.map((s) => (
              <div class="report-sentence">
                <input
                  type="radio"
                  name="position"
                  id={`s-${s.position}`}
                  value={String(s.position)}
                  checked={state.selected === s.position}
                  required
                />
                <label for={`s-${s.position}`}>
                  <span class="report-sentence__target">
                    {plainText(s.unit?.targetText ?? s.source)}
                  </span>
                  <span class="report-sentence__source" lang={state.sourceLanguage} dir={sourceDir}>
                    {t.t("review.report.original", { text: plainText(s.source) })}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          {state.block !== undefined ? (
            <p>
              <a href={`${action}?item=${state.itemId}`}>{t.t("review.report.allSentences")}</a>
            </p>
          ) : null}
          <div class="field">
            <label for="r-suggestion">{t.t("review.report.suggestion")}</label>
            <textarea
              id="r-suggestion"
              name="suggestion"
              rows={3}
              maxLength={REPORT_LIMITS.suggestion}
              value={state.values.suggestion}
            />
          </div>
          <div class="field">
            <label for="r-comment">{t.t("review.report.comment")}</label>
            <textarea
              id="r-comment"
              name="comment"
              rows={3}
              maxLength={REPORT_LIMITS.comment}
              value={state.values.comment}
            />
          </div>
          <div class="field">
            <label for="r-email">{t.t("review.report.email")}</label>
            <input
              id="r-email"
              name="email"
              type="email"
              autocomplete="email"
              maxLength={REPORT_LIMITS.email}
              aria-describedby="r-email-hint"
              value={state.values.email}
            />
            <p id="r-email-hint" class="hint">
              {t.t("review.report.emailHint")}
            </p>
          </div>
          <div class="report-form__trap">
            <label for="r-website">{t.t("review.report.honeypot")}</label>
            <input id="r-website" name="website" tabindex={-1} autocomplete="off" value="" />
          </div>
          <button type="submit">{t.t("review.report.submit")}</button>
        </form>
      )}
    </div>
  );
}

/** The thank-you page after a report, in the reader's language. */
export function ThanksPage(props: { chrome: SiteChrome; t: Translator; pagePath: string }) {
  const { chrome, t } = props;
  return (
    <Layout
      chrome={chrome}
      t={t}
      meta={{
        title: t.t("review.report.thanks.title"),
        canonicalPath: `/${t.locale}/translation-report/thanks`,
        noindex: true,
      }}
      section="other"
    >
      <h1 class="page-title">{t.t("review.report.thanks.title")}</h1>
      <p role="status">{t.t("review.report.thanks.body")}</p>
      <p>
        <a href={props.pagePath}>{t.t("review.report.back")}</a>
      </p>
    </Layout>
  );
}

/**
 * A page's body sentence by sentence, each marked machine-translated,
 * reviewed or untranslated, with its original as a tooltip and, per
 * paragraph, the originals in a disclosure. Links and emphasis are not
 * kept: this view is about the status of the text.
 */
export function MarkedBody(props: {
  t: Translator;
  sourceLanguage: string;
  blocks: readonly (readonly PageSentence[])[];
}) {
  const { t } = props;
  const sourceDir = textDirection(props.sourceLanguage);
  return (
    <div class="marks" data-marks="">
      <ul class="marks__legend">
        <li>
          <span class="tu tu--machine">{t.t("review.marks.machine")}</span>
        </li>
        <li>
          <span class="tu tu--reviewed">{t.t("review.marks.reviewed")}</span>
        </li>
      </ul>
      <p class="hint">{t.t("review.marks.legend")}</p>
      {props.blocks.map((sentences) => (
        <div class="marks__block">
          <p>
            {sentences.map((s, i) => {
              const state = s.unit ? s.unit.state : "untranslated";
              const source = plainText(s.source);
              return (
                <>
                  {i > 0 ? " " : null}
                  <span
                    class={`tu tu--${state}`}
                    title={s.unit ? t.t("review.marks.originalOf", { text: source }) : undefined}
                  >
                    {plainText(s.unit?.targetText ?? s.source)}
                  </span>
                  <span class="visually-hidden"> ({t.t(`review.marks.${state}`)})</span>
                </>
              );
            })}
          </p>
          <details class="marks__original">
            <summary>{t.t("review.marks.original")}</summary>
            <p lang={props.sourceLanguage} dir={sourceDir}>
              {sentences.map((s) => plainText(s.source)).join(" ")}
            </p>
          </details>
        </div>
      ))}
    </div>
  );
}

/** The no-JavaScript status view: the page's title and its marked body. */
export function MarksPage(props: {
  chrome: SiteChrome;
  t: Translator;
  title: string;
  pagePath: string;
  sourceLanguage: string;
  blocks: readonly (readonly PageSentence[])[];
}) {
  const { chrome, t } = props;
  return (
    <Layout
      chrome={chrome}
      t={t}
      meta={{
        title: t.t("review.marks.title", { title: props.title }),
        canonicalPath: props.pagePath,
        noindex: true,
      }}
      section="other"
    >
      <article class="article">
        <h1 class="page-title">{t.t("review.marks.title", { title: props.title })}</h1>
        <p>
          <a href={props.pagePath}>{t.t("review.report.back")}</a>
        </p>
        <div class="prose">
          <MarkedBody t={t} sourceLanguage={props.sourceLanguage} blocks={props.blocks} />
        </div>
      </article>
    </Layout>
  );
}
