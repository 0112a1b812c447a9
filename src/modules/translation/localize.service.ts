import type { Db } from "../../database.js";
import type { Config, TranslationPolicy } from "../../platform/config.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { countWords, renderMarkdown } from "../content/markdown/render-markdown.js";
import { slugify } from "../content/slug.js";
import type { TranslatableRevision } from "./fields.js";
import { rewriteSiteLinks } from "./links.js";
import { findUnits } from "./memory.repository.js";
import { assembleMarkdown, assemblePlain } from "./segments/index.js";
import type { TranslationUnit } from "./translation.table.js";
import type { TranslateDeps } from "./translate.service.js";
import type { FieldDocument } from "./units.service.js";

/**
 * Assembles a revision's fields in a language from the memory and stores the
 * result; false when some segment has no unit yet (nothing is stored then).
 */
export async function localizeRevision(
  deps: TranslateDeps,
  source: TranslatableRevision,
  documents: readonly FieldDocument[],
  language: string,
): Promise<boolean> {
  const { db } = deps;
  const hashes = documents.flatMap((d) => d.document.segments.map((s) => s.hash));
  const units = await findUnits(db, hashes, language);
  if (hashes.some((h) => !units.has(h))) return false;
  const lookup = (segment: { hash: string }) => units.get(segment.hash)?.targetText;
  const values = new Map<string, string>();
  for (const { field, document } of documents) {
    values.set(
      field.field,
      field.format === "markdown"
        ? assembleMarkdown(document, lookup).markdown
        : assemblePlain(document, lookup).text,
    );
  }
  const body = values.get("body") ?? "";
  const rendered = renderMarkdown(body, { locale: language });
  const bodyHtml = await rewriteSiteLinks(db, rendered.html, {
    language,
    baseUrl: deps.config.baseUrl,
    languages: deps.config.languages,
  });
  const used = [...new Set(hashes)].map((h) => units.get(h) as TranslationUnit);
  const state = used.every((u) => u.state === "reviewed") ? "reviewed" : "machine";
  const errorCount = used.reduce((sum, u) => sum + (u.state === "reviewed" ? 0 : u.errorCount), 0);
  const attachmentTitles = Array.from(
    { length: source.attachmentCount },
    (_, i) => values.get(`attachment:${i}`) ?? "",
  );
  const now = deps.now().toISOString();
  const row = {
    state,
    errorCount,
    title: values.get("title") ?? "",
    summary: values.get("summary") ?? "",
    heroCaption: values.get("hero_caption") ?? "",
    heroAlt: values.get("hero_alt") ?? "",
    attachmentTitles: JSON.stringify(attachmentTitles),
    wordCount: countWords(body, language),
    body,
    bodyHtml,
    updatedAt: now,
  } as const;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("localizedRevisions")
      .values({ revisionId: source.revision.id, language, createdAt: now, ...row })
      .onConflict((oc) => oc.columns(["revisionId", "language"]).doUpdateSet(row))
      .execute();
    for (const tag of source.tags) {
      const name = values.get(`tag:${tag.id}`);
      if (!name) continue;
      await trx
        .insertInto("tagTranslations")
        .values({ tagId: tag.id, language, name, updatedAt: now })
        .onConflict((oc) => oc.columns(["tagId", "language"]).doUpdateSet({ name, updatedAt: now }))
        .execute();
    }
    await bumpChangeCounter(trx);
  });
  return true;
}

/** The policy of a language: `gate` unless the configuration says otherwise. */
export function policyOf(config: Config, language: string): TranslationPolicy {
  return config.translation.policies[language] ?? "gate";
}

/**
 * Points readers of a language at the translation of the item's live revision
 * when the language's policy lets it go live; otherwise the last good
 * translation stays (or readers get the source with a notice). Gives the item
 * its slug in the language the first time a translation goes live.
 */
export async function refreshLiveTranslation(
  deps: TranslateDeps,
  itemId: number,
  language: string,
): Promise<boolean> {
  const { db } = deps;
  return db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom("items")
      .selectAll()
      .where("id", "=", itemId)
      .executeTakeFirst();
    if (!item || item.publishedRevisionId === null || item.sourceLanguage === language)
      return false;
    const candidate = await trx
      .selectFrom("localizedRevisions")
      .select(["id", "state", "errorCount", "title"])
      .where("revisionId", "=", item.publishedRevisionId)
      .where("language", "=", language)
      .executeTakeFirst();
    const current = await trx
      .selectFrom("itemTranslations")
      .selectAll()
      .where("itemId", "=", itemId)
      .where("language", "=", language)
      .executeTakeFirst();
    const policy = policyOf(deps.config, language);
    const passes =
      candidate !== undefined &&
      (policy === "immediate" ||
        candidate.state === "reviewed" ||
        (policy === "gate" && candidate.errorCount === 0));
    const now = deps.now().toISOString();
    if (!passes) {
      if (!current) {
        await trx
          .insertInto("itemTranslations")
          .values({ itemId, language, liveLocalizedId: null, slug: null, updatedAt: now })
          .execute();
      }
      return current?.liveLocalizedId != null && current.liveLocalizedId === candidate?.id;
    }
    if (current?.liveLocalizedId === candidate.id) return true;
    const slug =
      current?.slug ?? (await freeSlug(trx, language, candidate.title, item.slug, itemId));
    if (current) {
      await trx
        .updateTable("itemTranslations")
        .set({ liveLocalizedId: candidate.id, slug, updatedAt: now })
        .where("itemId", "=", itemId)
        .where("language", "=", language)
        .execute();
    } else {
      await trx
        .insertInto("itemTranslations")
        .values({ itemId, language, liveLocalizedId: candidate.id, slug, updatedAt: now })
        .execute();
    }
    if (!current?.slug) {
      await trx
        .insertInto("itemSlugs")
        .values({ language, slug, itemId, createdAt: now })
        .onConflict((oc) => oc.columns(["language", "slug"]).doNothing())
        .execute();
    }
    await bumpChangeCounter(trx);
    return true;
  });
}

/** A slug from the translated title that no other item uses in the language (…-2, …-3 otherwise). */
async function freeSlug(
  db: Db,
  language: string,
  title: string,
  fallback: string,
  itemId: number,
): Promise<string> {
  const base = slugify(title) || fallback;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    const taken = await db
      .selectFrom("itemSlugs")
      .select("itemId")
      .where("language", "=", language)
      .where("slug", "=", candidate)
      .executeTakeFirst();
    const takenBySource = await db
      .selectFrom("items")
      .select("id")
      .where("slug", "=", candidate)
      .where("id", "!=", itemId)
      .executeTakeFirst();
    if ((!taken || taken.itemId === itemId) && !takenBySource) return candidate;
  }
  return `${base.slice(0, 60)}-${itemId}`;
}
