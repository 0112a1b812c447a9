import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../app-context.js";
import { mediaDir } from "../../platform/config.js";
import { UnauthenticatedError, ValidationError } from "../../platform/errors.js";
import { parseInput } from "../../platform/http/validate.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { sniffImageType, storeDocument, storeImage } from "../content/index.js";
import { listAllTags } from "./api-tag.repository.js";
import { presentMedia, presentTag } from "./api.presenter.js";
import { type ApiRoute, defineRoute } from "./api-route.js";
import {
  mediaSchema,
  mediaUploadFieldsSchema,
  mediaUploadFormSchema,
  tagListSchema,
} from "./api.schemas.js";

/** The largest file the API accepts. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** The tag list and the media upload. */
export function tagsAndMediaRoutes(ctx: AppContext, afterWrite: () => Promise<void>): ApiRoute[] {
  return [
    defineRoute({
      method: "GET",
      url: "/tags",
      operationId: "listTags",
      summary: "Every tag, by name",
      tag: "tags",
      action: "content.read",
      status: 200,
      response: tagListSchema,
      async handle() {
        return { tags: (await listAllTags(ctx.db, 5000)).map(presentTag) };
      },
    }),
    defineRoute({
      method: "POST",
      url: "/media",
      operationId: "uploadMedia",
      summary: "Stores an image (alt text required) or a PDF; the same bytes are stored once",
      tag: "media",
      action: "media.write",
      multipartForm: mediaUploadFormSchema,
      status: 201,
      response: mediaSchema,
      errors: [413],
      async handle({ user, request }) {
        if (!user) throw new UnauthenticatedError();
        const upload = await readUpload(request);
        const now = ctx.now();
        const common = {
          bytes: upload.bytes,
          originalName: upload.fileName,
          mediaDir: mediaDir(ctx.config),
          actorId: user.id,
          now,
        };
        let media;
        if (sniffImageType(upload.bytes)) {
          const alt = (upload.fields.alt ?? "").trim();
          if (alt === "") {
            throw new ValidationError("An image needs alt text", [
              { path: "alt", message: "required for images" },
            ]);
          }
          media = await storeImage(ctx.db, { ...common, altText: alt });
        } else {
          media = await storeDocument(ctx.db, common);
        }
        await recordAudit(ctx.db, {
          actorId: user.id,
          action: "created",
          subjectType: "media",
          subjectId: String(media.id),
          summary: media.originalName,
          ip: request.ip,
          now,
        });
        await afterWrite();
        return presentMedia(media);
      },
    }),
  ];
}

async function readUpload(request: FastifyRequest): Promise<{
  bytes: Uint8Array;
  fileName: string;
  fields: { alt?: string | undefined };
}> {
  if (!request.isMultipart()) {
    throw new ValidationError("Send the file as multipart/form-data", [
      { path: "file", message: "required" },
    ]);
  }
  let file: { bytes: Buffer; fileName: string } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === "file") {
      if (part.fieldname !== "file" || file) {
        await part.toBuffer();
        throw new ValidationError("Send exactly one file, in the field `file`");
      }
      file = { bytes: await readFile(part), fileName: part.filename };
    } else if (typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file || file.bytes.byteLength === 0) {
    throw new ValidationError("No file", [{ path: "file", message: "required" }]);
  }
  return {
    bytes: file.bytes,
    fileName: file.fileName,
    fields: parseInput(mediaUploadFieldsSchema, fields),
  };
}

async function readFile(part: MultipartFile): Promise<Buffer> {
  const bytes = await part.toBuffer();
  if (part.file.truncated) throw new ValidationError("The file is too large");
  return bytes;
}
