import { can } from "../../platform/auth/policy.js";
import { deskPath } from "./desk/desk.view.js";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { authorize } from "../../platform/http/auth.js";
import { parseInput } from "../../platform/http/validate.js";
import { ValidationError } from "../../platform/errors.js";
import { EN, type MessageKey } from "../../platform/i18n/catalogs/en.js";
import { languageLabel } from "../../platform/i18n/locales.js";
import { type Translator } from "../../platform/i18n/translator.js";
import { workspaceTranslator } from "../../platform/http/workspace.js";
import { AdminLayout } from "../../platform/ui/admin-layout.js";
import { FileField, UploadForm } from "../../platform/ui/upload-form.js";
import type { SignedIn } from "../../platform/auth/session.service.js";
import { guardWrite, sendHtml } from "../../platform/http/route-helpers.js";
import { deleteTerm, findTerm, listGlossary } from "./glossary.repository.js";
import { importGlossaryCsv, saveTerm, termSchema } from "./glossary.service.js";
import {
  type HeldReason,
  type ItemTranslationStatus,
  listTranslationStatus,
  summarizeStatuses,
} from "./status.service.js";
import type { TranslationRuntime } from "./runtime.js";
import type { GlossaryTerm } from "./translation.table.js";
import { listOpenAssignmentsOfItems } from "./assignments/assignment.repository.js";

const PAGE_SIZE = 50;
const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  notice: z.enum(["added", "deleted", "imported"]).optional(),
  count: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const termForm = z.object({
  targetLanguage: z.string().max(3),
  sourceTerm: z.string().max(400),
  targetTerm: z.string().max(400).default(""),
  note: z.string().max(1000).default(""),
});
const importForm = z.object({
  targetLanguage: z.string().max(3),
  // The form body limit (64 KB) bounds it first; bigger glossaries go through `civitas glossary import`.
  csv: z.string().max(64 * 1024),
});

/** How many kinds of error a held translation's reason names, most frequent first. */
const HELD_CODES_SHOWN = 3;

/** The workspace's translation pages: status per item and language, and the glossary. */
export function registerTranslationAdminRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const targets = ctx.config.languages.filter((l) => l !== ctx.config.sourceLanguage);

  app.get("/admin/translations", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const canEdit = can(signedIn.user, "content.write");
    const canReview = can(signedIn.user, "translations.review");
    const { page } = parseInput(pageQuery, request.query);
    const rows = await listTranslationStatus(
      ctx.db,
      ctx.config,
      (from, to) => ctx.translation.canTranslate(from, to),
      { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE },
    );
    const shown = rows.slice(0, PAGE_SIZE);
    const canAssign = can(signedIn.user, "translations.assign");
    const assignments = new Map(
      (
        await listOpenAssignmentsOfItems(
          ctx.db,
          shown.map((row) => row.itemId),
        )
      ).map((a) => [`${a.itemId}:${a.language}`, a.assigneeName]),
    );
    const summary = summarizeStatuses(shown, ctx.config.languages);
    return sendHtml(
      reply,
      200,
      <AdminLayout chrome={chrome} t={t} title={t.t("translationAdmin.title")} signedIn={signedIn}>
        <h1 class="page-title">{t.t("translationAdmin.title")}</h1>
        <p>
          <a href="/admin/glossary">{t.t("glossary.title")}</a>
          {can(signedIn.user, "translations.exchange") ? (
            <>
              {" · "}
              <a href="/admin/memory">{t.t("exchange.memory.title")}</a>
            </>
          ) : null}
        </p>
        <p>
          <a href="/admin/translations/xliff">{t.t("xliff.title")}</a>
        </p>
        <h2>{t.t("translationAdmin.progress")}</h2>
        <ul>
          {targets.map((language) => (
            <li>
              <strong>{languageLabel(language)}</strong>{" "}
              {t.t("translationAdmin.progressLine", {
                machine: summary[language]?.machine ?? 0,
                reviewed: summary[language]?.reviewed ?? 0,
                flagged: summary[language]?.flagged ?? 0,
                waiting:
                  (summary[language]?.pending ?? 0) +
                  (summary[language]?.awaiting ?? 0) +
                  (summary[language]?.outdated ?? 0),
              })}
              {canReview ? (
                <>
                  {" "}
                  <a href={`/admin/translations/xliff/${language}`} download>
                    {t.t("xliff.file")}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <div
          class="table-scroll"
          tabindex={0}
          role="region"
          aria-label={t.t("translationAdmin.title")}
        >
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.t("translationAdmin.item")}</th>
                {ctx.config.languages.map((language) => (
                  <th scope="col" lang={language}>
                    {languageLabel(language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr>
                  <th scope="row">
                    {/* A reviewer cannot edit content: the title leads where they may go. */}
                    <a
                      href={
                        canEdit
                          ? `/admin/content/${row.itemId}/edit`
                          : `/admin/content/${row.itemId}/preview`
                      }
                    >
                      {row.title}
                    </a>
                  </th>
                  {ctx.config.languages.map((language) => (
                    <StatusCell
                      t={t}
                      row={row}
                      language={language}
                      hasReviewDesk={targets.includes(language)}
                      assignee={assignments.get(`${row.itemId}:${language}`)}
                      canAssign={canAssign}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav class="pagination" aria-label={t.t("pagination.label")}>
          {page > 1 ? (
            <a href={`/admin/translations?page=${page - 1}`}>{t.t("pagination.previous")}</a>
          ) : null}
          {rows.length > PAGE_SIZE ? (
            <a href={`/admin/translations?page=${page + 1}`}>{t.t("pagination.next")}</a>
          ) : null}
        </nav>
      </AdminLayout>,
    );
  });

  const glossaryPage = async (
    t: Translator,
    signedIn: SignedIn,
    state: {
      notice?: string;
      errors?: { path: string; message: string }[];
      values?: Partial<z.infer<typeof termForm>>;
      csv?: string;
    },
  ) => {
    const terms = await listGlossary(ctx.db, { sourceLanguage: ctx.config.sourceLanguage });
    return (
      <GlossaryPage
        t={t}
        signedIn={signedIn}
        chrome={chrome}
        terms={terms}
        targets={targets}
        canExchange={can(signedIn.user, "translations.exchange")}
        state={state}
      />
    );
  };

  app.get("/admin/glossary", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.review");
    const query = parseInput(pageQuery, request.query);
    const notice = query.notice
      ? t.t(`glossary.notice.${query.notice}`, { count: query.count ?? 0 })
      : undefined;
    return sendHtml(reply, 200, await glossaryPage(t, signedIn, { notice }));
  });

  app.post("/admin/glossary", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = await guardWrite(request, "translations.review");
    const form = parseInput(termForm, request.body);
    const parsed = termSchema.safeParse({ ...form, sourceLanguage: ctx.config.sourceLanguage });
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({
        path: i.path.join("."),
        message: i.message,
      }));
      return sendHtml(reply, 400, await glossaryPage(t, signedIn, { errors, values: form }));
    }
    const now = ctx.now();
    await saveTerm(ctx.db, parsed.data, {
      actorId: signedIn.user.id,
      now,
      onWritten: (trx, { id }) =>
        recordAudit(trx, {
          actorId: signedIn.user.id,
          action: "changed",
          subjectType: "glossary_term",
          subjectId: String(id),
          summary: `${parsed.data.sourceTerm} → ${parsed.data.targetLanguage}: ${parsed.data.targetTerm ?? "(do not translate)"}`,
          ip: request.ip,
          now,
        }),
    });
    return reply.redirect("/admin/glossary?notice=added", 303);
  });

  app.post("/admin/glossary/:id/delete", async (request, reply) => {
    const signedIn = await guardWrite(request, "translations.review");
    const { id } = parseInput(idParams, request.params);
    const term = await findTerm(ctx.db, id);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await deleteTerm(trx, id))) return;
      await recordAudit(trx, {
        actorId: signedIn.user.id,
        action: "deleted",
        subjectType: "glossary_term",
        subjectId: String(id),
        summary: term?.sourceTerm ?? "",
        ip: request.ip,
        now,
      });
    });
    return reply.redirect("/admin/glossary?notice=deleted", 303);
  });

  app.post("/admin/glossary/import", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = await guardWrite(request, "translations.review");
    const form = parseInput(importForm, request.body);
    try {
      const { imported } = await importGlossaryCsv(ctx.db, {
        text: form.csv,
        sourceLanguage: ctx.config.sourceLanguage,
        targetLanguage: form.targetLanguage,
        actorId: signedIn.user.id,
        now: ctx.now(),
      });
      return reply.redirect(`/admin/glossary?notice=imported&count=${imported}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const errors = (error.details as { path: string; message: string }[]).slice(0, 200);
      return sendHtml(
        reply,
        400,
        await glossaryPage(t, signedIn, {
          errors: [{ path: "csv", message: error.message }, ...errors],
          csv: form.csv,
        }),
      );
    }
  });
}

/**
 * One item-language cell: the status, a link to the review desk's editor of
 * the item in the language (which serves every language but the site's
 * source), and why a held translation is held.
 */
function StatusCell(props: {
  t: Translator;
  row: ItemTranslationStatus;
  language: string;
  hasReviewDesk: boolean;
  /** Who the language is assigned to, if anyone. */
  assignee: string | undefined;
  canAssign: boolean;
}) {
  const { t, row, language } = props;
  const status = row.statuses[language] ?? "pending";
  const label = t.t(`translationAdmin.status.${status}`);
  if (status === "source") return <td class="status status--source">{label}</td>;
  const reason = row.heldReasons[language];
  const text = status === "flagged" && reason ? heldReasonText(t, reason) : undefined;
  return (
    <td class={`status status--${status}`}>
      {props.hasReviewDesk ? (
        <a
          href={`/admin/review/items/${row.itemId}/${encodeURIComponent(language)}`}
          title={t.t("translationAdmin.openReview")}
        >
          {label}
        </a>
      ) : (
        label
      )}
      {props.hasReviewDesk ? (
        <>
          <br />
          <a class="status__desk" href={deskPath(row.itemId, language)}>
            {t.t("desk.open")}
          </a>
        </>
      ) : null}
      {text ? (
        <>
          <br />
          <small class="status__reason">{text}</small>
        </>
      ) : null}
      {props.assignee !== undefined ? (
        <>
          <br />
          <small class="status__assignee">
            {t.t("assign.currentShort", { name: props.assignee })}
          </small>
        </>
      ) : null}
      {props.canAssign && props.hasReviewDesk ? (
        <>
          <br />
          <a
            class="status__assign"
            href={`/admin/assignments/new?item=${row.itemId}&lang=${encodeURIComponent(language)}`}
          >
            {t.t("assign.link")}
          </a>
        </>
      ) : null}
    </td>
  );
}

/** Why a translation is held, as one sentence of the catalog (never assembled from pieces). */
function heldReasonText(t: Translator, reason: HeldReason): string | undefined {
  if (reason.kind === "review") return t.t("translationAdmin.held.review");
  const [first, second, third] = reason.codes
    .slice(0, HELD_CODES_SHOWN)
    .map(({ code, count }) => findingLabel(t, code, count));
  const sentences = reason.sentences;
  if (first === undefined) return undefined;
  if (second === undefined) return t.t("translationAdmin.held.errors1", { sentences, first });
  if (third === undefined)
    return t.t("translationAdmin.held.errors2", { sentences, first, second });
  return reason.codes.length > HELD_CODES_SHOWN
    ? t.t("translationAdmin.held.errorsMore", { sentences, first, second, third })
    : t.t("translationAdmin.held.errors3", { sentences, first, second, third });
}

/** A check's short label with its count (`qa.label.<code>`); a code without one is named as it is. */
function findingLabel(t: Translator, code: string, count: number): string {
  const key = `qa.label.${code}`;
  return isMessageKey(key)
    ? t.t(key, { count })
    : t.t("translationAdmin.held.unlabelled", { code, count });
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}

function GlossaryPage(props: {
  t: Translator;
  chrome: Parameters<typeof AdminLayout>[0]["chrome"];
  signedIn: SignedIn;
  terms: GlossaryTerm[];
  targets: readonly string[];
  canExchange: boolean;
  state: {
    notice?: string;
    errors?: { path: string; message: string }[];
    values?: { targetLanguage?: string; sourceTerm?: string; targetTerm?: string; note?: string };
    csv?: string;
  };
}) {
  const { t, signedIn, terms, targets, state } = props;
  const csrf = signedIn.csrfToken;
  const languageOptions = (selected: string | undefined) => (
    <>
      {targets.map((language) => (
        <option value={language} selected={selected === language}>
          {languageLabel(language)}
        </option>
      ))}
      <option value="*" selected={selected === "*"}>
        {t.t("glossary.everyLanguage")}
      </option>
    </>
  );
  return (
    <AdminLayout chrome={props.chrome} t={t} title={t.t("glossary.title")} signedIn={signedIn}>
      <h1 class="page-title">{t.t("glossary.title")}</h1>
      <p>{t.t("glossary.intro")}</p>
      {state.notice ? (
        <p class="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      {state.errors && state.errors.length > 0 ? (
        <div class="notice notice--error" role="alert">
          <ul>
            {state.errors.map((e) => (
              <li>
                {e.path ? `${e.path}: ` : ""}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2>{t.t("glossary.add")}</h2>
      <form method="post" action="/admin/glossary" class="stack">
        <input type="hidden" name="_csrf" value={csrf} />
        <div class="field">
          <label for="g-target">{t.t("glossary.targetLanguage")}</label>
          <select id="g-target" name="targetLanguage">
            {languageOptions(state.values?.targetLanguage)}
          </select>
        </div>
        <div class="field">
          <label for="g-source">{t.t("glossary.sourceTerm")}</label>
          <input
            id="g-source"
            name="sourceTerm"
            required
            maxLength={200}
            value={state.values?.sourceTerm ?? ""}
          />
        </div>
        <div class="field">
          <label for="g-term">{t.t("glossary.targetTerm")}</label>
          <input
            id="g-term"
            name="targetTerm"
            maxLength={200}
            value={state.values?.targetTerm ?? ""}
            aria-describedby="g-term-hint"
          />
          <p id="g-term-hint" class="hint">
            {t.t("glossary.targetTermHint")}
          </p>
        </div>
        <div class="field">
          <label for="g-note">{t.t("glossary.note")}</label>
          <input id="g-note" name="note" maxLength={500} value={state.values?.note ?? ""} />
        </div>
        <button type="submit">{t.t("glossary.save")}</button>
      </form>
      <h2>{t.t("glossary.terms", { count: terms.length })}</h2>
      <div class="table-scroll" tabindex={0} role="region" aria-label={t.t("glossary.title")}>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t.t("glossary.sourceTerm")}</th>
              <th scope="col">{t.t("glossary.targetLanguage")}</th>
              <th scope="col">{t.t("glossary.targetTerm")}</th>
              <th scope="col">{t.t("exchange.glossary.status")}</th>
              <th scope="col">{t.t("glossary.note")}</th>
              <th scope="col">{t.t("glossary.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr>
                <td lang={term.sourceLanguage}>{term.sourceTerm}</td>
                <td>
                  {term.targetLanguage === "*"
                    ? t.t("glossary.everyLanguage")
                    : languageLabel(term.targetLanguage)}
                </td>
                <td lang={term.targetLanguage === "*" ? undefined : term.targetLanguage}>
                  {term.targetTerm ?? <em>{t.t("glossary.doNotTranslate")}</em>}
                </td>
                <td>{t.t(`exchange.status.${term.status}`)}</td>
                <td>{term.note}</td>
                <td>
                  <form method="post" action={`/admin/glossary/${term.id}/delete`}>
                    <input type="hidden" name="_csrf" value={csrf} />
                    <button
                      type="submit"
                      aria-label={t.t("glossary.deleteTerm", { term: term.sourceTerm })}
                    >
                      {t.t("glossary.delete")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.t("glossary.import")}</h2>
      <form method="post" action="/admin/glossary/import" class="stack">
        <input type="hidden" name="_csrf" value={csrf} />
        <div class="field">
          <label for="g-import-target">{t.t("glossary.targetLanguage")}</label>
          <select id="g-import-target" name="targetLanguage">
            {languageOptions(undefined)}
          </select>
        </div>
        <div class="field">
          <label for="g-csv">{t.t("glossary.csv")}</label>
          <textarea
            id="g-csv"
            name="csv"
            rows={8}
            aria-describedby="g-csv-hint"
            value={state.csv ?? ""}
          />
          <p id="g-csv-hint" class="hint">
            {t.t("glossary.csvHint")}
          </p>
        </div>
        <button type="submit">{t.t("glossary.importSubmit")}</button>
      </form>
      <h2>{t.t("exchange.glossary.download")}</h2>
      <ul>
        <li>
          <a href="/admin/glossary/export.tbx" download>
            {t.t("exchange.glossary.downloadTbx")}
          </a>
        </li>
        <li>
          <a href="/admin/glossary/export.csv" download>
            {t.t("exchange.glossary.downloadCsv")}
          </a>
        </li>
      </ul>
      {props.canExchange ? (
        <>
          <h2>{t.t("exchange.glossary.upload")}</h2>
          <UploadForm
            action="/admin/glossary/upload"
            csrf={csrf}
            submit={t.t("exchange.importSubmit")}
          >
            <div class="field">
              <label for="g-file-target">{t.t("glossary.targetLanguage")}</label>
              <select id="g-file-target" name="targetLanguage">
                {languageOptions(undefined)}
              </select>
            </div>
            <FileField
              id="g-file"
              label={t.t("exchange.file")}
              accept=".tbx,.csv,.xml"
              hint={t.t("exchange.glossary.uploadHint")}
            />
          </UploadForm>
        </>
      ) : null}
    </AdminLayout>
  );
}
