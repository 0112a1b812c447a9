import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../app-context.js";
import { findTagBySlug, itemDraftSchema, listItemsForAdmin } from "../content/index.js";
import { UnauthenticatedError } from "../../platform/errors.js";
import type { User } from "../../platform/platform.table.js";
import {
  type ApiActor,
  type LoadedItem,
  loadItem,
  publishItemFromApi,
  saveItemFromApi,
  unpublishItemFromApi,
} from "./api-content.service.js";
import { presentItem } from "./api.presenter.js";
import { type ApiRoute, defineRoute } from "./api-route.js";
import {
  contentListQuerySchema,
  idParamsSchema,
  itemListSchema,
  itemSchema,
  publishBodySchema,
} from "./api.schemas.js";

/** How many items a page of the content list holds. */
export const CONTENT_PAGE_SIZE = 20;

/** The content routes: list, read, create, update, publish, unpublish. */
export function contentRoutes(ctx: AppContext, afterWrite: () => Promise<void>): ApiRoute[] {
  const present = (loaded: LoadedItem) =>
    presentItem({ ...loaded, sourceLanguage: ctx.config.sourceLanguage });
  const actorOf = (user: User | undefined, request: FastifyRequest): ApiActor => ({
    actorId: (user ?? unauthenticated()).id,
    ip: request.ip,
    now: ctx.now(),
  });
  return [
    defineRoute({
      method: "GET",
      url: "/content",
      operationId: "listContent",
      summary: "Lists items of every status, newest change first",
      tag: "content",
      action: "content.read",
      query: contentListQuerySchema,
      status: 200,
      response: itemListSchema,
      async handle({ query }) {
        const tag = query.tag === undefined ? undefined : await findTagBySlug(ctx.db, query.tag);
        if (query.tag !== undefined && !tag) {
          return { items: [], page: query.page, pageSize: CONTENT_PAGE_SIZE, total: 0 };
        }
        const { rows, total } = await listItemsForAdmin(ctx.db, {
          ...(query.type ? { type: query.type } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(tag ? { tagId: tag.id } : {}),
          ...(query.q ? { search: query.q } : {}),
          limit: CONTENT_PAGE_SIZE,
          offset: (query.page - 1) * CONTENT_PAGE_SIZE,
        });
        return { items: rows, page: query.page, pageSize: CONTENT_PAGE_SIZE, total };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/content/:id",
      operationId: "getContent",
      summary: "An item with its latest revision and the revision readers see",
      tag: "content",
      action: "content.read",
      params: idParamsSchema,
      status: 200,
      response: itemSchema,
      errors: [404],
      async handle({ params }) {
        return present(await loadItem(ctx.db, params.id));
      },
    }),
    defineRoute({
      method: "POST",
      url: "/content",
      operationId: "createContent",
      summary: "Creates an item from a draft (its first revision)",
      tag: "content",
      action: "content.write",
      body: itemDraftSchema,
      status: 201,
      response: itemSchema,
      errors: [409],
      async handle({ body, user, request }) {
        const saved = await saveItemFromApi(ctx.db, { draft: body, actor: actorOf(user, request) });
        await afterWrite();
        return present(saved.loaded);
      },
    }),
    defineRoute({
      method: "PUT",
      url: "/content/:id",
      operationId: "updateContent",
      summary: "Saves a draft as a new revision (an identical draft adds nothing)",
      tag: "content",
      action: "content.write",
      params: idParamsSchema,
      body: itemDraftSchema,
      status: 200,
      response: itemSchema,
      errors: [404, 409],
      async handle({ params, body, user, request }) {
        const saved = await saveItemFromApi(ctx.db, {
          itemId: params.id,
          draft: body,
          actor: actorOf(user, request),
        });
        await afterWrite();
        return present(saved.loaded);
      },
    }),
    defineRoute({
      method: "POST",
      url: "/content/:id/publish",
      operationId: "publishContent",
      summary: "Publishes a revision (the latest unless one is named)",
      tag: "content",
      action: "content.publish",
      params: idParamsSchema,
      body: publishBodySchema,
      status: 200,
      response: itemSchema,
      errors: [404],
      async handle({ params, body, user, request }) {
        const loaded = await publishItemFromApi(ctx.db, {
          itemId: params.id,
          ...(body.revisionId === undefined ? {} : { revisionId: body.revisionId }),
          actor: actorOf(user, request),
        });
        await afterWrite();
        return present(loaded);
      },
    }),
    defineRoute({
      method: "POST",
      url: "/content/:id/unpublish",
      operationId: "unpublishContent",
      summary: "Takes an item off the site (back to draft; its revisions stay)",
      tag: "content",
      action: "content.publish",
      params: idParamsSchema,
      status: 200,
      response: itemSchema,
      errors: [404],
      async handle({ params, user, request }) {
        const loaded = await unpublishItemFromApi(ctx.db, {
          itemId: params.id,
          actor: actorOf(user, request),
        });
        await afterWrite();
        return present(loaded);
      },
    }),
  ];
}

function unauthenticated(): never {
  throw new UnauthenticatedError();
}
