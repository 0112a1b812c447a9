import type { Kysely } from "kysely";
import type { DB, Db } from "../../database.js";
import { containsText, startingWithTextFirst } from "../../platform/db/like.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import type { Tag } from "./content.table.js";

/** A tag with how many published items carry it. */
export interface TagWithCount extends Tag {
  itemCount: number;
}

/** Finds a tag by its slug. */
export async function findTagBySlug(db: Db, slug: string): Promise<Tag | undefined> {
  return db.selectFrom("tags").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/**
 * Finds a tag by its slug when a published item's live revision carries it; a
 * tag only drafts use is unknown to readers (its name is not public yet).
 */
export async function findPublishedTagBySlug(db: Db, slug: string): Promise<Tag | undefined> {
  return (await publishedTagBySlug(db, { slug }))[0];
}

const publishedTagBySlug = preparedQuery((db: Kysely<DB>, p: { slug: string }) =>
  db
    .selectFrom("tags")
    .selectAll()
    .where("slug", "=", p.slug)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("revisionTags")
          .innerJoin("items", "items.publishedRevisionId", "revisionTags.revisionId")
          .select("revisionTags.tagId")
          .whereRef("revisionTags.tagId", "=", "tags.id")
          .where("items.status", "=", "published"),
      ),
    ),
);

/** Returns the tag with this slug, creating it with the given name if it does not exist yet. */
export async function upsertTag(
  db: Db,
  tag: { slug: string; name: string; now: string },
): Promise<Tag> {
  await db
    .insertInto("tags")
    .values({ slug: tag.slug, name: tag.name, createdAt: tag.now })
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  return db.selectFrom("tags").selectAll().where("slug", "=", tag.slug).executeTakeFirstOrThrow();
}

/** Replaces a revision's tags, keeping the given order. */
export async function setRevisionTags(db: Db, revisionId: number, tagIds: number[]): Promise<void> {
  await db.deleteFrom("revisionTags").where("revisionId", "=", revisionId).execute();
  if (tagIds.length === 0) return;
  await db
    .insertInto("revisionTags")
    .values(tagIds.map((tagId, position) => ({ revisionId, tagId, position })))
    .execute();
}

/** Lists the tags of several revisions at once, in each revision's order. */
export async function listTagsOfRevisions(
  db: Db,
  revisionIds: number[],
): Promise<Map<number, Tag[]>> {
  const byRevision = new Map<number, Tag[]>();
  if (revisionIds.length === 0) return byRevision;
  const rows = await tagsOfRevisions(db, { revisionIds });
  for (const { revisionId, ...tag } of rows) {
    const list = byRevision.get(revisionId) ?? [];
    list.push(tag);
    byRevision.set(revisionId, list);
  }
  return byRevision;
}

const tagsOfRevisions = preparedQuery((db: Kysely<DB>, p: { revisionIds: readonly number[] }) =>
  db
    .selectFrom("revisionTags")
    .innerJoin("tags", "tags.id", "revisionTags.tagId")
    .select(["revisionTags.revisionId", "tags.id", "tags.slug", "tags.name", "tags.createdAt"])
    .where("revisionTags.revisionId", "in", p.revisionIds)
    .orderBy("revisionTags.revisionId")
    .orderBy("revisionTags.position"),
);

/** Lists tags used by published items, most used first. */
export async function listPublishedTags(db: Db, limit: number): Promise<TagWithCount[]> {
  return publishedTags(db, { limit });
}

const publishedTags = preparedQuery((db: Kysely<DB>, p: { limit: number }) =>
  db
    .selectFrom("tags")
    .innerJoin("revisionTags", "revisionTags.tagId", "tags.id")
    .innerJoin("items", "items.publishedRevisionId", "revisionTags.revisionId")
    .where("items.status", "=", "published")
    .select(["tags.id", "tags.slug", "tags.name", "tags.createdAt"])
    .select((eb) => eb.fn.countAll<number>().as("itemCount"))
    .groupBy(["tags.id", "tags.slug", "tags.name", "tags.createdAt"])
    .orderBy("itemCount", "desc")
    .orderBy("tags.name")
    .limit(p.limit),
);

/** Up to `limit` tags whose name contains the text (case-insensitive), those starting with it first. */
export async function suggestTags(
  db: Db,
  text: string,
  limit = 10,
): Promise<Pick<Tag, "name" | "slug">[]> {
  return db
    .selectFrom("tags")
    .select(["name", "slug"])
    .where(containsText("name", text))
    .orderBy(startingWithTextFirst("name", text))
    .orderBy("name")
    .limit(limit)
    .execute();
}
