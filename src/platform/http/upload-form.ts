import type { FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import { multipartCsrf } from "./auth.js";

/** A workspace upload form as read: its one file (when given) and its text fields. */
export interface UploadForm {
  bytes?: Buffer;
  fileName?: string;
  fields: Record<string, string>;
}

/**
 * Reads a multipart upload form of the workspace (the scope registers
 * @fastify/multipart with its limits): the CSRF token is checked before a
 * file's bytes are read (`multipartCsrf`: the `x-csrf-token` header, or the
 * form's `_csrf` field placed before the file), a file over `maxBytes`
 * answers 413, an empty file counts as none.
 */
export async function readUploadForm(
  request: FastifyRequest,
  options: { maxBytes: number },
): Promise<UploadForm> {
  const csrf = multipartCsrf(request);
  const form: UploadForm = { fields: {} };
  for await (const part of request.parts()) {
    if (part.type === "file") {
      csrf.beforeFile();
      const buffer = await part.toBuffer().catch((error: unknown) => {
        throw tooLarge(error);
      });
      if (part.file.truncated || buffer.byteLength > options.maxBytes) throw tooLarge();
      if (part.fieldname === "file" && buffer.byteLength > 0) {
        form.bytes = buffer;
        form.fileName = part.filename;
      }
    } else if (typeof part.value === "string") {
      csrf.field(part.fieldname, part.value);
      form.fields[part.fieldname] = part.value;
    }
  }
  csrf.beforeFile();
  return form;
}

function tooLarge(cause?: unknown): AppError {
  return new AppError({
    status: 413,
    code: "file_too_large",
    message: "The file is too large",
    ...(cause === undefined ? {} : { cause }),
  });
}
