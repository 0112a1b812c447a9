import type { Db } from "../../database.js";
import type { Config } from "../../platform/config.js";
import { policyOf } from "./localize.service.js";

/**
 * An item-language's translation status, derived from its units:
 * - awaiting: no engine serves the language, nobody has translated it yet;
 * - pending: the engine will translate it (the job is queued or running);
 * - outdated: readers see the translation of an earlier revision; the live one is not translated yet;
 * - flagged: translated, but held back by the language's policy (checks found errors, or review required);
 * - machine: live, machine-translated, not every sentence reviewed;
 * - reviewed: live, every sentence reviewed.
 */
export type TranslationStatus =
  "awaiting" | "pending" | "outdated" | "flagged" | "machine" | "reviewed";

/** One row of the translation status page. */
export interface ItemTranslationStatus {
  itemId: number;
  title: string;
  type: string;
  sourceLanguage: string;
  statuses: Record<string, TranslationStatus | "source">;
}

/** The status of every published item in every site language, newest first. */
export async function listTranslationStatus(
  db: Db,
  config: Config,
  canTranslate: (from: string, to: string) => boolean,
  page: { limit: number; offset: number },
): Promise<ItemTranslationStatus[]> {
  const items = await db
    .selectFrom("items")
    .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
    .select([
      "items.id",
      "items.type",
      "items.sourceLanguage",
      "items.publishedRevisionId",
      "revisions.title",
    ])
    .where("items.status", "in", ["published", "archived"])
    .orderBy("items.publishedAt", "desc")
    .orderBy("items.id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  if (items.length === 0) return [];
  const ids = items.map((i) => i.id);
  const live = await db
    .selectFrom("itemTranslations as t")
    .leftJoin("localizedRevisions as l", "l.id", "t.liveLocalizedId")
    .select(["t.itemId", "t.language", "l.revisionId", "l.state"])
    .where("t.itemId", "in", ids)
    .execute();
  const localized = await db
    .selectFrom("localizedRevisions")
    .select(["revisionId", "language", "state", "errorCount"])
    .where(
      "revisionId",
      "in",
      items.map((i) => i.publishedRevisionId as number),
    )
    .execute();
  return items.map((item) => {
    const statuses: Record<string, TranslationStatus | "source"> = {};
    for (const language of config.languages) {
      if (language === item.sourceLanguage) {
        statuses[language] = "source";
        continue;
      }
      const current = live.find((l) => l.itemId === item.id && l.language === language);
      const candidate = localized.find(
        (l) => l.revisionId === item.publishedRevisionId && l.language === language,
      );
      statuses[language] = statusOf({
        isLiveCurrent: current?.revisionId === item.publishedRevisionId,
        liveState: current?.revisionId != null ? (current.state ?? "machine") : null,
        candidate,
        policy: policyOf(config, language),
        canTranslate: canTranslate(item.sourceLanguage, language),
      });
    }
    return {
      itemId: item.id,
      title: item.title,
      type: item.type,
      sourceLanguage: item.sourceLanguage,
      statuses,
    };
  });
}

function statusOf(input: {
  isLiveCurrent: boolean;
  liveState: string | null;
  candidate: { state: string; errorCount: number } | undefined;
  policy: string;
  canTranslate: boolean;
}): TranslationStatus {
  if (input.isLiveCurrent) return input.liveState === "reviewed" ? "reviewed" : "machine";
  if (input.candidate) return "flagged";
  if (input.liveState !== null) return "outdated";
  return input.canTranslate ? "pending" : "awaiting";
}

/** How much of the site each language has: counts of items per status. */
export function summarizeStatuses(
  rows: readonly ItemTranslationStatus[],
  languages: readonly string[],
): Record<string, Partial<Record<TranslationStatus | "source", number>>> {
  const out: Record<string, Partial<Record<TranslationStatus | "source", number>>> = {};
  for (const language of languages) {
    const counts: Partial<Record<TranslationStatus | "source", number>> = {};
    for (const row of rows) {
      const status = row.statuses[language];
      if (status) counts[status] = (counts[status] ?? 0) + 1;
    }
    out[language] = counts;
  }
  return out;
}
