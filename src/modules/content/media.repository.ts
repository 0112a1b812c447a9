import type { Db } from "../../database.js";
import type { Media, NewMedia } from "./content.table.js";

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
  const rows = await db
    .selectFrom("revisionAttachments")
    .innerJoin("media", "media.id", "revisionAttachments.mediaId")
    .selectAll("media")
    .select("revisionAttachments.title as attachmentTitle")
    .where("revisionAttachments.revisionId", "=", revisionId)
    .orderBy("revisionAttachments.position")
    .execute();
  return rows.map(({ attachmentTitle, ...media }) => ({ title: attachmentTitle, media }));
}

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
