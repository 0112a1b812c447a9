import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Db, DB } from "../../database.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { ConflictError, NotFoundError, ValidationError } from "../../platform/errors.js";
import { type ItemDraft, type ItemDraftInput, itemDraftSchema } from "./content.schema.js";
import type { Item, Revision } from "./content.table.js";
import { enqueueContentChanged } from "./content-events.js";
import {
  findItemById,
  findItemBySlug,
  findRevisionById,
  insertItem,
  insertRevision,
  nextRevisionNumber,
  updateItem,
} from "./item.repository.js";
import { listRevisionAttachments, setRevisionAttachments } from "./media.repository.js";
import { findRemoteImages, renderMarkdown } from "./markdown/render-markdown.js";
import { slugify } from "./slug.js";
import { listTagsOfRevisions, setRevisionTags, upsertTag } from "./tag.repository.js";

/** The outcome of a save: the item, its latest revision, and whether anything changed. */
export interface SaveResult {
  item: Item;
  revision: Revision;
  isNewRevision: boolean;
}

/**
 * The body shows images another website serves; the Content-Security-Policy
 * would block them, so they must be uploaded to the media library first.
 */
export class RemoteImagesError extends ValidationError {
  constructor(readonly urls: string[]) {
    super(
      "Images must come from the media library: upload each image from another website there and use its address",
      urls.map((url) => ({ path: "body", message: `remote image ${url}` })),
    );
  }
}

/**
 * Saves a draft as a new revision of an item (creating the item on first save);
 * saving a draft identical to the latest revision adds nothing.
 */
export async function saveItem(
  db: Kysely<DB>,
  input: { itemId?: number; draft: ItemDraftInput; actorId: number | null; now: Date },
): Promise<SaveResult> {
  return db.transaction().execute((trx) => saveItemIn(trx, input));
}

/** saveItem inside the caller's transaction (an import writes many items all or nothing). */
export async function saveItemIn(
  trx: Db,
  input: { itemId?: number; draft: ItemDraftInput; actorId: number | null; now: Date },
): Promise<SaveResult> {
  const draft = parseDraft(input.draft);
  const now = input.now.toISOString();
  const contentHash = hashDraft(draft);
  let item =
    input.itemId === undefined
      ? undefined
      : await findItemById(trx, input.itemId).then((found) => found ?? notFound(input.itemId));
  const sameSlug = await findItemBySlug(trx, draft.type, draft.slug);
  if (sameSlug && sameSlug.id !== item?.id) {
    throw new ConflictError(
      `Another ${draft.type} already uses the address "${draft.slug}"`,
      "slug_taken",
    );
  }
  if (item) {
    const latest = await findSameRevision(trx, item, draft.slug, contentHash);
    if (latest) return { item, revision: latest, isNewRevision: false };
  }
  if (!item) {
    item = await insertItem(trx, {
      type: draft.type,
      slug: draft.slug,
      sourceLanguage: draft.sourceLanguage,
      status: "draft",
      authorId: input.actorId,
      isFeatured: draft.isFeatured ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
  }
  const rendered = renderMarkdown(draft.body, { locale: draft.sourceLanguage });
  const remoteImages = findRemoteImages(rendered.html);
  if (remoteImages.length > 0) throw new RemoteImagesError(remoteImages);
  const revision = await insertRevision(trx, {
    itemId: item.id,
    number: await nextRevisionNumber(trx, item.id),
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    bodyHtml: rendered.html,
    wordCount: rendered.wordCount,
    heroMediaId: draft.heroMediaId,
    heroCaption: draft.heroCaption,
    heroAlt: draft.heroAlt,
    videoUrl: draft.videoUrl,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    timeZone: draft.timeZone,
    location: draft.location,
    attendanceMode: draft.attendanceMode,
    byline: draft.byline,
    contentHash,
    authorId: input.actorId,
    createdAt: now,
  });
  const tagIds: number[] = [];
  for (const name of draft.tags) {
    const slug = slugify(name);
    if (slug === "") continue;
    const tag = await upsertTag(trx, { slug, name, now });
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  await setRevisionTags(trx, revision.id, tagIds);
  await setRevisionAttachments(trx, revision.id, draft.attachments);
  await updateItem(trx, item.id, {
    slug: draft.slug,
    sourceLanguage: draft.sourceLanguage,
    isFeatured: draft.isFeatured ? 1 : 0,
    latestRevisionId: revision.id,
    updatedAt: now,
  });
  // A new revision of a live item is translated ahead, so publishing it swaps every language at once.
  if (item.status === "published") {
    await enqueueContentChanged(trx, {
      itemId: item.id,
      revisionId: revision.id,
      change: "saved",
      now: input.now,
    });
  }
  await bumpChangeCounter(trx);
  const saved = await findItemById(trx, item.id);
  return { item: saved ?? item, revision, isNewRevision: true };
}

/**
 * Makes a revision (the latest by default) the live one; the first publication
 * sets the publication date, every later one the "last updated" date.
 */
export async function publishItem(
  db: Db,
  input: { itemId: number; revisionId?: number; now: Date; publishedAt?: Date },
): Promise<Item> {
  const item = (await findItemById(db, input.itemId)) ?? notFound(input.itemId);
  const revisionId = input.revisionId ?? item.latestRevisionId;
  const revision = revisionId === null ? undefined : await findRevisionById(db, revisionId);
  if (!revision || revision.itemId !== item.id) {
    throw new ValidationError("This item has no revision to publish");
  }
  const now = input.now.toISOString();
  const publishedAt = input.publishedAt?.toISOString() ?? item.publishedAt ?? now;
  if (
    item.status === "published" &&
    item.publishedRevisionId === revision.id &&
    item.publishedAt === publishedAt
  ) {
    return item;
  }
  await updateItem(db, item.id, {
    status: "published",
    publishedRevisionId: revision.id,
    publishedAt,
    contentUpdatedAt: item.publishedRevisionId === null ? publishedAt : now,
    scheduledFor: null,
    updatedAt: now,
  });
  await enqueueContentChanged(db, {
    itemId: item.id,
    revisionId: revision.id,
    change: "published",
    now: input.now,
  });
  await bumpChangeCounter(db);
  return (await findItemById(db, item.id)) ?? notFound(item.id);
}

/** Saves an old revision's content again as the newest revision; history is never rewritten. */
export async function restoreRevision(
  db: Kysely<DB>,
  input: { itemId: number; revisionId: number; actorId: number | null; now: Date },
): Promise<SaveResult> {
  const item = (await findItemById(db, input.itemId)) ?? notFound(input.itemId);
  const old = await findRevisionById(db, input.revisionId);
  if (!old || old.itemId !== item.id) throw new NotFoundError(`No revision ${input.revisionId}`);
  const tags = (await listTagsOfRevisions(db, [old.id])).get(old.id) ?? [];
  const attachments = await listRevisionAttachments(db, old.id);
  return saveItem(db, {
    itemId: item.id,
    actorId: input.actorId,
    now: input.now,
    draft: {
      type: item.type,
      slug: item.slug,
      sourceLanguage: item.sourceLanguage,
      title: old.title,
      summary: old.summary,
      body: old.body,
      tags: tags.map((tag) => tag.name),
      heroMediaId: old.heroMediaId,
      heroCaption: old.heroCaption,
      heroAlt: old.heroAlt,
      videoUrl: old.videoUrl,
      attachments: attachments.map((a) => ({ mediaId: a.media.id, title: a.title })),
      startsAt: old.startsAt,
      endsAt: old.endsAt,
      timeZone: old.timeZone,
      location: old.location,
      attendanceMode: old.attendanceMode,
      byline: old.byline,
      isFeatured: item.isFeatured === 1,
    },
  });
}

/** Takes an item off the site: back to draft, with no live revision (its revisions stay). */
export async function unpublishItem(db: Db, input: { itemId: number; now: Date }): Promise<Item> {
  const item = (await findItemById(db, input.itemId)) ?? notFound(input.itemId);
  await updateItem(db, item.id, {
    status: "draft",
    publishedRevisionId: null,
    scheduledFor: null,
    updatedAt: input.now.toISOString(),
  });
  await enqueueContentChanged(db, {
    itemId: item.id,
    revisionId: null,
    change: "unpublished",
    now: input.now,
  });
  await bumpChangeCounter(db);
  return (await findItemById(db, item.id)) ?? notFound(item.id);
}

/** Archives an item: a published one stays readable with an "archived" notice, nothing else is shown. */
export async function archiveItem(db: Db, input: { itemId: number; now: Date }): Promise<Item> {
  const item = (await findItemById(db, input.itemId)) ?? notFound(input.itemId);
  await updateItem(db, item.id, {
    status: "archived",
    scheduledFor: null,
    updatedAt: input.now.toISOString(),
  });
  await enqueueContentChanged(db, {
    itemId: item.id,
    revisionId: item.publishedRevisionId,
    change: "archived",
    now: input.now,
  });
  await bumpChangeCounter(db);
  return (await findItemById(db, item.id)) ?? notFound(item.id);
}

/** Marks a draft to be published at a later time; the scheduled-publication job does the publishing. */
export async function scheduleItem(
  db: Db,
  input: { itemId: number; scheduledFor: Date; now: Date },
): Promise<Item> {
  const item = (await findItemById(db, input.itemId)) ?? notFound(input.itemId);
  if (item.latestRevisionId === null) {
    throw new ValidationError("This item has no revision to publish");
  }
  if (input.scheduledFor.getTime() <= input.now.getTime()) {
    throw new ValidationError("A publication can only be scheduled in the future");
  }
  // Scheduling hides a live page until the job runs, so only unpublished items may be scheduled.
  if (item.status === "published" || item.status === "archived") {
    throw new ConflictError("Only a draft can be scheduled", "not_a_draft");
  }
  await updateItem(db, item.id, {
    status: "scheduled",
    scheduledFor: input.scheduledFor.toISOString(),
    updatedAt: input.now.toISOString(),
  });
  await bumpChangeCounter(db);
  return (await findItemById(db, item.id)) ?? notFound(item.id);
}

/**
 * Whether saving the draft over the item would add nothing (its latest revision has the same
 * content and the item the same slug): saveItemIn's own test, reading only (an import's dry run).
 */
export async function isSameAsLatestRevision(
  db: Db,
  input: { item: Item; draft: ItemDraftInput },
): Promise<boolean> {
  const draft = parseDraft(input.draft);
  return (await findSameRevision(db, input.item, draft.slug, hashDraft(draft))) !== undefined;
}

/** The item's latest revision when a save with this slug and content hash would repeat it. */
async function findSameRevision(
  db: Db,
  item: Item,
  slug: string,
  contentHash: string,
): Promise<Revision | undefined> {
  if (!item.latestRevisionId || item.slug !== slug) return undefined;
  const latest = await findRevisionById(db, item.latestRevisionId);
  return latest?.contentHash === contentHash ? latest : undefined;
}

function parseDraft(input: ItemDraftInput): ItemDraft {
  const parsed = itemDraftSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(
      "The item is not valid",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  return parsed.data;
}

function hashDraft(draft: ItemDraft): string {
  const { slug: _slug, isFeatured: _featured, byline, ...rest } = draft;
  // Without a byline the hash is what it was before bylines existed: saving an old draft adds nothing.
  const content = byline === "" ? rest : { ...rest, byline };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

function notFound(id: number | undefined): never {
  throw new NotFoundError(`No item ${String(id)}`);
}
