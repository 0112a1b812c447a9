import type { Db } from "../../database.js";
import {
  findItemById,
  findRevisionById,
  type Item,
  listRevisionAttachments,
  listTagsOfRevisions,
  type Revision,
} from "../content/index.js";

/** A field of a revision readers see, with how it is segmented. */
export interface ReaderField {
  /** title, summary, body, hero_caption, hero_alt, attachment:<position>, tag:<id>. */
  field: string;
  format: "markdown" | "plain";
  text: string;
}

/** A revision with everything of it that goes through translation. */
export interface TranslatableRevision {
  item: Item;
  revision: Revision;
  fields: ReaderField[];
  tags: { id: number; name: string }[];
  attachmentCount: number;
}

/** Loads a revision and lists its reader-visible fields in a fixed order; undefined if it is gone. */
export async function loadTranslatableRevision(
  db: Db,
  revisionId: number,
): Promise<TranslatableRevision | undefined> {
  const revision = await findRevisionById(db, revisionId);
  if (!revision) return undefined;
  const item = await findItemById(db, revision.itemId);
  if (!item) return undefined;
  const tags = (await listTagsOfRevisions(db, [revision.id])).get(revision.id) ?? [];
  const attachments = await listRevisionAttachments(db, revision.id);
  const fields: ReaderField[] = [
    { field: "title", format: "plain", text: revision.title },
    { field: "summary", format: "plain", text: revision.summary },
    { field: "hero_caption", format: "plain", text: revision.heroCaption },
    { field: "hero_alt", format: "plain", text: revision.heroAlt },
    ...attachments.map((a, i): ReaderField => ({
      field: `attachment:${i}`,
      format: "plain",
      text: a.title,
    })),
    ...tags.map((t): ReaderField => ({ field: `tag:${t.id}`, format: "plain", text: t.name })),
    { field: "body", format: "markdown", text: revision.body },
  ];
  return {
    item,
    revision,
    fields,
    tags: tags.map((t) => ({ id: t.id, name: t.name })),
    attachmentCount: attachments.length,
  };
}
