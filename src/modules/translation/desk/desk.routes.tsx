import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { LocaleCode } from "../../../platform/config.js";
import { ConflictError, NotFoundError, ValidationError } from "../../../platform/errors.js";
import { authorize } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { getTranslator } from "../../../platform/i18n/translator.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { languageLabel } from "../../../platform/i18n/locales.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { guardWrite, refreshPages, sendHtml } from "../../../platform/http/route-helpers.js";
import { ItemPage } from "../../content/index.js";
import { saveReview } from "../review/review.service.js";
import type { TranslationRuntime } from "../runtime.js";
import { loadDesk, loadDeskPreview, publishDeskLanguage } from "./desk.service.js";
import { DeskPage, deskPath, PreviewBanner } from "./desk.view.js";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const deskParams = z.object({ itemId: id, lang: z.string().max(3) });
const sentenceParams = deskParams.extend({ hash: z.string().regex(/^[0-9a-f]{64}$/) });
const deskQuery = z.object({
  saved: z.enum(["1"]).optional(),
  published: z.enum(["live", "held"]).optional(),
});
const sentenceForm = z.object({ targetText: z.string().max(8000) });

/**
 * The translation desk (`/admin/desk/items/:itemId/:lang`): an item translated
 * sentence by sentence into one language. Saving a sentence goes through the
 * review desk's `saveReview` (as a plain form post, or JSON for the island's
 * autosave); publishing makes the language live through the pipeline's gate.
 * Every route needs `translations.review`; writes a CSRF token.
 */
export function registerDeskRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const targets: readonly string[] = ctx.config.languages.filter(
    (l) => l !== ctx.config.sourceLanguage,
  );
  const deps = { db: ctx.db, config: ctx.config, runtime: ctx.translation, now: ctx.now };

  const paramsOf = <T extends z.ZodType<{ lang: string }>>(schema: T, request: FastifyRequest) => {
    const params = parseInput(schema, request.params);
    if (!targets.includes(params.lang)) throw new NotFoundError();
    return params;
  };

  const renderDesk = async (
    reply: FastifyReply,
    input: {
      status: number;
      signedIn: SignedIn;
      itemId: number;
      language: string;
      notice?: string;
      error?: string;
      /** A refused sentence's text, shown back in its field so nothing typed is lost. */
      kept?: { hash: string; text: string };
    },
  ) => {
    const desk = await loadDesk(deps, { itemId: input.itemId, language: input.language });
    if (!desk) throw new NotFoundError();
    return sendHtml(
      reply,
      input.status,
      <DeskPage
        t={workspaceTranslator(reply.request)}
        chrome={chrome}
        signedIn={input.signedIn}
        desk={desk}
        notice={input.notice}
        error={input.error}
        kept={input.kept}
      />,
    );
  };

  app.get("/admin/desk/items/:itemId/:lang", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.review");
    const params = paramsOf(deskParams, request);
    const query = parseInput(deskQuery, request.query);
    const language = languageLabel(params.lang);
    const notice =
      query.published === "live"
        ? t.t("desk.published", { language })
        : query.published === "held"
          ? t.t("desk.publishHeld", { language })
          : query.saved
            ? t.t("desk.saved")
            : undefined;
    return renderDesk(reply, {
      status: 200,
      signedIn,
      itemId: params.itemId,
      language: params.lang,
      notice,
    });
  });

  app.post("/admin/desk/items/:itemId/:lang/sentences/:hash", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = await guardWrite(request, "translations.review");
    const params = paramsOf(sentenceParams, request);
    const form = parseInput(sentenceForm, request.body);
    const wantsJson = (request.headers.accept ?? "").includes("application/json");
    const desk = await loadDesk(deps, { itemId: params.itemId, language: params.lang });
    const index = desk?.sentences.findIndex((s) => s.hash === params.hash) ?? -1;
    if (!desk || index === -1) throw new NotFoundError();
    try {
      const outcome = await saveReview(deps, {
        sourceHash: params.hash,
        language: params.lang,
        action: { kind: "edit", targetText: form.targetText },
        actorId: signedIn.user.id,
        ip: request.ip,
      });
      if (!outcome) throw new NotFoundError();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The island shows the problem inside its own "Not saved: …" state.
      if (wantsJson) {
        return reply.code(400).send({ error: { code: error.code, message: error.message } });
      }
      const problem = t.t("review.editor.invalid", { problem: error.message });
      return renderDesk(reply, {
        status: 400,
        signedIn,
        itemId: params.itemId,
        language: params.lang,
        error: problem,
        kept: { hash: params.hash, text: form.targetText },
      });
    }
    await refreshPages(app);
    const after = await loadDesk(deps, { itemId: params.itemId, language: params.lang });
    const done = after?.done ?? 0;
    const total = after?.total ?? 0;
    if (wantsJson) {
      return reply.send({
        saved: true,
        done,
        total,
        progress: t.t("desk.progress", { done, total }),
        left: done < total ? t.t("desk.publishLeft", { left: total - done }) : "",
      });
    }
    // Without JavaScript "Accept and next" still means next: the page opens at the next sentence to do.
    const next =
      after?.sentences.slice(index + 1).find((s) => !s.isDone) ??
      after?.sentences.find((s) => !s.isDone);
    const anchor = next ? `#s-${next.hash.slice(0, 16)}` : "";
    return reply.redirect(`${deskPath(params.itemId, params.lang)}?saved=1${anchor}`, 303);
  });

  app.post("/admin/desk/items/:itemId/:lang/publish", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = await guardWrite(request, "translations.review");
    const params = paramsOf(deskParams, request);
    try {
      const outcome = await publishDeskLanguage(deps, {
        itemId: params.itemId,
        language: params.lang,
      });
      if (!outcome) throw new NotFoundError();
      await refreshPages(app);
      return reply.redirect(
        `${deskPath(params.itemId, params.lang)}?published=${outcome.isLive ? "live" : "held"}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return renderDesk(reply, {
        status: 409,
        signedIn,
        itemId: params.itemId,
        language: params.lang,
        error:
          error.code === "desk_incomplete"
            ? t.t("desk.publishIncomplete")
            : t.t("desk.publishNotPublished"),
      });
    }
  });

  app.get("/admin/desk/items/:itemId/:lang/preview", async (request, reply) => {
    const t = workspaceTranslator(request);
    authorize(request, "translations.review");
    const params = paramsOf(deskParams, request);
    const data = await loadDeskPreview(deps, { itemId: params.itemId, language: params.lang });
    const site = getTranslator(params.lang as LocaleCode);
    const banner = renderDocument(
      <PreviewBanner t={t} language={params.lang} back={deskPath(params.itemId, params.lang)} />,
    ).replace(/^<!doctype html>/, "");
    // As the editor's preview: exactly the public page, with the robots meta and our banner added.
    const html = renderDocument(<ItemPage chrome={chrome} t={site} data={data} />)
      .replace("<head>", '<head><meta name="robots" content="noindex, nofollow"/>')
      .replace(/<body([^>]*)>/, (body) => body + banner);
    return reply
      .code(200)
      .type("text/html; charset=utf-8")
      .header("x-robots-tag", "noindex, nofollow")
      .send(html);
  });
}
