import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Target widths, in CSS pixels, of the responsive variants offered in `srcset`. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** Largest input, in pixels, that is decoded at all; beyond this an upload is treated as a decompression bomb. */
export const MAX_INPUT_PIXELS = 50_000_000;

/** One encoded file written by {@link writeImageVariants}. */
export interface ImageVariant {
  width: number;
  height: number;
  format: "webp" | "jpeg";
  fileName: string;
  bytes: number;
}

/** What {@link writeImageVariants} learned about an upload and the variants it wrote for it. */
export interface ProcessedImage {
  /** Width after applying the EXIF orientation, i.e. as a reader sees it. */
  width: number;
  /** Height after applying the EXIF orientation, i.e. as a reader sees it. */
  height: number;
  format: "jpeg" | "png" | "webp" | "avif";
  variants: ImageVariant[];
}

/** Raised when bytes are not a raster image we accept, are damaged, or are too large to decode safely. */
export class UnsupportedImageError extends Error {
  override readonly name = "UnsupportedImageError";
}

const JPEG_QUALITY = 78;
const WEBP_QUALITY = 78;
/** Two encodes at a time keeps both cores busy without queuing more decoded frames in memory. */
const CONCURRENCY = 2;
/** A legitimate photo encodes in well under a second here; anything slower is a hostile or broken file. */
const ENCODE_TIMEOUT_SECONDS = 30;
/** Keeps names to a single path segment so a caller cannot write outside `dir`. */
const SAFE_BASE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.))*$/;

function startsWith(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  if (bytes.length < offset + length) return "";
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function readUint32BE(bytes: Uint8Array, offset: number): number {
  const [a = 0, b = 0, c = 0, d = 0] = bytes.subarray(offset, offset + 4);
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 4) !== "ftyp") return false;
  const boxSize = readUint32BE(bytes, 0);
  // A real ftyp box holds at least the major brand and minor version, and fits in the file.
  if (boxSize < 16 || boxSize > bytes.length || boxSize % 4 !== 0) return false;
  const brands = [ascii(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, 4));
  // HEIC shares the container but not the codec; only AV1-based brands are accepted.
  return brands.includes("avif") || brands.includes("avis");
}

/** Detects the image type from its bytes (magic numbers), never from a name. Returns undefined for anything else (including SVG, HTML, PHP). */
export function sniffImageType(bytes: Uint8Array): "jpeg" | "png" | "webp" | "avif" | undefined {
  // SOI followed by the start of a marker segment; the 4th byte must be a real marker code.
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) {
    const marker = bytes[3];
    return marker !== undefined && marker >= 0xc0 && marker <= 0xfe ? "jpeg" : undefined;
  }
  // The PNG specification requires IHDR to be the very first chunk.
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return ascii(bytes, 12, 4) === "IHDR" ? "png" : undefined;
  }
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") {
    return ["VP8 ", "VP8L", "VP8X"].includes(ascii(bytes, 12, 4)) ? "webp" : undefined;
  }
  return isAvif(bytes) ? "avif" : undefined;
}

/** Runs `task` over `items` with at most `limit` in flight, preserving the order of results. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    // Stop picking up work once a sibling failed: the upload is refused anyway.
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  const settled = await Promise.allSettled(workers);
  const rejection = settled.find((result) => result.status === "rejected");
  if (rejection) throw rejection.reason;
  return results;
}

function variantWidths(originalWidth: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((width) => width <= originalWidth);
  // Small images still need one file to serve; it keeps their own width rather than being upscaled.
  return widths.length > 0 ? widths : [originalWidth];
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
}

/** Writes responsive variants of an image into dir and returns their description. */
export async function writeImageVariants(input: {
  bytes: Uint8Array;
  dir: string;
  baseName: string;
}): Promise<ProcessedImage> {
  const { bytes, dir, baseName } = input;
  if (!SAFE_BASE_NAME.test(baseName)) {
    throw new RangeError(`Unsafe image base name: ${JSON.stringify(baseName)}`);
  }
  const format = sniffImageType(bytes);
  if (format === undefined) {
    throw new UnsupportedImageError("Not a JPEG, PNG, WebP or AVIF image.");
  }

  // Loaded with the first image, not with every process that may take one (libvips: a quarter of a core-second).
  const { default: sharp } = await import("sharp");
  // failOn "warning" refuses half-uploaded files instead of publishing them grey-padded.
  const open = () =>
    sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "warning" }).timeout({
      seconds: ENCODE_TIMEOUT_SECONDS,
    });

  let width: number;
  let height: number;
  try {
    const metadata = await open().metadata();
    const expected = format === "avif" ? "heif" : format;
    // The magic number only vouches for the first bytes; the decoder must agree on the whole header.
    if (metadata.format !== expected || (format === "avif" && metadata.compression !== "av1")) {
      throw new UnsupportedImageError(`Image header does not match its ${format} signature.`);
    }
    width = metadata.autoOrient.width;
    height = metadata.autoOrient.height;
  } catch (error) {
    if (error instanceof UnsupportedImageError) throw error;
    throw new UnsupportedImageError(`Unreadable ${format} image: ${describe(error)}`, {
      cause: error,
    });
  }
  if (!(width > 0 && height > 0) || width * height > MAX_INPUT_PIXELS) {
    throw new UnsupportedImageError(`Image of ${width}x${height} pixels is too large.`);
  }

  const jobs = variantWidths(width).flatMap((targetWidth) =>
    (["webp", "jpeg"] as const).map((variantFormat) => ({ targetWidth, variantFormat })),
  );

  const encode = async (job: (typeof jobs)[number]) => {
    // A fresh pipeline per job: sharp clones share one input and would decode it concurrently anyway.
    // Metadata is dropped because keepMetadata/withMetadata is never called; EXIF (GPS, serial numbers) and XMP go with it.
    let pipeline = open().rotate().resize({ width: job.targetWidth, withoutEnlargement: true });
    pipeline =
      job.variantFormat === "webp"
        ? pipeline.webp({ quality: WEBP_QUALITY })
        : pipeline
            .flatten({ background: "#ffffff" })
            .jpeg({ quality: JPEG_QUALITY, mozjpeg: true });
    try {
      return await pipeline.toBuffer({ resolveWithObject: true });
    } catch (error) {
      throw new UnsupportedImageError(`Could not decode ${format} image: ${describe(error)}`, {
        cause: error,
      });
    }
  };

  // Encode everything before touching the disk so a damaged file leaves no partial set behind.
  const encoded = await mapBounded(jobs, CONCURRENCY, encode);

  await mkdir(dir, { recursive: true });
  const variants: ImageVariant[] = encoded.map(({ data, info }, index) => {
    const job = jobs[index] as (typeof jobs)[number];
    const ext = job.variantFormat === "jpeg" ? "jpg" : "webp";
    return {
      width: info.width,
      height: info.height,
      format: job.variantFormat,
      fileName: `${baseName}-${info.width}.${ext}`,
      bytes: data.length,
    };
  });
  try {
    await Promise.all(
      variants.map((variant, index) =>
        writeFile(
          path.join(dir, variant.fileName),
          (encoded[index] as (typeof encoded)[number]).data,
        ),
      ),
    );
  } catch (error) {
    await Promise.all(
      variants.map((variant) => rm(path.join(dir, variant.fileName), { force: true })),
    );
    throw error;
  }

  return { width, height, format, variants };
}
