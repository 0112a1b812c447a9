import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { bodyUrlOf, markdownOf } from "../media.presenter.js";
import type { AppContext } from "../../../app-context.js";
import { can } from "../../../platform/auth/policy.js";
import { safeEqual } from "../../../platform/auth/tokens.js";
import { mediaDir } from "../../../platform/config.js";
import { AppError, CsrfError } from "../../../platform/errors.js";
import { authorize, verifyCsrf } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { sendHtml } from "../../../platform/http/route-helpers.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { findMediaById, listMediaForLibrary } from "../media.repository.js";
import {
  changeMediaAltText,
  deleteMediaRecord,
  MEDIA_LIMITS,
  MediaInUseError,
  prepareUpload,
  readUpload,
  recordUpload,
  removeMediaFiles,
} from "../media.service.js";
import {
  type MediaLibraryFilter,
  mediaLibraryHref,
  MediaLibraryPage,
  type MediaNotice,
} from "./media-library.view.js";

const PAGE_SIZE = 24;

const libraryQuery = z
  .object({
    q: z.string().max(200).default(""),
    kind: z
      .enum(["image", "document", ""])
      .optional()
      .transform((kind) => kind || undefined),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    highlight: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    refused: z.enum(["unsupported_file", "file_too_large", "alt_required", "no_file"]).optional(),
  })
  .strict();
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const altBody = z.object({ _csrf: z.string().max(200).optional(), alt: z.string().max(2000) });

/** Refusals the library explains on its own page (in HTML) instead of a bare error page. */
const EXPLAINED = new Set([
  "unsupported_file",
  "file_too_large",
  "alt_required",
  "no_file",
  "media_in_use",
]);

/** The header the editor's drop-and-paste upload sends: answer with the Markdown to insert. */
const INSERT_HEADER = "x-civitas-insert";

/**
 * The media library of the workspace: browse (content.read), upload, change alt text and delete
 * (media.write). Multipart parsing is registered only inside this scope; await it.
 *
 * Uploads carry the CSRF token in the form's action URL (`?_csrf=…`) or the `x-csrf-token`
 * header, so it is checked before a single byte of the file is read, and the form works without JavaScript.
 */
export async function registerMediaAdminRoutes(
  app: FastifyInstance,
  ctx: AppContext,
): Promise<void> {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const dir = mediaDir(ctx.config);

  const showLibrary = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      filter: MediaLibraryFilter;
      status?: number;
      highlight?: number;
      notice?: MediaNotice;
    },
  ) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "content.read");
    const { filter } = options;
    const { rows, total } = await listMediaForLibrary(ctx.db, {
      kind: filter.kind,
      search: filter.q,
      limit: PAGE_SIZE,
      offset: (filter.page - 1) * PAGE_SIZE,
    });
    const highlight =
      options.highlight === undefined ? undefined : await findMediaById(ctx.db, options.highlight);
    return sendHtml(
      reply,
      options.status ?? 200,
      <MediaLibraryPage
        chrome={chrome}
        t={t}
        signedIn={signedIn}
        canWrite={can(signedIn.user, "media.write")}
        filter={filter}
        rows={rows}
        total={total}
        pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        highlight={highlight}
        notice={options.notice}
      />,
    );
  };

  /** Browsers get the library with the refusal explained; API-style callers get the JSON error. */
  const refuse = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    const wantsHtml = request.headers.accept?.includes("text/html") ?? false;
    if (!(error instanceof AppError) || !EXPLAINED.has(error.code) || !wantsHtml) throw error;
    const notice: MediaNotice = {
      code: error.code,
      ...(error instanceof MediaInUseError ? { usages: error.usages } : {}),
    };
    return showLibrary(request, reply, {
      filter: { q: "", kind: undefined, page: 1 },
      status: error.status,
      notice,
    });
  };

  const requireWrite = async (request: FastifyRequest) => {
    authorize(request, "media.write");
  };

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        // One byte over the largest allowed file marks the stream truncated; nothing is written to disk while reading.
        fileSize: MEDIA_LIMITS.documentBytes + 1,
        files: 1,
        fields: 4,
        fieldSize: 4096,
        parts: 6,
        headerPairs: 20,
      },
    });

    scope.get("/admin/media", async (request, reply) => {
      authorize(request, "content.read");
      const query = parseInput(libraryQuery, request.query);
      return showLibrary(request, reply, {
        filter: { q: query.q, kind: query.kind, page: query.page },
        ...(query.highlight === undefined ? {} : { highlight: query.highlight }),
        ...(query.refused === undefined
          ? {}
          : { notice: { code: query.refused, isUploadRefused: true } }),
      });
    });

    scope.post(
      "/admin/media",
      { preHandler: [requireWrite, verifyUploadCsrf] },
      async (request, reply) => {
        const signedIn = authorize(request, "media.write");
        try {
          const { bytes, fileName, alt } = await readUploadForm(request);
          // Encoding happens before the transaction: a large image must not hold the database's writer.
          const prepared = await prepareUpload(ctx.db, {
            bytes,
            originalName: fileName,
            altText: alt,
            mediaDir: dir,
          });
          const { media } = await ctx.db.transaction().execute((trx) =>
            recordUpload(trx, {
              upload: prepared,
              actorId: signedIn.user.id,
              ip: request.ip,
              now: ctx.now(),
            }),
          );
          // The editor's drop-and-paste upload asks for JSON: the Markdown to insert.
          if (request.headers[INSERT_HEADER] === "1") {
            const url = bodyUrlOf(media);
            return reply.code(201).send({
              id: media.id,
              url,
              markdown: url ? markdownOf({ ...media, url }) : undefined,
            });
          }
          return reply.redirect(mediaLibraryHref({}, media.id), 303);
        } catch (error) {
          // A browser's refused upload comes back by redirect: the address bar keeps no
          // CSRF token, a reload posts nothing again, and the page says to choose the file again.
          const wantsHtml = request.headers.accept?.includes("text/html") ?? false;
          if (wantsHtml && error instanceof AppError && EXPLAINED.has(error.code)) {
            return reply.redirect(`/admin/media?refused=${error.code}`, 303);
          }
          return refuse(request, reply, error);
        }
      },
    );

    scope.post(
      "/admin/media/:id/alt",
      { preHandler: [requireWrite, verifyCsrf] },
      async (request, reply) => {
        const signedIn = authorize(request, "media.write");
        const { id } = parseInput(idParams, request.params);
        const body = parseInput(altBody, request.body);
        try {
          await ctx.db.transaction().execute((trx) =>
            changeMediaAltText(trx, {
              id,
              altText: body.alt,
              actorId: signedIn.user.id,
              ip: request.ip,
              now: ctx.now(),
            }),
          );
        } catch (error) {
          return refuse(request, reply, error);
        }
        return reply.redirect(`/admin/media#media-${id}`, 303);
      },
    );

    scope.post(
      "/admin/media/:id/delete",
      { preHandler: [requireWrite, verifyCsrf] },
      async (request, reply) => {
        const signedIn = authorize(request, "media.write");
        const { id } = parseInput(idParams, request.params);
        try {
          const media = await ctx.db.transaction().execute((trx) =>
            deleteMediaRecord(trx, {
              id,
              actorId: signedIn.user.id,
              ip: request.ip,
              now: ctx.now(),
            }),
          );
          // Only after the commit: a rolled-back delete must not lose the files.
          await removeMediaFiles(dir, media);
        } catch (error) {
          return refuse(request, reply, error);
        }
        return reply.redirect("/admin/media", 303);
      },
    );
  });
}

/** Checks the upload's CSRF token from the query string or header, before the body is read. */
async function verifyUploadCsrf(request: FastifyRequest): Promise<void> {
  const expected = request.signedIn?.csrfToken;
  const query = request.query;
  const fromQuery =
    query && typeof query === "object" && "_csrf" in query ? query._csrf : undefined;
  const given = typeof fromQuery === "string" ? fromQuery : request.headers["x-csrf-token"];
  if (!expected || typeof given !== "string" || !safeEqual(given, expected)) throw new CsrfError();
}

/** Reads the multipart form: the single file (streamed with size limits) and the alt text. */
async function readUploadForm(
  request: FastifyRequest,
): Promise<{ bytes: Uint8Array; fileName: string; alt: string }> {
  let file: { bytes: Uint8Array; fileName: string } | undefined;
  let alt = "";
  for await (const part of request.parts()) {
    if (part.type === "file") {
      const stream = part.file;
      const bytes = await readUpload(stream, { truncated: () => stream.truncated });
      if (part.fieldname === "file" && bytes.byteLength > 0) {
        file = { bytes, fileName: part.filename };
      }
    } else if (part.fieldname === "alt" && typeof part.value === "string") {
      alt = part.value;
    }
  }
  if (!file)
    throw new AppError({ status: 400, code: "no_file", message: "Choose a file to upload" });
  return { ...file, alt };
}
