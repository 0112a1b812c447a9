import type { Db } from "../../../database.js";
import { NotFoundError } from "../../../platform/errors.js";
import type { Item, Revision } from "../content.table.js";
import {
  findItemById,
  findLiveRevision,
  findRevisionById,
  listDocumentsForPicker,
  listImagesForPicker,
  listRelatedItems,
} from "../item.repository.js";
import { markdownOf, mediaUrl, presentImage, thumbnailOf } from "../media.presenter.js";
import { listRevisionAttachments } from "../media.repository.js";
import type { ItemPageData } from "../site.service.js";
import { listTagsOfRevisions } from "../tag.repository.js";
import { type DiffLine, diffLines } from "./line-diff.js";

/** An item and its latest revision with the revision's tags and attachments, as the editor shows them. */
export interface EditorData {
  item: Item;
  revision: Revision;
  tags: string[];
  attachments: { mediaId: number; title: string }[];
}

/** Stored files the editor offers to pick from. */
export interface MediaChoices {
  /** `thumb` is the URL of the 480 px variant, for the image picker. */
  images: {
    id: number;
    originalName: string;
    altText: string;
    thumb: string | undefined;
    /** The Markdown that shows the image in a body, with its stored alt text. */
    markdown: string | undefined;
  }[];
  documents: { id: number; originalName: string }[];
}

/** Loads an item and one of its revisions (the latest by default); a 404 when either is missing. */
export async function loadEditorData(
  db: Db,
  itemId: number,
  revisionId?: number,
): Promise<EditorData> {
  const item = await findItemById(db, itemId);
  const id = revisionId ?? item?.latestRevisionId ?? null;
  const revision = id === null ? undefined : await findRevisionById(db, id);
  if (!item || !revision || revision.itemId !== item.id) throw new NotFoundError();
  const tags = (await listTagsOfRevisions(db, [revision.id])).get(revision.id) ?? [];
  const attachments = await listRevisionAttachments(db, revision.id);
  return {
    item,
    revision,
    tags: tags.map((tag) => tag.name),
    attachments: attachments.map((a) => ({ mediaId: a.media.id, title: a.title })),
  };
}

/** The images and documents an editor may choose from (the newest few hundred). */
export async function loadMediaChoices(db: Db): Promise<MediaChoices> {
  return {
    images: (await listImagesForPicker(db, 300)).map(({ variants, ...image }) => {
      const thumb = thumbnailOf(variants);
      const url = presentImage({ kind: "image", variants })?.src;
      return {
        ...image,
        thumb: thumb ? mediaUrl(thumb.fileName) : undefined,
        markdown: url ? markdownOf({ kind: "image", url, ...image }) : undefined,
      };
    }),
    documents: await listDocumentsForPicker(db, 300),
  };
}

/** Builds the public page's data from an item's latest revision, so a preview shows exactly what publishing would. */
export async function loadPreviewData(db: Db, itemId: number): Promise<ItemPageData> {
  const item = await findItemById(db, itemId);
  const revision =
    item?.latestRevisionId == null ? undefined : await findLiveRevision(db, item.latestRevisionId);
  if (!item || !revision) throw new NotFoundError();
  const tags = (await listTagsOfRevisions(db, [revision.id])).get(revision.id) ?? [];
  const related = await listRelatedItems(db, {
    itemId: item.id,
    tagIds: tags.map((tag) => tag.id),
    limit: 3,
  });
  const toImage = (row: { heroKind: "image" | "document" | null; heroVariants: string | null }) =>
    row.heroKind && row.heroVariants !== null
      ? { kind: row.heroKind, variants: row.heroVariants }
      : undefined;
  return {
    item,
    revision,
    tags: tags.map((tag) => ({ ...tag, nameLanguage: item.sourceLanguage })),
    hero: toImage(revision),
    attachments: await listRevisionAttachments(db, revision.id),
    related: related.map((card) => ({ ...card, image: toImage(card) })),
    slug: item.slug,
    translation: "original",
    textLanguage: item.sourceLanguage,
    languages: [{ lang: item.sourceLanguage, slug: item.slug }],
  };
}

/** The line differences of title, summary and body between two revisions of one item. */
export interface RevisionDiff {
  item: Item;
  from: Revision;
  to: Revision;
  fields: { name: "title" | "summary" | "body"; lines: DiffLine[] }[];
}

/** Compares two revisions of an item; a 404 when either belongs elsewhere. */
export async function loadRevisionDiff(
  db: Db,
  input: { itemId: number; fromId: number; toId: number },
): Promise<RevisionDiff> {
  const item = await findItemById(db, input.itemId);
  const from = await findRevisionById(db, input.fromId);
  const to = await findRevisionById(db, input.toId);
  if (!item || !from || !to || from.itemId !== item.id || to.itemId !== item.id) {
    throw new NotFoundError();
  }
  return {
    item,
    from,
    to,
    fields: (["title", "summary", "body"] as const).map((name) => ({
      name,
      lines: diffLines(from[name], to[name]),
    })),
  };
}
