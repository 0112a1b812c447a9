import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { ForbiddenError, NotFoundError } from "../../../platform/errors.js";
import { authorize } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { languageLabel } from "../../../platform/i18n/locales.js";
import { type Translator } from "../../../platform/i18n/translator.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import { isTimeZone } from "../../content/index.js";
import { fromWallTime } from "../../content/index.js";
import { guardWrite, sendHtml } from "../../../platform/http/route-helpers.js";
import { findItemById, findRevisionById } from "../../content/index.js";
import { deskPath } from "./assignment-mail.js";
import {
  type AssignmentRow,
  countAssignmentProgress,
  findAssignment,
  findOpenAssignment,
  listActiveUsers,
  listAssignmentsOf,
} from "./assignment.repository.js";
import {
  type AssignRefusal,
  assignTranslation,
  closeAssignmentByHand,
  mayCloseAssignment,
} from "./assignment.service.js";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const language = z.string().regex(/^[a-z]{2,3}$/);
const formQuery = z.object({
  item: id,
  lang: language,
  notice: z.enum(["assigned", "cancelled", "done"]).optional(),
});
const assignForm = z.object({
  itemId: id,
  language,
  assigneeId: z.union([z.literal(""), id]).default(""),
  dueAt: z.string().max(40).default(""),
  timeZone: z.string().max(100).refine(isTimeZone, "not a time zone").optional().default("UTC"),
});
const idParams = z.object({ id });
/** How many assignments the queue page lists. */
const QUEUE_SIZE = 200;

type Chrome = Parameters<typeof AdminLayout>[0]["chrome"];

/**
 * Translation assignments: the assign form (editors and administrators), a
 * translator's own queue (`/admin/my-translations`, by due date, each linking
 * to the whole-item desk), reassign, cancel and done. Writes need a CSRF token.
 */
export function registerAssignmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const deps = { db: ctx.db, config: ctx.config, now: ctx.now };

  const formPage = async (
    signedIn: SignedIn,
    input: {
      t: Translator;
      itemId: number;
      language: string;
      notice?: string;
      error?: AssignRefusal;
      values?: { assigneeId?: number; dueAt?: string };
    },
  ) => {
    const item = await findItemById(ctx.db, input.itemId);
    const targets: readonly string[] = ctx.config.languages;
    if (!item || item.sourceLanguage === input.language || !targets.includes(input.language))
      throw new NotFoundError();
    const revision =
      item.latestRevisionId === null
        ? undefined
        : await findRevisionById(ctx.db, item.latestRevisionId);
    const title = revision?.title ?? item.slug;
    const t = input.t;
    const section = await assignmentSection(ctx, signedIn, {
      t,
      itemId: item.id,
      language: input.language,
      error: input.error,
      values: input.values,
    });
    return (
      <AdminLayout chrome={chrome} t={t} title={t.t("assign.title")} signedIn={signedIn}>
        <h1 class="page-title">{t.t("assign.title")}</h1>
        <p>
          <a href={`/admin/review/items/${item.id}/${encodeURIComponent(input.language)}`}>
            {t.t("assign.subject", { title, language: languageLabel(input.language) })}
          </a>
        </p>
        {input.notice ? (
          <p class="notice" role="status">
            {input.notice}
          </p>
        ) : null}
        {section}
      </AdminLayout>
    );
  };

  app.get("/admin/assignments/new", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.assign");
    const query = parseInput(formQuery, request.query);
    const assignment = await findOpenAssignment(ctx.db, {
      itemId: query.item,
      language: query.lang,
    });
    const notice =
      query.notice === "assigned" && assignment
        ? t.t("assign.notice.assigned", { name: assignment.assigneeName })
        : query.notice === "cancelled"
          ? t.t("assign.notice.cancelled")
          : query.notice === "done"
            ? t.t("assign.notice.done")
            : undefined;
    return sendHtml(
      reply,
      200,
      await formPage(signedIn, { t, itemId: query.item, language: query.lang, notice }),
    );
  });

  app.post("/admin/assignments", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = await guardWrite(request, "translations.assign");
    const form = parseInput(assignForm, request.body);
    const refuse = async (error: AssignRefusal) =>
      sendHtml(
        reply,
        400,
        await formPage(signedIn, {
          t,
          itemId: form.itemId,
          language: form.language,
          error,
          values: { assigneeId: form.assigneeId || undefined, dueAt: form.dueAt },
        }),
      );
    if (form.assigneeId === "") return refuse("assignee");
    const dueAt = fromWallTime(form.dueAt, form.timeZone);
    if (dueAt === false || dueAt === "") return refuse("date");
    const result = await assignTranslation(deps, {
      itemId: form.itemId,
      language: form.language,
      assigneeId: form.assigneeId,
      dueAt: new Date(dueAt),
      actorId: signedIn.user.id,
      ip: request.ip,
    });
    if (!result.ok) return refuse(result.reason);
    return reply.redirect(
      `/admin/assignments/new?item=${form.itemId}&lang=${form.language}&notice=assigned`,
      303,
    );
  });

  const close = (status: "done" | "cancelled") =>
    app.post(
      `/admin/assignments/:id/${status === "done" ? "done" : "cancel"}`,
      async (request, reply) => {
        const signedIn = await guardWrite(
          request,
          status === "done" ? "translations.review" : "translations.assign",
        );
        const params = parseInput(idParams, request.params);
        const assignment = await findAssignment(ctx.db, params.id);
        if (!assignment) throw new NotFoundError();
        if (!(await mayCloseAssignment(ctx, { id: params.id, user: signedIn.user })))
          throw new ForbiddenError();
        await closeAssignmentByHand(deps, {
          id: params.id,
          status,
          actorId: signedIn.user.id,
          ip: request.ip,
        });
        // The translator goes back to their queue; an editor to the assign form.
        const back = can(signedIn.user, "translations.assign")
          ? `/admin/assignments/new?item=${assignment.itemId}&lang=${assignment.language}&notice=${status}`
          : "/admin/my-translations";
        return reply.redirect(back, 303);
      },
    );
  close("done");
  close("cancelled");

  app.get("/admin/my-translations", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.review");
    const rows = await listAssignmentsOf(ctx.db, {
      assigneeId: signedIn.user.id,
      limit: QUEUE_SIZE,
    });
    const progress = await Promise.all(rows.map((row) => countAssignmentProgress(ctx.db, row)));
    return sendHtml(
      reply,
      200,
      <QueuePage
        t={t}
        chrome={chrome}
        signedIn={signedIn}
        rows={rows.map((row, i) => ({ row, progress: progress[i] ?? { done: 0, total: 0 } }))}
        now={ctx.now().toISOString()}
      />,
    );
  });
}

/**
 * The assignment of an item's language as a section: who has it and when it
 * is due, and (for editors and administrators) the form to assign, reassign
 * or cancel it. The review desk's page shows it too.
 */
export async function assignmentSection(
  ctx: Pick<AppContext, "db" | "config">,
  signedIn: SignedIn,
  input: {
    /** The workspace translator of the request showing the section. */
    t: Translator;
    itemId: number;
    language: string;
    error?: AssignRefusal | undefined;
    values?: { assigneeId?: number | undefined; dueAt?: string } | undefined;
  },
) {
  const t = input.t;
  const current = await findOpenAssignment(ctx.db, input);
  const canAssign = can(signedIn.user, "translations.assign");
  const people = canAssign
    ? (await listActiveUsers(ctx.db)).filter((u) =>
        can({ role: u.role as SignedIn["user"]["role"] }, "translations.review"),
      )
    : [];
  const csrf = signedIn.csrfToken;
  const selected = input.values?.assigneeId ?? current?.assigneeId;
  const errorId = `assign-error-${input.itemId}-${input.language}`;
  return (
    <section
      class="section assignment"
      aria-labelledby={`assign-${input.itemId}-${input.language}`}
    >
      <h2 id={`assign-${input.itemId}-${input.language}`}>{t.t("assign.title")}</h2>
      {current ? (
        <p>
          {t.t("assign.current", { name: current.assigneeName, due: formatDue(t, current.dueAt) })}
        </p>
      ) : null}
      {input.error ? (
        <p class="notice notice--error" role="alert" id={errorId}>
          {t.t(`assign.error.${input.error}`)}
        </p>
      ) : null}
      {canAssign ? (
        <form method="post" action="/admin/assignments" class="stack">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="itemId" value={String(input.itemId)} />
          <input type="hidden" name="language" value={input.language} />
          <input type="hidden" name="timeZone" value="UTC" data-editor-zone />
          <div class="field">
            <label for={`a-assignee-${input.language}`}>{t.t("assign.assignee")}</label>
            <select
              id={`a-assignee-${input.language}`}
              name="assigneeId"
              required
              aria-describedby={input.error === "assignee" ? errorId : undefined}
            >
              <option value="" />
              {people.map((person) => (
                <option value={String(person.id)} selected={person.id === selected}>
                  {`${person.displayName} <${person.email}>`}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`a-due-${input.language}`}>{t.t("assign.dueAt")}</label>
            <input
              id={`a-due-${input.language}`}
              name="dueAt"
              type="datetime-local"
              required
              value={input.values?.dueAt ?? ""}
              aria-describedby={`a-due-hint-${input.language}`}
            />
            <p id={`a-due-hint-${input.language}`} class="hint">
              {t.t("assign.dueHint")}
            </p>
          </div>
          <button type="submit">{current ? t.t("assign.reassign") : t.t("assign.submit")}</button>
        </form>
      ) : null}
      {canAssign && current ? (
        <form method="post" action={`/admin/assignments/${current.id}/cancel`}>
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit">{t.t("assign.cancel")}</button>
        </form>
      ) : null}
    </section>
  );
}

function QueuePage(props: {
  t: Translator;
  chrome: Chrome;
  signedIn: SignedIn;
  rows: { row: AssignmentRow; progress: { done: number; total: number } }[];
  now: string;
}) {
  const { t, rows } = props;
  return (
    <AdminLayout chrome={props.chrome} t={t} title={t.t("myQueue.title")} signedIn={props.signedIn}>
      <h1 class="page-title">{t.t("myQueue.title")}</h1>
      {rows.length === 0 ? (
        <p>{t.t("myQueue.none")}</p>
      ) : (
        <div class="table-scroll" tabindex={0} role="region" aria-label={t.t("myQueue.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.t("myQueue.item")}</th>
                <th scope="col">{t.t("myQueue.language")}</th>
                <th scope="col">{t.t("myQueue.due")}</th>
                <th scope="col">{t.t("myQueue.progress")}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ row, progress }) => {
                const isOverdue = row.status === "open" && row.dueAt < props.now;
                return (
                  <tr class={isOverdue ? "assignment--overdue" : undefined}>
                    <th scope="row">
                      <a href={deskPath(row.itemId, row.language)}>{row.title}</a>
                    </th>
                    <td lang={row.language}>{languageLabel(row.language)}</td>
                    <td>
                      <time datetime={row.dueAt}>{formatDue(t, row.dueAt)}</time>
                      {isOverdue ? (
                        <>
                          {" "}
                          <strong class="badge badge--overdue">{t.t("myQueue.overdue")}</strong>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {row.status === "done"
                        ? t.t("myQueue.complete")
                        : t.t("myQueue.progressValue", progress)}
                    </td>
                    <td>
                      <a href={deskPath(row.itemId, row.language)}>{t.t("myQueue.open")}</a>
                      {row.status === "open" ? (
                        <form method="post" action={`/admin/assignments/${row.id}/done`}>
                          <input type="hidden" name="_csrf" value={props.signedIn.csrfToken} />
                          <button type="submit">{t.t("assign.markDone")}</button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

/** A due date as the workspace writes dates: in UTC, named so. */
function formatDue(t: Translator, iso: string): string {
  return t.formatDate(iso, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
}
