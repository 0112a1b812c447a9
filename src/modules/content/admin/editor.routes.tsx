import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { recordAudit } from "../../../platform/audit/audit.repository.js";
import { ConflictError, ValidationError } from "../../../platform/errors.js";
import { authorize } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { ITEM_STATUSES, ITEM_TYPES, type Item } from "../content.table.js";
import { listItemsForAdmin } from "../item.repository.js";
import { RemoteImagesError, saveItem } from "../item.service.js";
import { isSlug } from "../slug.js";
import { findTagBySlug } from "../tag.repository.js";
import { ItemPage } from "../views/item.view.js";
import {
  emptyValues,
  type EditorValues,
  type FieldErrors,
  readEditorForm,
  toDraft,
  valuesFromRevision,
} from "./editor.form.js";
import { loadEditorData, loadMediaChoices, loadPreviewData } from "./editor.service.js";
import { EditorPage } from "./editor.view.js";
import { EDITOR_NOTICES, type EditorNotice } from "./publish-panel.view.js";
import { registerEditorIslandRoutes } from "./islands.routes.js";
import { registerLifecycleRoutes } from "./lifecycle.routes.js";
import { ContentListPage } from "./list.view.js";
import { registerRevisionRoutes } from "./revisions.routes.js";
import {
  guardWrite,
  itemIdOf,
  refreshPages,
  sendHtml,
} from "../../../platform/http/route-helpers.js";

const PAGE_SIZE = 25;
/** The header the editor's autosave sends: answer JSON instead of a redirect or a page. */
const AUTOSAVE_HEADER = "x-civitas-autosave";
const blankable = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(""), schema])
    .optional()
    .transform((v) => (v === "" ? undefined : (v as z.output<T> | undefined)));
const listQuery = z.object({
  type: blankable(z.enum(ITEM_TYPES)),
  status: blankable(z.enum(ITEM_STATUSES)),
  tag: blankable(z.string().max(120).refine(isSlug, "not a tag")),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
const newQuery = z.object({ type: z.enum(ITEM_TYPES).default("news") });
const editQuery = z.object({ notice: z.enum(EDITOR_NOTICES).optional() });

/** The editors' workspace for content: list, editor, save, preview, islands' JSON, publication and revision routes. */
export function registerContentEditorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome = { config: ctx.config, assets: ctx.assets };

  const renderEditor = async (
    reply: FastifyReply,
    input: {
      status: number;
      signedIn: SignedIn;
      item: Item | undefined;
      values: EditorValues;
      errors?: FieldErrors;
      notice?: EditorNotice;
    },
  ) =>
    sendHtml(
      reply,
      input.status,
      <EditorPage
        chrome={chrome}
        t={workspaceTranslator(reply.request)}
        signedIn={input.signedIn}
        item={input.item}
        values={input.values}
        errors={input.errors ?? {}}
        choices={await loadMediaChoices(ctx.db)}
        notice={input.notice}
      />,
    );

  app.get("/admin/content", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const query = parseInput(listQuery, request.query);
    const search = query.q?.trim() ?? "";
    const tag = query.tag ? await findTagBySlug(ctx.db, query.tag) : undefined;
    const { rows, total } =
      query.tag && !tag
        ? { rows: [], total: 0 }
        : await listItemsForAdmin(ctx.db, {
            type: query.type,
            status: query.status,
            tagId: tag?.id,
            search: search === "" ? undefined : search,
            limit: PAGE_SIZE,
            offset: (query.page - 1) * PAGE_SIZE,
          });
    return sendHtml(
      reply,
      200,
      <ContentListPage
        chrome={chrome}
        t={t}
        signedIn={signedIn}
        filters={{ type: query.type, status: query.status, tag: query.tag, q: search }}
        rows={rows}
        total={total}
        page={query.page}
        pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        canWrite={can(signedIn.user, "content.write")}
      />,
    );
  });

  app.get("/admin/content/new", async (request, reply) => {
    const signedIn = authorize(request, "content.write");
    const { type } = parseInput(newQuery, request.query);
    return renderEditor(reply, {
      status: 200,
      signedIn,
      item: undefined,
      values: emptyValues(type),
    });
  });

  app.get("/admin/content/:id/edit", async (request, reply) => {
    const signedIn = authorize(request, "content.write");
    const id = itemIdOf(request);
    const { notice } = parseInput(editQuery, request.query);
    const data = await loadEditorData(ctx.db, id);
    const values = valuesFromRevision({
      type: data.item.type,
      slug: data.item.slug,
      isFeatured: data.item.isFeatured === 1,
      revision: data.revision,
      tags: data.tags,
      attachments: data.attachments,
    });
    return renderEditor(reply, { status: 200, signedIn, item: data.item, values, notice });
  });

  const save = async (request: FastifyRequest, reply: FastifyReply, hasId: boolean) => {
    const signedIn = await guardWrite(request, "content.write");
    const itemId = hasId ? itemIdOf(request) : undefined;
    const existing = itemId === undefined ? undefined : (await loadEditorData(ctx.db, itemId)).item;
    const values = readEditorForm(request.body);
    if (!values) throw new ValidationError("The form is not valid");
    // The editor's autosave posts the same form and wants to stay on the page.
    const isAutosave = request.headers[AUTOSAVE_HEADER] === "1";
    const result = toDraft(values, existing?.sourceLanguage ?? ctx.config.sourceLanguage);
    if ("errors" in result && isAutosave) {
      return reply
        .code(400)
        .send({ error: { code: "invalid_draft", fields: Object.keys(result.errors) } });
    }
    if ("errors" in result) {
      return renderEditor(reply, {
        status: 400,
        signedIn,
        item: existing,
        values,
        errors: result.errors,
      });
    }
    const now = ctx.now();
    try {
      const saved = await saveItem(ctx.db, {
        itemId,
        draft: result.draft,
        actorId: signedIn.user.id,
        now,
      });
      if (saved.isNewRevision) {
        await recordAudit(ctx.db, {
          actorId: signedIn.user.id,
          action: existing ? "changed" : "created",
          subjectType: "item",
          subjectId: String(saved.item.id),
          summary: `revision ${saved.revision.number}: ${saved.revision.title}`,
          ip: request.ip,
          now,
        });
        await refreshPages(app);
      }
      if (isAutosave) {
        return reply.code(200).send({
          itemId: saved.item.id,
          revision: saved.revision.number,
          savedAt: now.toISOString(),
          action: `/admin/content/${saved.item.id}`,
          editUrl: `/admin/content/${saved.item.id}/edit`,
        });
      }
      return reply.redirect(`/admin/content/${saved.item.id}/edit?notice=saved`, 303);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "slug_taken" && isAutosave) {
        return reply.code(400).send({ error: { code: "invalid_draft", fields: ["slug"] } });
      }
      if (error instanceof ConflictError && error.code === "slug_taken") {
        const errors: FieldErrors = { slug: "editor.error.slugTaken" };
        return renderEditor(reply, { status: 400, signedIn, item: existing, values, errors });
      }
      if (error instanceof RemoteImagesError) {
        const errors: FieldErrors = { body: "editor.error.remoteImage" };
        return renderEditor(reply, { status: 400, signedIn, item: existing, values, errors });
      }
      throw error;
    }
  };

  // A 500,000-character body, URL-encoded, may need several megabytes.
  const bodyLimit = 4 * 1024 * 1024;
  app.post("/admin/content", { bodyLimit }, (request, reply) => save(request, reply, false));
  app.post("/admin/content/:id", { bodyLimit }, (request, reply) => save(request, reply, true));

  app.get("/admin/content/:id/preview", async (request, reply) => {
    const t = workspaceTranslator(request);
    authorize(request, "content.read");
    const data = await loadPreviewData(ctx.db, itemIdOf(request));
    const banner = renderDocument(
      <p class="preview-banner" role="status">
        {t.t("preview.banner", { number: data.revision.number })}
      </p>,
    ).replace(/^<!doctype html>/, "");
    // The public view has no slot for these, and must stay exactly the public page:
    // the robots meta goes first in head, the banner first in body (both our own markup).
    const html = renderDocument(<ItemPage chrome={chrome} t={t} data={data} />)
      .replace("<head>", '<head><meta name="robots" content="noindex, nofollow"/>')
      .replace(/<body([^>]*)>/, (body) => body + banner);
    return reply
      .code(200)
      .type("text/html; charset=utf-8")
      .header("x-robots-tag", "noindex, nofollow")
      .send(html);
  });

  registerEditorIslandRoutes(app, ctx);
  registerLifecycleRoutes(app, ctx);
  registerRevisionRoutes(app, ctx);
}
