import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { MEDIA_LIMITS } from "../../content/index.js";

/**
 * Where a WordPress import reads the site's uploaded files from, by their path
 * under `wp-content/uploads` ("2024/01/photo.jpg"): a folder (`--media`) or a
 * ZIP of it (the workspace's upload form).
 */
export interface UploadsSource {
  /** The file's bytes; undefined when the source does not have it. At most `entryBytes` + 1 bytes. */
  read(uploadsPath: string): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

/** The uploads folder given with `--media`: nothing outside it is ever read. */
export function folderUploads(dir: string): UploadsSource {
  const root = path.resolve(dir);
  return {
    async read(uploadsPath) {
      const full = path.resolve(root, uploadsPath);
      if (!full.startsWith(root + path.sep)) return undefined;
      return fs.readFile(full).catch(() => undefined);
    },
    async close() {},
  };
}

/** A ZIP of the uploads folder that cannot be read safely; the message says why. */
export class UploadsArchiveError extends Error {
  override name = "UploadsArchiveError";
}

/** What a ZIP may hold: entries, bytes per file read, bytes read in all. */
export interface ArchiveLimits {
  entries: number;
  /** Bytes read of one file at most (one more tells the import it is too large). */
  entryBytes: number;
  /** Bytes decompressed in all, whatever the entries declare: a ZIP bomb stops here. */
  totalBytes: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
  entries: 50_000,
  entryBytes: Math.max(MEDIA_LIMITS.imageBytes, MEDIA_LIMITS.documentBytes),
  totalBytes: 2 * 1024 * 1024 * 1024,
};

/**
 * Opens a ZIP of the uploads folder. Its entries are indexed by their path
 * under `uploads/` (a leading `wp-content/uploads/` or `uploads/` is dropped),
 * never written to disk by name; an entry whose name is absolute, climbs out
 * with `..` or uses backslashes refuses the whole archive, as do too many
 * entries. Files are decompressed only when the import asks for them, each
 * cut at `entryBytes` + 1, and all of them together at `totalBytes`.
 */
export async function openUploadsZip(
  file: string,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<UploadsSource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      strictFileNames: true,
      validateEntrySizes: true,
      autoClose: false,
    });
  } catch (error) {
    throw new UploadsArchiveError(`not a readable ZIP file (${messageOf(error)})`);
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    if (zip.entryCount > limits.entries) {
      throw new UploadsArchiveError(`more than ${limits.entries} files`);
    }
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue;
      entries.set(uploadsKey(entry.fileName), entry);
    }
  } catch (error) {
    zip.close();
    if (error instanceof UploadsArchiveError) throw error;
    throw new UploadsArchiveError(`a file in it cannot be read safely (${messageOf(error)})`);
  }
  let totalRead = 0;
  return {
    async read(uploadsPath) {
      const entry = entries.get(uploadsPath);
      if (!entry) return undefined;
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (error) {
        throw new UploadsArchiveError(`${uploadsPath} cannot be read (${messageOf(error)})`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          totalRead += chunk.length;
          if (totalRead > limits.totalBytes) {
            throw new UploadsArchiveError(
              `it decompresses to more than ${sizeLabel(limits.totalBytes)}`,
            );
          }
          chunks.push(chunk);
          if (size > limits.entryBytes) break;
        }
      } catch (error) {
        if (error instanceof UploadsArchiveError) throw error;
        throw new UploadsArchiveError(`${uploadsPath} cannot be read (${messageOf(error)})`);
      } finally {
        stream.destroy();
      }
      return Buffer.concat(chunks).subarray(0, limits.entryBytes + 1);
    },
    async close() {
      zip.close();
    },
  };
}

/** An entry's path under the uploads folder: "wp-content/uploads/2024/01/a.jpg" → "2024/01/a.jpg". */
function uploadsKey(fileName: string): string {
  const marker = fileName.lastIndexOf("wp-content/uploads/");
  if (marker >= 0) return fileName.slice(marker + "wp-content/uploads/".length);
  return fileName.startsWith("uploads/") ? fileName.slice("uploads/".length) : fileName;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
