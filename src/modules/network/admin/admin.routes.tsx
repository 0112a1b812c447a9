import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { ConflictError, NotFoundError } from "../../../platform/errors.js";
import { authorize, verifyCsrf } from "../../../platform/http/auth.js";
import { readUploadForm } from "../../../platform/http/upload-form.js";
import { parseInput } from "../../../platform/http/validate.js";
import { sendHtml } from "../../../platform/http/route-helpers.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { importCities, IMPORT_LIMITS } from "../city-import.js";
import {
  NetworkAdminPage,
  EntityFormPage,
  EntityListPage,
  type FormErrors,
  ImportPage,
} from "./admin.view.js";
import {
  ADMIN_PAGE_SIZE,
  ENTITIES,
  ENTITY_KINDS,
  type FormValues,
  loadFieldChoices,
  MAX_ADMIN_SEARCH,
} from "./entities.js";
import {
  REFERENCE_SOURCES,
  referenceFieldsAsText,
  resolveReferenceFields,
  SOURCES,
} from "./references.js";

const kindParams = z.object({ kind: z.enum(ENTITY_KINDS) });
const idParams = z.object({
  kind: z.enum(ENTITY_KINDS),
  id: z.coerce.number().int().positive().max(2_147_483_647),
});
const indexQuery = z.object({ notice: z.enum(["saved", "deleted"]).optional() });
const listQuery = z.object({
  q: z.string().max(MAX_ADMIN_SEARCH).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  notice: z.enum(["saved", "deleted"]).optional(),
});
const formQuery = z.object({ back: z.string().max(400).optional() });

/**
 * The page of a kind's list a form was opened from (`back`, as the list links
 * it), rebuilt from its search and page number only: never another address.
 */
function listPageOf(kind: string, back: unknown): string | undefined {
  if (typeof back !== "string" || !back.startsWith("/") || back.startsWith("//")) return undefined;
  const url = new URL(back, "http://workspace.invalid");
  const path = `/admin/network/${kind}`;
  if (url.pathname !== path) return undefined;
  const params = new URLSearchParams();
  const q = url.searchParams.get("q")?.slice(0, MAX_ADMIN_SEARCH);
  const page = url.searchParams.get("page");
  if (q) params.set("q", q);
  if (page && /^[1-9]\d{0,5}$/.test(page)) params.set("page", page);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Where a write sends the editor: back to the list page the form came from, or the index. */
function afterWrite(kind: string, back: string | undefined, notice: "saved" | "deleted"): string {
  if (back) return `${back}${back.includes("?") ? "&" : "?"}notice=${notice}`;
  return `/admin/network?notice=${notice}#section-${kind}`;
}
// Control characters name nothing (NUL would even end SQLite's pattern early), so they are dropped.
const suggestQuery = z.object({
  q: z
    .string()
    .max(MAX_ADMIN_SEARCH)
    .default("")
    .transform((q) =>
      [...q]
        .filter((c) => c >= " " && c !== "\u007f")
        .join("")
        .trim(),
    ),
});
const formBody = z.record(
  z.string().max(100),
  z.union([z.string().max(60_000), z.array(z.string().max(200)).max(200)]),
);

/**
 * The network's workspace: the directory's lists (content.read), forms to add,
 * edit and delete entries, and the city import (content.write). Every write
 * checks the role, then the CSRF token, before reading anything else.
 */
export async function registerNetworkAdminRoutes(
  app: FastifyInstance,
  ctx: AppContext,
): Promise<void> {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const guardWrite = async (request: FastifyRequest): Promise<SignedIn> => {
    const signedIn = authorize(request, "content.write");
    await verifyCsrf(request);
    return signedIn;
  };
  const actor = (request: FastifyRequest, signedIn: SignedIn) => ({
    actorId: signedIn.user.id,
    ip: request.ip,
    now: ctx.now(),
  });
  const showForm = async (
    reply: FastifyReply,
    input: {
      signedIn: SignedIn;
      kind: (typeof ENTITY_KINDS)[number];
      id?: number;
      values: FormValues;
      errors?: FormErrors;
      status?: number;
      /** The list page to return to after the write. */
      back?: string;
    },
  ) => {
    const t = workspaceTranslator(reply.request);
    return sendHtml(
      reply,
      input.status ?? 200,
      <EntityFormPage
        chrome={chrome}
        t={t}
        signedIn={input.signedIn}
        kind={input.kind}
        spec={ENTITIES[input.kind]}
        id={input.id}
        values={input.values}
        errors={input.errors ?? {}}
        back={input.back}
        choices={await loadFieldChoices(ctx.db, t, ENTITIES[input.kind])}
      />,
    );
  };

  app.get("/admin/network", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const { notice } = parseInput(indexQuery, request.query);
    // Each kind shows its first entries and its count; a longer list has its own pages.
    const sections = [];
    for (const kind of ENTITY_KINDS) {
      const spec = ENTITIES[kind];
      const { rows, total } = await spec.page(ctx.db, t, {
        search: "",
        limit: ADMIN_PAGE_SIZE,
        offset: 0,
      });
      sections.push({ spec, rows, total });
    }
    return sendHtml(
      reply,
      200,
      <NetworkAdminPage
        chrome={chrome}
        t={t}
        signedIn={signedIn}
        canWrite={can(signedIn.user, "content.write")}
        sections={sections}
        notice={notice}
      />,
    );
  });

  app.get("/admin/network/:kind", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const { kind } = parseInput(kindParams, request.params);
    const { q, page, notice } = parseInput(listQuery, request.query);
    const search = q?.trim() ?? "";
    const spec = ENTITIES[kind];
    const { rows, total } = await spec.page(ctx.db, t, {
      search,
      limit: ADMIN_PAGE_SIZE,
      offset: (page - 1) * ADMIN_PAGE_SIZE,
    });
    const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
    // Past the last page there is nothing to show; page 1 always answers (with "no match").
    if (page > pages) throw new NotFoundError();
    return sendHtml(
      reply,
      200,
      <EntityListPage
        chrome={chrome}
        t={t}
        signedIn={signedIn}
        canWrite={can(signedIn.user, "content.write")}
        spec={spec}
        rows={rows}
        total={total}
        page={page}
        pages={pages}
        search={search}
        notice={notice}
      />,
    );
  });

  // The typed fields' suggestions (/admin/network/cities.json, people.json, organisations.json,
  // items.json): a few entries whose name contains the text typed so far, as { <source>: [...] }.
  // One limit for all of them, 600 a minute per address: a form's fields share the budget
  // (a route's own config.rateLimit counts in a store of its own, whatever its groupId).
  const suggestionLimit = app.rateLimit({ max: 600, timeWindow: "1 minute" });
  for (const source of REFERENCE_SOURCES) {
    app.get(
      `/admin/network/${source}.json`,
      { onRequest: suggestionLimit },
      async (request, reply) => {
        authorize(request, "content.write");
        const { q } = parseInput(suggestQuery, request.query);
        const choices =
          q === "" ? [] : await SOURCES[source].suggest(ctx.db, workspaceTranslator(request), q);
        return reply
          .code(200)
          .header("cache-control", "no-store")
          .send({ [source]: choices });
      },
    );
  }

  app.get("/admin/network/:kind/new", async (request, reply) => {
    const signedIn = authorize(request, "content.write");
    const { kind } = parseInput(kindParams, request.params);
    const back = listPageOf(kind, parseInput(formQuery, request.query).back);
    return showForm(reply, { signedIn, kind, values: {}, back });
  });

  app.get("/admin/network/:kind/:id/edit", async (request, reply) => {
    const signedIn = authorize(request, "content.write");
    const { kind, id } = parseInput(idParams, request.params);
    const stored = await ENTITIES[kind].load(ctx.db, id);
    if (!stored) throw new NotFoundError();
    const values = await referenceFieldsAsText(
      ctx.db,
      workspaceTranslator(request),
      ENTITIES[kind].fields,
      stored,
    );
    const back = listPageOf(kind, parseInput(formQuery, request.query).back);
    return showForm(reply, { signedIn, kind, id, values, back });
  });

  const save = async (request: FastifyRequest, reply: FastifyReply, hasId: boolean) => {
    const signedIn = await guardWrite(request);
    const { kind, id } = hasId
      ? parseInput(idParams, request.params)
      : { ...parseInput(kindParams, request.params), id: undefined };
    const body = parseInput(formBody, request.body ?? {});
    const { _csrf: _token, _back: backField, ...values } = body;
    const back = listPageOf(kind, backField);
    // Cities, people, organisations and items are typed by name: resolved to their ids
    // here, or the form says which name matched none or several.
    const references = await resolveReferenceFields(
      ctx.db,
      workspaceTranslator(request),
      ENTITIES[kind].fields,
      values,
    );
    if (Object.keys(references.errors).length > 0)
      return showForm(reply, {
        signedIn,
        kind,
        id,
        values,
        errors: references.errors,
        status: 400,
        back,
      });
    try {
      const result = await ENTITIES[kind].save(ctx.db, {
        ...actor(request, signedIn),
        id,
        body: references.body,
        sourceLanguage: ctx.config.sourceLanguage,
      });
      if ("errors" in result)
        return showForm(reply, {
          signedIn,
          kind,
          id,
          values,
          errors: result.errors,
          status: 400,
          back,
        });
      await app.civitas.refreshContentVersion();
      return reply.redirect(afterWrite(kind, back, "saved"), 303);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "slug_taken") {
        return showForm(reply, {
          signedIn,
          kind,
          id,
          values,
          errors: { slug: "network.error.slugTaken" },
          status: 409,
          back,
        });
      }
      throw error;
    }
  };
  app.post("/admin/network/:kind", (request, reply) => save(request, reply, false));
  app.post("/admin/network/:kind/:id", (request, reply) => save(request, reply, true));

  app.post("/admin/network/:kind/:id/delete", async (request, reply) => {
    const signedIn = await guardWrite(request);
    const { kind, id } = parseInput(idParams, request.params);
    try {
      await ENTITIES[kind].remove(ctx.db, { ...actor(request, signedIn), id });
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === "in_use")) throw error;
      const values = (await ENTITIES[kind].load(ctx.db, id)) ?? {};
      const errors = { name: "network.error.inUse" };
      return showForm(reply, { signedIn, kind, id, values, errors, status: 409 });
    }
    await app.civitas.refreshContentVersion();
    return reply.redirect(`/admin/network?notice=deleted#section-${kind}`, 303);
  });

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: IMPORT_LIMITS.bytes + 1,
        files: 1,
        fields: 4,
        fieldSize: 1024,
        parts: 6,
        headerPairs: 20,
      },
    });

    scope.get("/admin/network/import", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "content.write");
      return sendHtml(
        reply,
        200,
        <ImportPage chrome={chrome} t={t} signedIn={signedIn} report={undefined} />,
      );
    });

    scope.post("/admin/network/import", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "content.write");
      const form = await readUploadForm(request, { maxBytes: IMPORT_LIMITS.bytes });
      const bytes = form.bytes;
      const skipInvalid = form.fields.skipInvalid === "1";
      if (!bytes) {
        return sendHtml(
          reply,
          400,
          <ImportPage
            chrome={chrome}
            t={t}
            signedIn={signedIn}
            report={undefined}
            problem="network.import.noFile"
          />,
        );
      }
      const report = await importCities(ctx.db, {
        bytes,
        skipInvalid,
        sourceLanguage: ctx.config.sourceLanguage,
        actorId: signedIn.user.id,
        now: ctx.now(),
      });
      if (report.written > 0) await app.civitas.refreshContentVersion();
      const status =
        report.fileProblem || (report.invalid.length > 0 && report.written === 0) ? 422 : 200;
      return sendHtml(
        reply,
        status,
        <ImportPage chrome={chrome} t={t} signedIn={signedIn} report={report} />,
      );
    });
  });
}
