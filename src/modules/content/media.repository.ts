import type { Kysely } from "kysely";
import type { DB, Db } from "../../database.js";
import { containsText } from "../../platform/db/like.js";
import { type Page, pageOf } from "../../platform/db/page.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import type { Item, Media, NewMedia } from "./content.table.js";

/** Finds a stored file by id. */
export async function findMediaById(db: Db, id: number): Promise<Media | undefined> {
  return db.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Finds a stored file by the SHA-256 of its bytes, so the same upload is stored once. */
export async function findMediaByChecksum(db: Db, checksum: string): Promise<Media | undefined> {
  return db.selectFrom("media").selectAll().where("checksum", "=", checksum).executeTakeFirst();
}

/** Lists several stored files by id. */
export async function listMediaByIds(db: Db, ids: number[]): Promise<Map<number, Media>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("media").selectAll().where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Records a stored file. */
export async function insertMedia(db: Db, media: NewMedia): Promise<Media> {
  return db.insertInto("media").values(media).returningAll().executeTakeFirstOrThrow();
}

/** Attachment rows of one revision, with their files, in order. */
export async function listRevisionAttachments(
  db: Db,
  revisionId: number,
): Promise<{ title: string; media: Media }[]> {
  const rows = await revisionAttachments(db, { revisionId });
  return rows.map(({ attachmentTitle, ...media }) => ({ title: attachmentTitle, media }));
}

const revisionAttachments = preparedQuery((db: Kysely<DB>, p: { revisionId: number }) =>
  db
    .selectFrom("revisionAttachments")
    .innerJoin("media", "media.id", "revisionAttachments.mediaId")
    .selectAll("media")
    .select("revisionAttachments.title as attachmentTitle")
    .where("revisionAttachments.revisionId", "=", p.revisionId)
    .orderBy("revisionAttachments.position"),
);

/** Replaces a revision's attachments, keeping the given order. */
export async function setRevisionAttachments(
  db: Db,
  revisionId: number,
  attachments: { mediaId: number; title: string }[],
): Promise<void> {
  await db.deleteFrom("revisionAttachments").where("revisionId", "=", revisionId).execute();
  if (attachments.length === 0) return;
  await db
    .insertInto("revisionAttachments")
    .values(attachments.map((a, position) => ({ revisionId, ...a, position })))
    .execute();
}

/** Which stored files the workspace library shows: a kind, words in the name or alt text, one page. */
export interface MediaLibraryQuery {
  kind?: Media["kind"];
  search?: string;
  limit: number;
  offset: number;
}

/** One page of the media library, newest first, and how many files match in all. */
export async function listMediaForLibrary(db: Db, query: MediaLibraryQuery): Promise<Page<Media>> {
  let base = db.selectFrom("media");
  if (query.kind) base = base.where("kind", "=", query.kind);
  const search = query.search?.trim();
  if (search) {
    base = base.where((eb) =>
      eb.or([containsText("media.originalName", search), containsText("media.altText", search)]),
    );
  }
  return pageOf(base, query, (media) =>
    media.selectAll().orderBy("createdAt", "desc").orderBy("id", "desc"),
  );
}

/** Changes the alt text of a stored image; returns whether a row was changed. */
export async function updateMediaAltText(db: Db, id: number, altText: string): Promise<boolean> {
  const result = await db
    .updateTable("media")
    .set({ altText })
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a stored file's row (its files are the caller's to remove). */
export async function deleteMediaRow(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("media").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Where a stored file is used: each item with a revision that shows it as hero image or attachment. */
export interface MediaUsage {
  itemId: number;
  itemType: Item["type"];
  slug: string;
  revisionNumber: number;
  title: string;
  usedAs: "hero" | "attachment";
}

/** Every revision (of any item, live or not) that uses a stored file as hero image or attachment. */
export async function listMediaUsages(db: Db, mediaId: number): Promise<MediaUsage[]> {
  const heroes = await db
    .selectFrom("revisions")
    .innerJoin("items", "items.id", "revisions.itemId")
    .select([
      "items.id as itemId",
      "items.type as itemType",
      "items.slug as slug",
      "revisions.number as revisionNumber",
      "revisions.title as title",
    ])
    .where("revisions.heroMediaId", "=", mediaId)
    .orderBy("items.id")
    .orderBy("revisions.number")
    .execute();
  const attachments = await db
    .selectFrom("revisionAttachments")
    .innerJoin("revisions", "revisions.id", "revisionAttachments.revisionId")
    .innerJoin("items", "items.id", "revisions.itemId")
    .select([
      "items.id as itemId",
      "items.type as itemType",
      "items.slug as slug",
      "revisions.number as revisionNumber",
      "revisions.title as title",
    ])
    .where("revisionAttachments.mediaId", "=", mediaId)
    .orderBy("items.id")
    .orderBy("revisions.number")
    .execute();
  return [
    ...heroes.map((row) => ({ ...row, usedAs: "hero" as const })),
    ...attachments.map((row) => ({ ...row, usedAs: "attachment" as const })),
  ];
}
