import type { FastifyInstance } from "fastify";
import { renderToString } from "preact-render-to-string";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { NotFoundError } from "../../../platform/errors.js";
import { sendPage } from "../../../platform/http/send-page.js";
import { sendHtml } from "../../../platform/http/route-helpers.js";
import { parseInput } from "../../../platform/http/validate.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { itemPath, listTextBlocks } from "../../content/index.js";
import { translatorFor } from "../../../platform/i18n/site-translator.js";
import { bestMatch } from "./blocks.js";
import { findLivePage, type LivePage } from "./page.repository.js";
import { loadPageSentences, type PageSentence, sentencesInText } from "./page-sentences.js";
import {
  MarkedBody,
  MarksPage,
  ReportForm,
  ReportPage,
  ThanksPage,
  type ReportFormState,
} from "./public.view.js";
import {
  checkReport,
  reportFormSchema,
  type ReportProblem,
  submitReport,
} from "./report.service.js";

/** Reports one address may send per hour. */
export const REPORTS_PER_HOUR = 10;

const itemId = z.coerce.number().int().positive().max(2_147_483_647);
const formQuery = z.object({
  item: itemId,
  block: z.coerce.number().int().min(0).max(100_000).optional(),
  quote: z.string().max(1000).default(""),
  /** The form alone, for the dialog the site's script opens on the article. */
  fragment: z.enum(["1"]).optional(),
});
const itemQuery = z.object({ item: itemId });
const marksQuery = z.object({ item: itemId, fragment: z.enum(["1"]).optional() });

/**
 * The reader's side of the quality desk: the report form of a translated
 * page (no CSRF token: anyone may report, so it is rate-limited per address,
 * size-limited and has a honeypot), its thank-you page, and the view that
 * marks each sentence machine-translated or reviewed.
 */
export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome: SiteChrome = { config: ctx.config, assets: ctx.assets };

  const livePage = async (lang: string, id: number): Promise<LivePage> => {
    const page = await findLivePage(ctx.db, { itemId: id, language: lang });
    if (!page) throw new NotFoundError();
    return page;
  };

  app.get<{ Params: { lang: string } }>("/:lang/translation-report", async (request, reply) => {
    const t = translatorFor(ctx, request.params.lang);
    const query = parseInput(formQuery, request.query);
    const page = await livePage(t.locale, query.item);
    const state = await formState(page, {
      block: query.block,
      quote: query.quote,
      values: { suggestion: "", comment: "", email: "" },
      problems: [],
    });
    if (query.fragment === "1")
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-store")
        .send(renderToString(<ReportForm t={t} state={state} inDialog />));
    return sendHtml(reply, 200, <ReportPage chrome={chrome} t={t} state={state} />);
  });

  app.post<{ Params: { lang: string } }>(
    "/:lang/translation-report",
    {
      config: {
        rateLimit: { max: REPORTS_PER_HOUR, timeWindow: "1 hour", groupId: "translation-report" },
      },
    },
    async (request, reply) => {
      const t = translatorFor(ctx, request.params.lang);
      const parsed = reportFormSchema.safeParse(request.body);
      if (!parsed.success) {
        const item = itemId.safeParse((request.body as { item?: unknown } | undefined)?.item);
        if (!item.success) throw new NotFoundError();
        const page = await livePage(t.locale, item.data);
        const state = await formState(page, {
          block: undefined,
          quote: "",
          values: { suggestion: "", comment: "", email: "" },
          problems: parsed.error.issues.some((i) => i.code === "too_big") ? ["tooLong"] : ["empty"],
        });
        return sendHtml(reply, 400, <ReportPage chrome={chrome} t={t} state={state} />);
      }
      const form = parsed.data;
      const page = await livePage(t.locale, form.item);
      const thanks = `/${t.locale}/translation-report/thanks?item=${page.item.id}`;
      // A robot filled the field people cannot see: it is thanked and forgotten.
      if (form.website !== "") return reply.redirect(thanks, 303);
      const { sentences } = await loadPageSentences(ctx.db, page);
      const { problems, sentence } = checkReport(form, sentences);
      if (problems.length > 0 || !sentence) {
        const state = await formState(
          page,
          {
            block: form.block,
            quote: form.quote,
            position: form.position,
            values: { suggestion: form.suggestion, comment: form.comment, email: form.email },
            problems,
          },
          sentences,
        );
        return sendHtml(reply, 400, <ReportPage chrome={chrome} t={t} state={state} />);
      }
      await submitReport(ctx.db, { page, sentence, form, ip: request.ip, now: ctx.now() });
      return reply.redirect(thanks, 303);
    },
  );

  app.get<{ Params: { lang: string } }>(
    "/:lang/translation-report/thanks",
    async (request, reply) => {
      const t = translatorFor(ctx, request.params.lang);
      const { item } = parseInput(itemQuery, request.query);
      const page = await livePage(t.locale, item);
      return sendHtml(reply, 200, <ThanksPage chrome={chrome} t={t} pagePath={pathOf(page)} />);
    },
  );

  app.get<{ Params: { lang: string } }>("/:lang/translation-status", async (request, reply) => {
    const version = ctx.pageCache.version;
    const t = translatorFor(ctx, request.params.lang);
    const query = parseInput(marksQuery, request.query);
    const page = await livePage(t.locale, query.item);
    const { sentences, blocks } = await loadPageSentences(ctx.db, page);
    const byPosition = new Map(sentences.map((s) => [s.position, s]));
    const marked = blocks.map((positions) =>
      positions.map((p) => byPosition.get(p)).filter((s): s is PageSentence => s !== undefined),
    );
    const body =
      query.fragment === "1" ? (
        <MarkedBody t={t} sourceLanguage={page.item.sourceLanguage} blocks={marked} />
      ) : (
        <MarksPage
          chrome={chrome}
          t={t}
          title={page.title}
          pagePath={pathOf(page)}
          sourceLanguage={page.item.sourceLanguage}
          blocks={marked}
        />
      );
    return sendPage(
      request,
      reply,
      ctx.pageCache,
      { body: renderDocument(body), lastModified: page.item.contentUpdatedAt, query },
      version,
    );
  });

  async function formState(
    page: LivePage,
    input: {
      block: number | undefined;
      quote: string;
      position?: number;
      values: { suggestion: string; comment: string; email: string };
      problems: ReportProblem[];
    },
    known?: PageSentence[],
  ): Promise<ReportFormState> {
    const sentences = (known ?? (await loadPageSentences(ctx.db, page)).sentences).filter(
      (s) => s.unit !== undefined,
    );
    let listed = sentences.filter((s) => s.field === "body");
    let block = input.block;
    const text = block === undefined ? undefined : listTextBlocks(page.bodyHtml)[block]?.text;
    if (text !== undefined) {
      const inBlock = sentencesInText(sentences, text);
      if (inBlock.length > 0) listed = inBlock;
      else block = undefined;
    } else block = undefined;
    // A paragraph of one sentence: that sentence is the one the reader means.
    let selected = input.position ?? (listed.length === 1 ? listed[0]?.position : undefined);
    if (selected === undefined && input.quote) {
      const match =
        bestMatch(listed, input.quote, (s) => s.unit?.targetText ?? s.source) ??
        bestMatch(sentences, input.quote, (s) => s.unit?.targetText ?? s.source);
      if (match && !listed.includes(match)) listed = [match, ...listed];
      selected = match?.position;
    }
    return {
      itemId: page.item.id,
      pageTitle: page.title,
      pagePath: pathOf(page),
      sourceLanguage: page.item.sourceLanguage,
      sentences: uniqueByHash(listed),
      selected,
      block,
      quote: input.quote,
      values: input.values,
      problems: input.problems,
    };
  }
}

/** Sends the form pages: they depend on the query and are never cached. */
function pathOf(page: LivePage): string {
  return itemPath(page.language, page.item.type, page.slug);
}

function uniqueByHash(sentences: readonly PageSentence[]): PageSentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => !seen.has(s.hash) && seen.add(s.hash));
}
