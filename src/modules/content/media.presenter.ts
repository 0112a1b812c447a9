import { z } from "zod";
import type { Media } from "./content.table.js";

/** Everything an `<img>`/`<picture>` needs to show a stored image responsively. */
export interface PresentedImage {
  src: string;
  width: number;
  height: number;
  webpSrcset: string;
  jpegSrcset: string;
}

/** A recorded video link, understood well enough to embed it privately. */
export interface PresentedVideo {
  platform: "youtube" | "vimeo" | "other";
  id: string | null;
  watchUrl: string;
  platformName: string;
}

const variantsSchema = z.array(
  z.object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    format: z.enum(["webp", "jpeg"]),
    fileName: z.string().regex(/^[A-Za-z0-9._-]+$/),
  }),
);

/** Public URL of a stored file name. */
export function mediaUrl(fileName: string): string {
  return `/media/${encodeURIComponent(fileName)}`;
}

/** The smallest WebP variant (480 px wide unless the image is smaller), or the smallest of any format. */
export function thumbnailOf(
  variantsJson: string,
): { fileName: string; width: number; height: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(variantsJson);
  } catch {
    return undefined;
  }
  const parsed = variantsSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const bySize = [...parsed.data].sort((a, b) => a.width - b.width);
  return bySize.find((v) => v.format === "webp") ?? bySize[0];
}

/** What presenting an image needs of its media row. */
export type ImageRef = Pick<Media, "kind" | "variants">;

/** Turns an image's stored variants into src/srcset; undefined for a document or an image without variants. */
export function presentImage(media: ImageRef | undefined): PresentedImage | undefined {
  if (!media || media.kind !== "image") return undefined;
  // A stored image's variants never change: each page showed the same few images
  // parsed and validated anew (a fifth of a listing's render).
  let presented = presentedByVariants.get(media.variants);
  if (presented === undefined) {
    if (presentedByVariants.size >= 2000) presentedByVariants.clear();
    presented = presentVariants(media.variants) ?? null;
    presentedByVariants.set(media.variants, presented);
  }
  return presented ?? undefined;
}

/** Presented images by their variants' JSON (a pure function's results, bounded). */
const presentedByVariants = new Map<string, Readonly<PresentedImage> | null>();

function presentVariants(variants: string): Readonly<PresentedImage> | undefined {
  const parsed = variantsSchema.safeParse(JSON.parse(variants));
  if (!parsed.success || parsed.data.length === 0) return undefined;
  const byFormat = (format: "webp" | "jpeg") =>
    parsed.data.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  const jpeg = byFormat("jpeg");
  const webp = byFormat("webp");
  const fallback = jpeg.find((v) => v.width >= 960) ?? jpeg.at(-1) ?? webp.at(-1);
  if (!fallback) return undefined;
  const srcset = (list: typeof jpeg) =>
    list.map((v) => `${mediaUrl(v.fileName)} ${v.width}w`).join(", ");
  const largest = [...jpeg, ...webp].sort((a, b) => b.width - a.width)[0] ?? fallback;
  return Object.freeze({
    src: mediaUrl(fallback.fileName),
    width: largest.width,
    height: largest.height,
    webpSrcset: srcset(webp),
    jpegSrcset: srcset(jpeg),
  });
}

/** The URL a body's Markdown uses for a stored file: an image's large JPEG, a document itself. */
export function bodyUrlOf(
  media: Pick<Media, "kind" | "variants" | "storageKey">,
): string | undefined {
  if (media.kind === "document") return mediaUrl(media.storageKey);
  return presentImage(media)?.src;
}

/** The Markdown that puts a stored file into a body: an image with its alt text, a document as a link. */
export function markdownOf(input: {
  kind: Media["kind"];
  url: string;
  altText: string;
  originalName: string;
}): string {
  const escape = (text: string) => text.replace(/[\\[\]]/g, "\\$&").replace(/\s+/g, " ");
  return input.kind === "image"
    ? `![${escape(input.altText)}](${input.url})`
    : `[${escape(input.originalName)}](${input.url})`;
}

/** A short file-type label for a document ("PDF"), from its MIME type. */
export function fileTypeLabel(mimeType: string): string {
  const known: Record<string, string> = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WebP",
    "image/avif": "AVIF",
  };
  return known[mimeType] ?? (mimeType.split("/")[1] ?? mimeType).toUpperCase();
}

/** Recognises YouTube and Vimeo links so the page can offer a private player; anything else stays a plain link. */
export function presentVideo(url: string | null): PresentedVideo | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  const host = parsed.hostname.replace(/^www\.|^m\./, "");
  let youtubeId: string | null = null;
  if (host === "youtu.be") youtubeId = parsed.pathname.slice(1);
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    youtubeId =
      parsed.searchParams.get("v") ??
      parsed.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/)?.[1] ??
      null;
  }
  if (youtubeId && /^[A-Za-z0-9_-]{11}$/.test(youtubeId)) {
    return {
      platform: "youtube",
      id: youtubeId,
      watchUrl: `https://www.youtube.com/watch?v=${youtubeId}`,
      platformName: "YouTube",
    };
  }
  const vimeoId =
    host === "vimeo.com" ? parsed.pathname.match(/^\/([0-9]{1,12})$/)?.[1] : undefined;
  if (vimeoId) {
    return {
      platform: "vimeo",
      id: vimeoId,
      watchUrl: `https://vimeo.com/${vimeoId}`,
      platformName: "Vimeo",
    };
  }
  return {
    platform: "other",
    id: null,
    watchUrl: parsed.toString(),
    platformName: parsed.hostname,
  };
}
