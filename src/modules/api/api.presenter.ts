import {
  type Item,
  itemPath,
  type Media,
  mediaUrl,
  presentImage,
  type Revision,
  type Tag,
} from "../content/index.js";
import type { ApiItem, ApiMedia, ApiRevision } from "./api.schemas.js";

/** A revision with the tags and attachments it carries. */
export interface RevisionWithParts {
  revision: Revision;
  tags: Tag[];
  attachments: { mediaId: number; title: string }[];
}

/** Shapes an item and its latest and live revisions for the API (camelCase, nothing internal). */
export function presentItem(input: {
  item: Item;
  latest: RevisionWithParts | undefined;
  published: RevisionWithParts | undefined;
  sourceLanguage: string;
}): ApiItem {
  const { item } = input;
  return {
    id: item.id,
    type: item.type,
    slug: item.slug,
    status: item.status,
    sourceLanguage: item.sourceLanguage,
    isFeatured: item.isFeatured === 1,
    publishedAt: item.publishedAt,
    contentUpdatedAt: item.contentUpdatedAt,
    scheduledFor: item.scheduledFor,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    url:
      item.status === "published" || item.status === "archived"
        ? item.publishedRevisionId === null
          ? null
          : itemPath(input.sourceLanguage, item.type, item.slug)
        : null,
    latest: input.latest ? presentRevision(input.latest) : null,
    published: input.published ? presentRevision(input.published) : null,
  };
}

/** Shapes one revision for the API. */
export function presentRevision({ revision, tags, attachments }: RevisionWithParts): ApiRevision {
  return {
    id: revision.id,
    number: revision.number,
    title: revision.title,
    summary: revision.summary,
    body: revision.body,
    tags: tags.map(presentTag),
    heroMediaId: revision.heroMediaId,
    heroCaption: revision.heroCaption,
    heroAlt: revision.heroAlt,
    videoUrl: revision.videoUrl,
    attachments,
    startsAt: revision.startsAt,
    endsAt: revision.endsAt,
    timeZone: revision.timeZone,
    location: revision.location,
    attendanceMode: revision.attendanceMode,
    authorId: revision.authorId,
    createdAt: revision.createdAt,
  };
}

/** Shapes a tag for the API. */
export function presentTag(tag: Pick<Tag, "id" | "slug" | "name">): {
  id: number;
  slug: string;
  name: string;
} {
  return { id: tag.id, slug: tag.slug, name: tag.name };
}

/** Shapes a stored file for the API (its storage key and checksum stay inside). */
export function presentMedia(media: Media): ApiMedia {
  return {
    id: media.id,
    kind: media.kind,
    originalName: media.originalName,
    mimeType: media.mimeType,
    bytes: media.bytes,
    width: media.width,
    height: media.height,
    altText: media.altText,
    url:
      media.kind === "document" ? mediaUrl(media.storageKey) : (presentImage(media)?.src ?? null),
    createdAt: media.createdAt,
  };
}
