import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/** The four kinds of content the site publishes. */
export const ITEM_TYPES = ["news", "resource", "event", "page"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** Where an item is in its life. */
export const ITEM_STATUSES = ["draft", "scheduled", "published", "archived"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** How people attend an event (schema.org EventAttendanceMode). */
export const ATTENDANCE_MODES = ["online", "offline", "mixed"] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** A stored file: an image with its responsive variants, or a document. */
export interface MediaTable {
  id: Generated<number>;
  kind: "image" | "document";
  storageKey: string;
  checksum: string;
  originalName: string;
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** JSON array of ImageVariant. */
  variants: string;
  altText: string;
  createdBy: number | null;
  createdAt: string;
}

/** A tag readers can browse by. */
export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  createdAt: string;
}

/** A piece of content; what readers see lives in its revisions. */
export interface ItemsTable {
  id: Generated<number>;
  type: ItemType;
  slug: string;
  sourceLanguage: string;
  status: ItemStatus;
  authorId: number | null;
  latestRevisionId: number | null;
  publishedRevisionId: number | null;
  /** The publication date shown to readers. */
  publishedAt: string | null;
  /** The "last updated" date shown to readers: when the live revision was published. */
  contentUpdatedAt: string | null;
  scheduledFor: string | null;
  isFeatured: number;
  createdAt: string;
  updatedAt: string;
}

/** One saved version of everything a reader sees of an item. */
export interface RevisionsTable {
  id: Generated<number>;
  itemId: number;
  number: number;
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  wordCount: number;
  heroMediaId: number | null;
  heroCaption: string;
  heroAlt: string;
  videoUrl: string | null;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string | null;
  location: string;
  attendanceMode: AttendanceMode | null;
  /** Who wrote the text, as readers see it: a name, never an account ("" = none shown). */
  byline: Generated<string>;
  /** SHA-256 of the draft that produced this revision: saving the same draft twice adds nothing. */
  contentHash: string;
  authorId: number | null;
  createdAt: string;
}

/** Tags of a revision, in the editor's order. */
export interface RevisionTagsTable {
  revisionId: number;
  tagId: number;
  position: number;
}

/** Documents attached to a revision, in order. */
export interface RevisionAttachmentsTable {
  revisionId: number;
  mediaId: number;
  title: string;
  position: number;
}

/** The content module's tables. */
export interface ContentTables {
  media: MediaTable;
  tags: TagsTable;
  items: ItemsTable;
  revisions: RevisionsTable;
  revisionTags: RevisionTagsTable;
  revisionAttachments: RevisionAttachmentsTable;
}

export type Media = Selectable<MediaTable>;
export type NewMedia = Insertable<MediaTable>;
export type Tag = Selectable<TagsTable>;
export type Item = Selectable<ItemsTable>;
export type NewItem = Insertable<ItemsTable>;
export type ItemUpdate = Updateable<ItemsTable>;
export type Revision = Selectable<RevisionsTable>;
export type NewRevision = Insertable<RevisionsTable>;
