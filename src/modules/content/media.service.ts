import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../../database.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { AppError, ConflictError, NotFoundError, ValidationError } from "../../platform/errors.js";
import type { Insertable } from "kysely";
import type { Media, MediaTable } from "./content.table.js";
import {
  sniffImageType,
  UnsupportedImageError,
  writeImageVariants,
} from "./media/image-variants.js";
import {
  deleteMediaRow,
  findMediaByChecksum,
  findMediaById,
  insertMedia,
  listMediaUsages,
  type MediaUsage,
  updateMediaAltText,
} from "./media.repository.js";

const IMAGE_MIME = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
} as const;

/**
 * A file ready to be recorded: its bytes checked and written to the media
 * directory (image variants encoded), its row not yet inserted. Preparing
 * is the slow part (sharp, the disk) and happens outside any transaction.
 */
export type PreparedMedia = Omit<Insertable<MediaTable>, "altText" | "createdBy" | "createdAt">;

/**
 * Stores an image: its type is read from its bytes, responsive variants are
 * written beside the database (metadata stripped), and the same bytes are stored once.
 */
export async function storeImage(
  db: Db,
  input: {
    bytes: Uint8Array;
    originalName: string;
    altText: string;
    mediaDir: string;
    actorId: number | null;
    now: Date;
    /** Checks and encodes the image (default `prepareImage`; the tests' demo loads reuse one run's encodings). */
    prepare?: typeof prepareImage;
  },
): Promise<Media> {
  const existing = await findMediaByChecksum(db, sha256(input.bytes));
  if (existing) return existing;
  const prepare = input.prepare ?? prepareImage;
  return recordMedia(db, { ...input, prepared: await prepare(input) });
}

/** Stores a PDF document (checked by its bytes) once, under a name derived from its content. */
export async function storeDocument(
  db: Db,
  input: {
    bytes: Uint8Array;
    originalName: string;
    mediaDir: string;
    actorId: number | null;
    now: Date;
  },
): Promise<Media> {
  const existing = await findMediaByChecksum(db, sha256(input.bytes));
  if (existing) return existing;
  return recordMedia(db, { ...input, altText: "", prepared: await prepareDocument(input) });
}

/** Checks an image by its bytes and writes its variants (files named by content, so writing twice is harmless). */
export async function prepareImage(input: {
  bytes: Uint8Array;
  originalName: string;
  mediaDir: string;
}): Promise<PreparedMedia> {
  const checksum = sha256(input.bytes);
  const format = sniffImageType(input.bytes);
  if (!format) throw new ValidationError("This file is not a JPEG, PNG, WebP or AVIF image");
  const storageKey = `img-${checksum.slice(0, 20)}`;
  let processed;
  try {
    processed = await writeImageVariants({
      bytes: input.bytes,
      dir: input.mediaDir,
      baseName: storageKey,
    });
  } catch (error) {
    if (error instanceof UnsupportedImageError) throw new ValidationError(error.message);
    throw error;
  }
  return {
    kind: "image",
    storageKey,
    checksum,
    originalName: input.originalName.slice(0, 255),
    mimeType: IMAGE_MIME[format],
    bytes: input.bytes.byteLength,
    width: processed.width,
    height: processed.height,
    variants: JSON.stringify(processed.variants),
  };
}

/** Checks a PDF by its bytes and writes it to the media directory. */
export async function prepareDocument(input: {
  bytes: Uint8Array;
  originalName: string;
  mediaDir: string;
}): Promise<PreparedMedia> {
  const checksum = sha256(input.bytes);
  if (!isPdf(input.bytes)) throw new ValidationError("This file is not a PDF document");
  const storageKey = `doc-${checksum.slice(0, 20)}.pdf`;
  await fs.mkdir(input.mediaDir, { recursive: true });
  await fs.writeFile(path.join(input.mediaDir, storageKey), input.bytes);
  return {
    kind: "document",
    storageKey,
    checksum,
    originalName: input.originalName.slice(0, 255),
    mimeType: "application/pdf",
    bytes: input.bytes.byteLength,
    width: null,
    height: null,
    variants: "[]",
  };
}

/** Inserts the row of a prepared file, or returns the stored one with the same bytes. */
export async function recordMedia(
  db: Db,
  input: { prepared: PreparedMedia; altText: string; actorId: number | null; now: Date },
): Promise<Media> {
  const existing = await findMediaByChecksum(db, input.prepared.checksum);
  if (existing) return existing;
  return insertMedia(db, {
    ...input.prepared,
    altText: input.altText,
    createdBy: input.actorId,
    createdAt: input.now.toISOString(),
  });
}

/** The stored file with these bytes, if the library has one: what storeImage and recordMedia would reuse (reads only). */
export async function findStoredMedia(db: Db, bytes: Uint8Array): Promise<Media | undefined> {
  return findMediaByChecksum(db, sha256(bytes));
}

/** Largest uploads accepted, in bytes: images are decoded in memory, PDFs are only stored. */
export const MEDIA_LIMITS = {
  imageBytes: 20_000_000,
  documentBytes: 50_000_000,
} as const;

/** Longest alt text accepted, in characters. */
export const MAX_ALT_TEXT = 500;

/** The upload is not a JPEG, PNG, WebP or AVIF image nor a PDF (by its bytes; SVG, HTML and scripts included). */
export class UnsupportedFileError extends AppError {
  constructor() {
    super({
      status: 400,
      code: "unsupported_file",
      message: "Only JPEG, PNG, WebP and AVIF images and PDF documents can be uploaded",
    });
  }
}

/** The upload is larger than its kind allows. */
export class FileTooLargeError extends AppError {
  constructor() {
    super({ status: 413, code: "file_too_large", message: "This file is too large" });
  }
}

/** An image was uploaded, or its alt text changed, without a text alternative. */
export class AltTextRequiredError extends AppError {
  constructor() {
    super({ status: 400, code: "alt_required", message: "Describe the image in its alt text" });
  }
}

/** A file cannot be deleted while revisions use it; `usages` says where. */
export class MediaInUseError extends ConflictError {
  constructor(readonly usages: MediaUsage[]) {
    const where = usages.map((u) => `${u.title} (${u.itemType}, revision ${u.revisionNumber})`);
    super(`This file is still used by: ${where.join("; ")}`.slice(0, 1000), "media_in_use");
  }
}

/** Decides what an upload is from its bytes alone: an image we can process, a PDF, or neither. */
export function detectMediaKind(bytes: Uint8Array): Media["kind"] | undefined {
  if (sniffImageType(bytes)) return "image";
  return isPdf(bytes) ? "document" : undefined;
}

/**
 * Reads an upload stream into memory, refusing it once it exceeds the limit of its kind (a PDF by
 * its first bytes, anything else as an image); the rest is drained, never kept, so memory stays bounded.
 */
export async function readUpload(
  chunks: AsyncIterable<Buffer>,
  options: { truncated: () => boolean },
): Promise<Uint8Array> {
  const kept: Buffer[] = [];
  let total = 0;
  let limit: number = MEDIA_LIMITS.imageBytes;
  let isTooLarge = false;
  for await (const chunk of chunks) {
    const wasShort = total < 5;
    total += chunk.length;
    if (wasShort && !isTooLarge && total >= 5) {
      const head = Buffer.concat([...kept, chunk])
        .subarray(0, 5)
        .toString("latin1");
      if (head === "%PDF-") limit = MEDIA_LIMITS.documentBytes;
    }
    if (total > limit) isTooLarge = true;
    if (!isTooLarge) kept.push(chunk);
    else kept.length = 0;
  }
  if (isTooLarge || options.truncated()) throw new FileTooLargeError();
  return Buffer.concat(kept);
}

/** An upload checked and written to the media directory, or the stored file with the same bytes. */
export type PreparedUpload = { existing: Media } | { prepared: PreparedMedia; altText: string };

/**
 * Checks an upload (type from its bytes, alt text required for images, size)
 * and writes its files: the slow part (image variants are encoded here), so
 * run it before the transaction, never inside it; {@link recordUpload}
 * records the result.
 */
export async function prepareUpload(
  db: Db,
  input: { bytes: Uint8Array; originalName: string; altText: string; mediaDir: string },
): Promise<PreparedUpload> {
  const kind = detectMediaKind(input.bytes);
  if (!kind) throw new UnsupportedFileError();
  const altText = input.altText.trim();
  if (kind === "image" && altText === "") throw new AltTextRequiredError();
  const limit = kind === "image" ? MEDIA_LIMITS.imageBytes : MEDIA_LIMITS.documentBytes;
  if (input.bytes.byteLength > limit) throw new FileTooLargeError();
  const existing = await findMediaByChecksum(db, sha256(input.bytes));
  if (existing) return { existing };
  try {
    return kind === "image"
      ? { prepared: await prepareImage(input), altText: altText.slice(0, MAX_ALT_TEXT) }
      : { prepared: await prepareDocument(input), altText: "" };
  } catch (error) {
    // A valid signature on a body the decoder refuses (a polyglot, a damaged file) is still not an image we take.
    if (error instanceof ValidationError) throw new UnsupportedFileError();
    throw error;
  }
}

/**
 * Records a prepared upload and who did it, in the caller's transaction; the
 * same bytes uploaded again return the stored file with `isNew` false.
 */
export async function recordUpload(
  db: Db,
  input: { upload: PreparedUpload; actorId: number; ip: string; now: Date },
): Promise<{ media: Media; isNew: boolean }> {
  if ("existing" in input.upload) return { media: input.upload.existing, isNew: false };
  const stored = await findMediaByChecksum(db, input.upload.prepared.checksum);
  // Uploaded twice at once: the first transaction recorded it.
  if (stored) return { media: stored, isNew: false };
  const media = await recordMedia(db, {
    prepared: input.upload.prepared,
    altText: input.upload.altText,
    actorId: input.actorId,
    now: input.now,
  });
  await recordAudit(db, {
    actorId: input.actorId,
    action: "created",
    subjectType: "media",
    subjectId: String(media.id),
    summary: media.originalName,
    ip: input.ip,
    now: input.now,
  });
  return { media, isNew: true };
}

/** Changes the alt text of a stored image (required, trimmed) and records who did it. */
export async function changeMediaAltText(
  db: Db,
  input: { id: number; altText: string; actorId: number; ip: string; now: Date },
): Promise<Media> {
  const media = await findMediaById(db, input.id);
  if (!media) throw new NotFoundError();
  const altText = input.altText.trim().slice(0, MAX_ALT_TEXT);
  if (media.kind === "image" && altText === "") throw new AltTextRequiredError();
  await updateMediaAltText(db, media.id, altText);
  await bumpChangeCounter(db);
  await recordAudit(db, {
    actorId: input.actorId,
    action: "changed",
    subjectType: "media",
    subjectId: String(media.id),
    summary: "alt text",
    ip: input.ip,
    now: input.now,
  });
  return { ...media, altText };
}

/**
 * Deletes a stored file's row unless a revision uses it (MediaInUseError listing where); run it in a
 * transaction and call {@link removeMediaFiles} with the result once that transaction has committed.
 */
export async function deleteMediaRecord(
  db: Db,
  input: { id: number; actorId: number; ip: string; now: Date },
): Promise<Media> {
  const media = await findMediaById(db, input.id);
  if (!media) throw new NotFoundError();
  const usages = await listMediaUsages(db, media.id);
  if (usages.length > 0) throw new MediaInUseError(usages);
  await deleteMediaRow(db, media.id);
  await recordAudit(db, {
    actorId: input.actorId,
    action: "deleted",
    subjectType: "media",
    subjectId: String(media.id),
    summary: media.originalName,
    ip: input.ip,
    now: input.now,
  });
  return media;
}

/** Removes a deleted file's bytes from the media directory: every image variant, or the document. */
export async function removeMediaFiles(mediaDir: string, media: Media): Promise<void> {
  await Promise.all(
    mediaFileNames(media).map((name) => fs.rm(path.join(mediaDir, name), { force: true })),
  );
}

/** The file names a stored file occupies in the media directory (only safe single path segments). */
export function mediaFileNames(media: Pick<Media, "kind" | "storageKey" | "variants">): string[] {
  const names = media.kind === "document" ? [media.storageKey] : parseVariantNames(media.variants);
  return names.filter((name) => SAFE_FILE_NAME.test(name));
}

const SAFE_FILE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.))*$/;
const variantNamesSchema = z.array(z.object({ fileName: z.string() }));

function parseVariantNames(json: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = variantNamesSchema.safeParse(value);
  return parsed.success ? parsed.data.map((v) => v.fileName) : [];
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return (
    head.startsWith("%PDF-") &&
    Buffer.from(bytes.subarray(-1024)).toString("latin1").includes("%%EOF")
  );
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
