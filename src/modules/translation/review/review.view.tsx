import type { VNode } from "preact";
import { languageLabel, textDirection } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import { deskPath } from "../desk/desk.view.js";
import type { Finding } from "../qa/finding.js";
import { formatFinding } from "../qa/format.js";
import { editableInline, plainText } from "../segments/index.js";
import { fieldLabel, hasInlineCodes } from "./sentence-labels.js";
import type { QueueFilter, QueueRow } from "./queue.repository.js";
import { type ItemReview, parseFindings, type ReviewSentence } from "./review.service.js";

type Chrome = Parameters<typeof AdminLayout>[0]["chrome"];

/** The review queue: per-language progress, filters, and the units to review, riskiest first. */
export function QueuePage(props: {
  t: Translator;
  chrome: Chrome;
  signedIn: SignedIn;
  targets: readonly string[];
  progress: Record<string, { machine: number; flagged: number; reviewed: number }>;
  codes: readonly string[];
  filter: QueueFilter;
  rows: readonly QueueRow[];
  page: number;
  hasMore: boolean;
}) {
  const { t, filter, rows } = props;
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (filter.language) params.set("language", filter.language);
    if (filter.itemId) params.set("item", String(filter.itemId));
    if (filter.code) params.set("code", filter.code);
    if (filter.hasReports) params.set("reports", "1");
    params.set("page", String(page));
    return `/admin/review?${params.toString()}`;
  };
  return (
    <AdminLayout chrome={props.chrome} t={t} title={t.t("review.title")} signedIn={props.signedIn}>
      <h1 class="page-title">{t.t("review.title")}</h1>
      <p>{t.t("review.intro")}</p>
      <p class="field__hint">{t.t("review.riskExplained")}</p>
      <h2>{t.t("review.progress")}</h2>
      <ul class="review-progress">
        {props.targets.map((language) => (
          <li>
            <strong>{languageLabel(language)}</strong>{" "}
            {t.t("review.progressLine", {
              machine: props.progress[language]?.machine ?? 0,
              flagged: props.progress[language]?.flagged ?? 0,
              reviewed: props.progress[language]?.reviewed ?? 0,
            })}
          </li>
        ))}
      </ul>
      <h2>{t.t("review.filter.title")}</h2>
      <form method="get" action="/admin/review" class="review-filter">
        <div class="field">
          <label for="f-language">{t.t("review.filter.language")}</label>
          <select id="f-language" name="language">
            <option value="">{t.t("review.filter.anyLanguage")}</option>
            {props.targets.map((language) => (
              <option value={language} selected={filter.language === language}>
                {languageLabel(language)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-item">{t.t("review.filter.item")}</label>
          <input
            id="f-item"
            name="item"
            inputMode="numeric"
            pattern="[0-9]*"
            size={8}
            value={filter.itemId ? String(filter.itemId) : ""}
          />
        </div>
        <div class="field">
          <label for="f-code">{t.t("review.filter.code")}</label>
          <select id="f-code" name="code">
            <option value="">{t.t("review.filter.anyCode")}</option>
            {props.codes.map((code) => (
              <option value={code} selected={filter.code === code}>
                {code}
              </option>
            ))}
          </select>
        </div>
        <div class="field field--checkbox">
          <input
            type="checkbox"
            id="f-reports"
            name="reports"
            value="1"
            checked={filter.hasReports === true}
          />
          <label for="f-reports">{t.t("review.filter.hasReports")}</label>
        </div>
        <button type="submit">{t.t("review.filter.apply")}</button>
      </form>
      {rows.length === 0 ? (
        <p>{t.t("review.queue.empty")}</p>
      ) : (
        <div class="table-scroll" tabindex={0} role="region" aria-label={t.t("review.queue.label")}>
          <table class="data-table review-queue">
            <thead>
              <tr>
                <th scope="col">{t.t("review.col.sentence")}</th>
                <th scope="col">{t.t("review.col.translation")}</th>
                <th scope="col">{t.t("review.col.language")}</th>
                <th scope="col">{t.t("review.col.risk")}</th>
                <th scope="col">{t.t("review.col.findings")}</th>
                <th scope="col">{t.t("review.col.reports")}</th>
                <th scope="col">{t.t("review.col.open")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr data-unit={String(row.id)}>
                  <td>{plainText(row.sourceText)}</td>
                  <td lang={row.targetLanguage} dir={textDirection(row.targetLanguage)}>
                    {plainText(row.targetText)}
                  </td>
                  <td>{languageLabel(row.targetLanguage)}</td>
                  <td>{row.risk.toFixed(2)}</td>
                  <td>{[...new Set(parseFindings(row.findings).map((f) => f.code))].join(", ")}</td>
                  <td>{row.openReports}</td>
                  <td>
                    <a href={`/admin/review/items/${row.itemId}/${row.targetLanguage}#u-${row.id}`}>
                      {t.t("review.col.open")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pagination" aria-label={t.t("pagination.label")}>
        {props.page > 1 ? <a href={query(props.page - 1)}>{t.t("pagination.previous")}</a> : null}
        {props.hasMore ? <a href={query(props.page + 1)}>{t.t("pagination.next")}</a> : null}
      </nav>
    </AdminLayout>
  );
}

/** The side-by-side editor of one item in one language; every action is a plain form. */
export function EditorPage(props: {
  t: Translator;
  chrome: Chrome;
  signedIn: SignedIn;
  review: ItemReview;
  notice: string | undefined;
  error: string | undefined;
  /** Who has the item's language and the form to assign it (assignments.routes.tsx). */
  assignment?: VNode | undefined;
}) {
  const { t, review } = props;
  const title = t.t("review.editor.title", {
    title: review.title,
    language: languageLabel(review.language),
  });
  return (
    <AdminLayout chrome={props.chrome} t={t} title={title} signedIn={props.signedIn}>
      <h1 class="page-title">{title}</h1>
      <p>
        <a class="button button--secondary" href={deskPath(review.item.id, review.language)}>
          {t.t("desk.open")}
        </a>
      </p>
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
      {props.assignment}
      <section class="review-shortcuts" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{t.t("review.editor.shortcuts")}</h2>
        <p>{t.t("review.editor.shortcutList")}</p>
        <p class="field__hint">{t.t("review.riskExplained")}</p>
      </section>
      {review.sentences.length === 0 ? <p>{t.t("review.editor.noUnit")}</p> : null}
      <div class="review-units" data-review-units="">
        {review.sentences.map((sentence, i) => (
          <SentenceEditor
            t={t}
            csrf={props.signedIn.csrfToken}
            sentence={sentence}
            number={i + 1}
            itemId={review.item.id}
            sourceLanguage={review.item.sourceLanguage}
            language={review.language}
          />
        ))}
      </div>
    </AdminLayout>
  );
}

function SentenceEditor(props: {
  t: Translator;
  csrf: string;
  sentence: ReviewSentence;
  number: number;
  itemId: number;
  sourceLanguage: string;
  language: string;
}) {
  const { t, sentence, csrf } = props;
  const { unit } = sentence;
  const headingId = `h-${sentence.position}`;
  const state = unit ? unit.state : "missing";
  const action = unit ? `/admin/review/units/${unit.id}` : "";
  // The hint about inline codes only where the sentence has some.
  const hasCodes = hasInlineCodes(sentence.source) || hasInlineCodes(unit?.targetText ?? "");
  return (
    <section
      class={`review-unit review-unit--${state}`}
      id={unit ? `u-${unit.id}` : `p-${sentence.position}`}
      tabindex={-1}
      aria-labelledby={headingId}
      data-review-unit=""
    >
      <h2 id={headingId} class="review-unit__heading">
        {t.t("review.editor.sentence", {
          number: props.number,
          field: fieldLabel(t, sentence.field, plainText(sentence.source)),
        })}{" "}
        <span class={`badge badge--${state}`}>{t.t(`review.editor.state.${state}`)}</span>
        {unit ? (
          <span class="review-unit__risk">
            {" "}
            {t.t("review.editor.risk", { risk: Number(unit.risk).toFixed(2) })}
          </span>
        ) : null}
      </h2>
      <div class="review-unit__pair">
        <div>
          <h3>{t.t("review.editor.source")}</h3>
          <p lang={props.sourceLanguage} dir={textDirection(props.sourceLanguage)}>
            {plainText(sentence.source)}
          </p>
          {sentence.outdated ? (
            <div class="review-unit__outdated">
              <p>{t.t("review.editor.outdated")}</p>
              <p class="word-diff" lang={props.sourceLanguage}>
                {sentence.outdated.parts.map((part) =>
                  part.type === "same" ? (
                    part.text
                  ) : part.type === "removed" ? (
                    <del>{part.text}</del>
                  ) : (
                    <ins>{part.text}</ins>
                  ),
                )}
              </p>
              <p>
                {t.t("review.editor.previous", { text: sentence.outdated.previousTranslation })}
              </p>
            </div>
          ) : null}
        </div>
        <div>
          <h3>{t.t("review.editor.target")}</h3>
          {unit ? (
            <p
              lang={props.language}
              dir={textDirection(props.language)}
              class="review-unit__target"
            >
              <Highlighted text={plainText(unit.targetText)} findings={sentence.findings} />
            </p>
          ) : (
            <p>{t.t("review.editor.state.missing")}</p>
          )}
        </div>
      </div>
      {sentence.findings.length > 0 ? (
        <>
          <h3>{t.t("review.editor.findings")}</h3>
          <ul class="review-findings">
            {sentence.findings.map((f) => (
              <li class={`finding finding--${f.severity}`}>
                {formatFinding((key, values) => t.t(key, values), f)} <code>{f.code}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sentence.reports.length > 0 ? (
        <>
          <h3>{t.t("review.editor.reports")}</h3>
          <ul class="review-reports">
            {sentence.reports.map((report) => (
              <li>
                {report.suggestion ? (
                  <p lang={props.language}>
                    {t.t("review.editor.reportSuggestion", { text: report.suggestion })}
                  </p>
                ) : null}
                {report.comment ? (
                  <p>{t.t("review.editor.reportComment", { text: report.comment })}</p>
                ) : null}
                {report.suggestion && unit ? (
                  <form method="post" action={action}>
                    <input type="hidden" name="_csrf" value={csrf} />
                    <input type="hidden" name="action" value="accept" />
                    <input type="hidden" name="reportId" value={String(report.id)} />
                    <input type="hidden" name="item" value={String(props.itemId)} />
                    <button type="submit" class="button" data-review-accept="">
                      {t.t("review.editor.accept")}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sentence.fuzzy.length > 0 ? (
        <>
          <h3>{t.t("review.editor.fuzzy")}</h3>
          <ul class="review-fuzzy">
            {sentence.fuzzy.map((f) => (
              <li>
                {t.t("review.editor.similarity", { percent: Math.round(f.similarity * 100) })}:{" "}
                <span lang={props.sourceLanguage}>{plainText(f.sourceText)}</span> →{" "}
                <span lang={props.language}>{plainText(f.targetText)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sentence.terms.length > 0 ? (
        <>
          <h3>{t.t("review.editor.glossary")}</h3>
          <ul class="review-terms">
            {sentence.terms.map((term) => (
              <li>
                <span lang={props.sourceLanguage}>{term.source}</span> →{" "}
                {term.target === null ? (
                  <em>{t.t("review.editor.doNotTranslate")}</em>
                ) : (
                  <span lang={props.language}>{term.target}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {unit ? (
        <div class="review-unit__actions">
          <form method="post" action={action} class="stack">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="action" value="edit" />
            <input type="hidden" name="item" value={String(props.itemId)} />
            <div class="field">
              <label for={`t-${unit.id}`}>{t.t("review.editor.edit")}</label>
              <textarea
                id={`t-${unit.id}`}
                name="targetText"
                rows={3}
                lang={props.language}
                dir={textDirection(props.language)}
                maxLength={8000}
                aria-describedby={hasCodes ? `t-${unit.id}-hint` : undefined}
                data-review-edit=""
                value={editableInline(unit.targetText)}
              />
              {hasCodes ? (
                <p id={`t-${unit.id}-hint`} class="hint">
                  {t.t("review.editor.editHint")}
                </p>
              ) : null}
            </div>
            <button type="submit" class="button">
              {t.t("review.editor.save")}
            </button>
          </form>
          {unit.state !== "reviewed" || sentence.reports.length > 0 ? (
            <form method="post" action={action}>
              <input type="hidden" name="_csrf" value={csrf} />
              <input type="hidden" name="action" value="reviewed" />
              <input type="hidden" name="item" value={String(props.itemId)} />
              <button type="submit" class="button button--secondary" data-review-reviewed="">
                {t.t("review.editor.markReviewed")}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** A translation's text with the spans the checks point at marked. */
function Highlighted(props: { text: string; findings: readonly Finding[] }) {
  const spans = props.findings
    .filter((f): f is Finding & { span: [number, number] } => f.span !== null)
    .map((f) => ({ start: f.span[0], end: f.span[1], finding: f }))
    .filter((s) => s.start >= 0 && s.end <= props.text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const parts = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    parts.push(props.text.slice(cursor, span.start));
    parts.push(
      <mark class={`finding finding--${span.finding.severity}`} title={span.finding.code}>
        {props.text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  parts.push(props.text.slice(cursor));
  return <>{parts}</>;
}
