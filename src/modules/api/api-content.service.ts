import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { NotFoundError } from "../../platform/errors.js";
import {
  findItemById,
  findRevisionById,
  type Item,
  type ItemDraftInput,
  listRevisionAttachments,
  listTagsOfRevisions,
  publishItem,
  saveItem,
  unpublishItem,
} from "../content/index.js";
import type { RevisionWithParts } from "./api.presenter.js";

/** Who acts, when, and from where: what every audited write needs. */
export interface ApiActor {
  actorId: number;
  ip: string;
  now: Date;
}

/** An item with its latest and live revisions, each with tags and attachments. */
export interface LoadedItem {
  item: Item;
  latest: RevisionWithParts | undefined;
  published: RevisionWithParts | undefined;
}

/** Loads an item with its revisions, or throws 404. */
export async function loadItem(db: Kysely<DB>, id: number): Promise<LoadedItem> {
  const item = await findItemById(db, id);
  if (!item) throw new NotFoundError(`No item ${id}`);
  const [latest, published] = await Promise.all([
    loadRevision(db, item.latestRevisionId),
    loadRevision(db, item.publishedRevisionId),
  ]);
  return { item, latest, published };
}

/** Saves a draft as a new item or a new revision of one, and audits it. */
export async function saveItemFromApi(
  db: Kysely<DB>,
  input: { itemId?: number; draft: ItemDraftInput; actor: ApiActor },
): Promise<{ loaded: LoadedItem; isNew: boolean }> {
  const { actor } = input;
  const saved = await saveItem(db, {
    ...(input.itemId === undefined ? {} : { itemId: input.itemId }),
    draft: input.draft,
    actorId: actor.actorId,
    now: actor.now,
  });
  if (saved.isNewRevision) {
    await recordAudit(db, {
      actorId: actor.actorId,
      action: input.itemId === undefined ? "created" : "changed",
      subjectType: "item",
      subjectId: String(saved.item.id),
      summary: `revision ${saved.revision.number}: ${saved.revision.title}`,
      ip: actor.ip,
      now: actor.now,
    });
  }
  return { loaded: await loadItem(db, saved.item.id), isNew: saved.isNewRevision };
}

/** Publishes a revision of an item (the latest by default) and audits it in one transaction. */
export async function publishItemFromApi(
  db: Kysely<DB>,
  input: { itemId: number; revisionId?: number; actor: ApiActor },
): Promise<LoadedItem> {
  const { actor } = input;
  await db.transaction().execute(async (trx) => {
    const item = await publishItem(trx, {
      itemId: input.itemId,
      ...(input.revisionId === undefined ? {} : { revisionId: input.revisionId }),
      now: actor.now,
    });
    await recordAudit(trx, {
      actorId: actor.actorId,
      action: "published",
      subjectType: "item",
      subjectId: String(item.id),
      summary: `revision id ${String(item.publishedRevisionId)}`,
      ip: actor.ip,
      now: actor.now,
    });
  });
  return loadItem(db, input.itemId);
}

/** Takes an item off the site and audits it in one transaction. */
export async function unpublishItemFromApi(
  db: Kysely<DB>,
  input: { itemId: number; actor: ApiActor },
): Promise<LoadedItem> {
  const { actor } = input;
  await db.transaction().execute(async (trx) => {
    const item = await unpublishItem(trx, { itemId: input.itemId, now: actor.now });
    await recordAudit(trx, {
      actorId: actor.actorId,
      action: "unpublished",
      subjectType: "item",
      subjectId: String(item.id),
      ip: actor.ip,
      now: actor.now,
    });
  });
  return loadItem(db, input.itemId);
}

async function loadRevision(
  db: Kysely<DB>,
  id: number | null,
): Promise<RevisionWithParts | undefined> {
  if (id === null) return undefined;
  const revision = await findRevisionById(db, id);
  if (!revision) return undefined;
  const tags = (await listTagsOfRevisions(db, [id])).get(id) ?? [];
  const attachments = (await listRevisionAttachments(db, id)).map((a) => ({
    mediaId: a.media.id,
    title: a.title,
  }));
  return { revision, tags, attachments };
}
