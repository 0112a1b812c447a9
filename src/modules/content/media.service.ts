import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../database.js";
import { ValidationError } from "../../platform/errors.js";
import type { Media } from "./content.table.js";
import {
  sniffImageType,
  UnsupportedImageError,
  writeImageVariants,
} from "./media/image-variants.js";
import { findMediaByChecksum, insertMedia } from "./media.repository.js";

const IMAGE_MIME = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
} as const;

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
  },
): Promise<Media> {
  const checksum = sha256(input.bytes);
  const existing = await findMediaByChecksum(db, checksum);
  if (existing) return existing;
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
  return insertMedia(db, {
    kind: "image",
    storageKey,
    checksum,
    originalName: input.originalName.slice(0, 255),
    mimeType: IMAGE_MIME[format],
    bytes: input.bytes.byteLength,
    width: processed.width,
    height: processed.height,
    variants: JSON.stringify(processed.variants),
    altText: input.altText,
    createdBy: input.actorId,
    createdAt: input.now.toISOString(),
  });
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
  const checksum = sha256(input.bytes);
  const existing = await findMediaByChecksum(db, checksum);
  if (existing) return existing;
  if (!isPdf(input.bytes)) throw new ValidationError("This file is not a PDF document");
  const storageKey = `doc-${checksum.slice(0, 20)}.pdf`;
  await fs.mkdir(input.mediaDir, { recursive: true });
  await fs.writeFile(path.join(input.mediaDir, storageKey), input.bytes);
  return insertMedia(db, {
    kind: "document",
    storageKey,
    checksum,
    originalName: input.originalName.slice(0, 255),
    mimeType: "application/pdf",
    bytes: input.bytes.byteLength,
    width: null,
    height: null,
    variants: "[]",
    altText: "",
    createdBy: input.actorId,
    createdAt: input.now.toISOString(),
  });
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
