import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import { multipartCsrf } from "./auth.js";

/** A workspace upload form as read: its one file (when given) and its text fields. */
export interface UploadForm {
  bytes?: Buffer;
  fileName?: string;
  fields: Record<string, string>;
  /** The spooled file (see the `spool` option), written to disk as it streamed in. */
  spooled?: { path: string; fileName: string; bytes: number };
}

/** A second, larger file field written to a file in `dir` instead of memory (a ZIP, say). */
export interface SpoolOption {
  field: string;
  maxBytes: number;
  dir: string;
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
  options: { maxBytes: number; spool?: SpoolOption },
): Promise<UploadForm> {
  const csrf = multipartCsrf(request);
  const form: UploadForm = { fields: {} };
  for await (const part of request.parts()) {
    if (part.type === "file" && part.fieldname === options.spool?.field) {
      csrf.beforeFile();
      const spooled = await spoolFile(part.file, options.spool);
      if (spooled.bytes > 0) form.spooled = { ...spooled, fileName: part.filename };
      else fs.rmSync(spooled.path, { force: true });
    } else if (part.type === "file") {
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

/** Streams a file part to a new file in the spool's folder, refusing it (413) past its size. */
async function spoolFile(
  file: NodeJS.ReadableStream & { truncated?: boolean },
  spool: SpoolOption,
): Promise<{ path: string; bytes: number }> {
  const target = path.join(spool.dir, `upload-${randomUUID()}`);
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > spool.maxBytes) done(tooLarge());
      else done(null, chunk);
    },
  });
  try {
    await pipeline(file, count, fs.createWriteStream(target, { flags: "wx" }));
    if (file.truncated) throw tooLarge();
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error instanceof AppError ? error : tooLarge(error);
  }
  return { path: target, bytes };
}

function tooLarge(cause?: unknown): AppError {
  return new AppError({
    status: 413,
    code: "file_too_large",
    message: "The file is too large",
    ...(cause === undefined ? {} : { cause }),
  });
}
