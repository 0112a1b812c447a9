import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { NotFoundError, ValidationError } from "../../../platform/errors.js";
import { authorize } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { guardWrite, refreshPages, sendHtml } from "../../../platform/http/route-helpers.js";
import type { TranslationRuntime } from "../runtime.js";
import { countProgress, listFindingCodes, listQueue } from "./queue.repository.js";
import { findUnitLanguage } from "./unit.repository.js";
import { loadItemReview, type ReviewAction, saveReview } from "./review.service.js";
import { EditorPage, QueuePage } from "./review.view.js";
import { assignmentSection } from "../assignments/assignments.routes.js";

const PAGE_SIZE = 50;
const id = z.coerce.number().int().positive().max(2_147_483_647);
const queueQuery = z.object({
  language: z.string().max(3).default(""),
  item: z.union([z.literal(""), id]).default(""),
  code: z
    .string()
    .max(60)
    .regex(/^[a-z0-9-]*$/)
    .default(""),
  reports: z.enum(["1"]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
const editorParams = z.object({ id, lang: z.string().max(3) });
const editorQuery = z.object({
  pages: z.coerce.number().int().min(0).max(1_000_000).optional(),
  reports: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
const unitParams = z.object({ id });
const actionForm = z.discriminatedUnion("action", [
  z.object({ action: z.literal("edit"), item: id, targetText: z.string().max(8000) }),
  z.object({ action: z.literal("accept"), item: id, reportId: id }),
  z.object({ action: z.literal("reviewed"), item: id }),
]);

/**
 * The reviewer workspace: the queue (riskiest first, reported first),
 * per-language progress, and the side-by-side editor of an item in a
 * language whose forms save a unit, accept a reader's wording or mark a
 * unit reviewed. Every route needs `translations.review`; writes a CSRF token.
 */
export function registerReviewAdminRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const targets = ctx.config.languages.filter((l) => l !== ctx.config.sourceLanguage);
  const deps = { db: ctx.db, config: ctx.config, runtime: ctx.translation, now: ctx.now };

  app.get("/admin/review", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.review");
    const query = parseInput(queueQuery, request.query);
    const filter = {
      language: (targets as readonly string[]).includes(query.language)
        ? query.language
        : undefined,
      itemId: query.item === "" ? undefined : query.item,
      code: query.code || undefined,
      hasReports: query.reports === "1",
    };
    const rows = await listQueue(ctx.db, {
      filter,
      languages: targets,
      limit: PAGE_SIZE + 1,
      offset: (query.page - 1) * PAGE_SIZE,
    });
    const [progress, codes] = await Promise.all([
      countProgress(ctx.db, targets),
      listFindingCodes(ctx.db),
    ]);
    return sendHtml(
      reply,
      200,
      <QueuePage
        t={t}
        chrome={chrome}
        signedIn={signedIn}
        targets={targets}
        progress={progress}
        codes={codes}
        filter={filter}
        rows={rows.slice(0, PAGE_SIZE)}
        page={query.page}
        hasMore={rows.length > PAGE_SIZE}
      />,
    );
  });

  app.get("/admin/review/items/:id/:lang", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.review");
    const params = parseInput(editorParams, request.params);
    const query = parseInput(editorQuery, request.query);
    if (!(targets as readonly string[]).includes(params.lang)) throw new NotFoundError();
    const review = await loadItemReview(deps, { itemId: params.id, language: params.lang });
    if (!review) throw new NotFoundError();
    const notice =
      query.pages !== undefined
        ? t.t("review.editor.notice", { pages: query.pages, reports: query.reports ?? 0 })
        : undefined;
    return sendHtml(
      reply,
      200,
      <EditorPage
        t={t}
        chrome={chrome}
        signedIn={signedIn}
        review={review}
        notice={notice}
        error={undefined}
        assignment={await assignmentSection(ctx, signedIn, {
          t,
          itemId: params.id,
          language: params.lang,
        })}
      />,
    );
  });

  app.post("/admin/review/units/:id", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = await guardWrite(request, "translations.review");
    const { id: unitId } = parseInput(unitParams, request.params);
    const form = parseInput(actionForm, request.body);
    const action: ReviewAction =
      form.action === "edit"
        ? { kind: "edit", targetText: form.targetText }
        : form.action === "accept"
          ? { kind: "accept", reportId: form.reportId }
          : { kind: "reviewed" };
    try {
      const outcome = await saveReview(deps, {
        unitId,
        action,
        actorId: signedIn.user.id,
        ip: request.ip,
      });
      if (!outcome) throw new NotFoundError();
      await refreshPages(app);
      return reply.redirect(
        `/admin/review/items/${form.item}/${outcome.language}?pages=${outcome.pages}&reports=${outcome.reportsClosed}#u-${outcome.unitId}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const unit = await findUnitLanguage(ctx.db, unitId);
      const review =
        unit && (await loadItemReview(deps, { itemId: form.item, language: unit.targetLanguage }));
      if (!review) throw error;
      return sendHtml(
        reply,
        400,
        <EditorPage
          t={t}
          chrome={chrome}
          signedIn={signedIn}
          review={review}
          notice={undefined}
          error={t.t("review.editor.invalid", { problem: error.message })}
        />,
      );
    }
  });
}
