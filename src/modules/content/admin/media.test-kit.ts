import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { TestApp } from "../../../test-support/app.js";
import type { TestIdentity } from "../../../test-support/sign-in.js";

/** One part of a hand-built multipart body: a plain field or a file. */
export type Part =
  | { name: string; value: string }
  | { name: string; filename: string; contentType: string; data: Buffer };

/** Builds a multipart/form-data body by hand, as a browser sends it (file names as RFC 5987 `filename*`). */
export function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----civitas${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      "data" in part
        ? `Content-Disposition: form-data; name="${part.name}"; filename*=UTF-8''${encodeURIComponent(part.filename)}\r\nContent-Type: ${part.contentType}`
        : `Content-Disposition: form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`));
    chunks.push("data" in part ? part.data : Buffer.from(part.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

let shade = 0;

/** A small JPEG of a colour never used before in this process, so each upload has its own checksum. */
export async function freshJpeg(width = 640, height = 400): Promise<Buffer> {
  shade += 1;
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: shade % 256, g: Math.floor(shade / 256) % 256, b: 120 },
    },
  })
    .jpeg()
    .toBuffer();
}

/** A minimal PDF whose body differs per call. */
export function freshPdf(): Buffer {
  shade += 1;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Title (doc ${shade}) >> endobj\ntrailer << >>\n%%EOF\n`,
  );
}

/** Sends the upload form as `who`; `csrf` null leaves the token out, a string replaces it. */
export async function upload(
  t: TestApp,
  who: TestIdentity,
  options: {
    file?: { filename: string; contentType: string; data: Buffer };
    alt?: string;
    csrf?: string | null;
    accept?: string;
    extra?: Part[];
  },
) {
  const parts: Part[] = [...(options.extra ?? [])];
  if (options.alt !== undefined) parts.push({ name: "alt", value: options.alt });
  if (options.file) parts.push({ name: "file", ...options.file });
  const body = multipart(parts);
  const csrf = options.csrf === undefined ? who.csrf : options.csrf;
  return t.app.inject({
    method: "POST",
    url: csrf === null ? "/admin/media" : `/admin/media?_csrf=${encodeURIComponent(csrf)}`,
    cookies: who.cookies,
    headers: {
      "content-type": body.contentType,
      accept: options.accept ?? "application/json",
    },
    payload: body.payload,
  });
}

/** Uploads a fresh JPEG (with alt text) and returns the new media id from the redirect. */
export async function uploadJpeg(
  t: TestApp,
  who: TestIdentity,
  alt = "A test image",
): Promise<number> {
  const res = await upload(t, who, {
    file: { filename: "photo.jpg", contentType: "image/jpeg", data: await freshJpeg() },
    alt,
  });
  return idFromRedirect(res.headers.location);
}

/** The media id a successful upload's redirect highlights. */
export function idFromRedirect(location: unknown): number {
  const match = /highlight=(\d+)/.exec(String(location));
  if (!match?.[1]) throw new Error(`No highlighted media in ${String(location)}`);
  return Number(match[1]);
}

/** Creates an item with one revision, optionally using a media file as hero image or attachment. */
export async function createItemUsing(
  t: TestApp,
  options: { heroMediaId?: number; attachmentMediaId?: number; title: string },
): Promise<{ itemId: number; revisionId: number }> {
  const db = t.database.db;
  const now = "2026-11-26T12:00:00.000Z";
  const item = await db
    .insertInto("items")
    .values({
      type: "news",
      slug: `item-${randomBytes(4).toString("hex")}`,
      sourceLanguage: "en",
      status: "draft",
      authorId: null,
      latestRevisionId: null,
      publishedRevisionId: null,
      publishedAt: null,
      contentUpdatedAt: null,
      scheduledFor: null,
      isFeatured: 0,
      createdAt: now,
      updatedAt: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const revision = await db
    .insertInto("revisions")
    .values({
      itemId: item.id,
      number: 1,
      title: options.title,
      summary: "",
      body: "",
      bodyHtml: "",
      wordCount: 0,
      heroMediaId: options.heroMediaId ?? null,
      heroCaption: "",
      heroAlt: "",
      videoUrl: null,
      startsAt: null,
      endsAt: null,
      timeZone: null,
      location: "",
      attendanceMode: null,
      contentHash: randomBytes(8).toString("hex"),
      authorId: null,
      createdAt: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (options.attachmentMediaId !== undefined) {
    await db
      .insertInto("revisionAttachments")
      .values({
        revisionId: revision.id,
        mediaId: options.attachmentMediaId,
        title: "Attachment",
        position: 0,
      })
      .execute();
  }
  return { itemId: item.id, revisionId: revision.id };
}
