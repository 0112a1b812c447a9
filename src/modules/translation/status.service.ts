import type { Db } from "../../database.js";
import type { Config } from "../../platform/config.js";
import { countHeldFindings } from "./held-reasons.repository.js";
import { policyOf } from "./pipeline/gate.js";
import {
  listLiveTranslations,
  listLocalizedOfRevisions,
  listPublishedItems,
} from "./status.repository.js";

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

/**
 * Why a translation is held back ("flagged"):
 * - review: the language's policy publishes only reviewed translations;
 * - errors: the checks found errors in sentences nobody has reviewed yet
 *   (`sentences` of them; error findings per code, most frequent first).
 */
export type HeldReason =
  | { kind: "review" }
  | { kind: "errors"; sentences: number; codes: { code: string; count: number }[] };

/** One row of the translation status page. */
export interface ItemTranslationStatus {
  itemId: number;
  title: string;
  type: string;
  sourceLanguage: string;
  statuses: Record<string, TranslationStatus | "source">;
  /** For flagged languages, why the translation is held back, when known. */
  heldReasons: Partial<Record<string, HeldReason>>;
}

/** The status of every published item in every site language, newest first, with why held ones are held. */
export async function listTranslationStatus(
  db: Db,
  config: Config,
  canTranslate: (from: string, to: string) => boolean,
  page: { limit: number; offset: number },
): Promise<ItemTranslationStatus[]> {
  const items = await listPublishedItems(db, page);
  if (items.length === 0) return [];
  const live = await listLiveTranslations(
    db,
    items.map((i) => i.id),
  );
  const localized = await listLocalizedOfRevisions(
    db,
    items.map((i) => i.publishedRevisionId as number),
  );
  const rows = items.map((item) => {
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
      publishedRevisionId: item.publishedRevisionId,
      statuses,
    };
  });
  const held = await explainHeld(db, config, rows);
  return rows.map(({ publishedRevisionId: _revision, ...row }) => ({
    ...row,
    heldReasons: held.get(row.itemId) ?? {},
  }));
}

/**
 * Reasons of the flagged cells by item and language: the `review` policy
 * waits for a reviewer; under `gate`, the error findings of the published
 * revision's unreviewed units. None when nothing explains it (under
 * `immediate`, or every error reviewed since: it goes live at its next refresh).
 */
async function explainHeld(
  db: Db,
  config: Config,
  rows: readonly {
    itemId: number;
    publishedRevisionId: number | null;
    statuses: Record<string, TranslationStatus | "source">;
  }[],
): Promise<Map<number, Partial<Record<string, HeldReason>>>> {
  const reasons = new Map<number, Partial<Record<string, HeldReason>>>();
  const gated = new Map<number, { itemId: number; languages: Set<string> }>();
  for (const row of rows) {
    const byLanguage: Partial<Record<string, HeldReason>> = {};
    reasons.set(row.itemId, byLanguage);
    for (const [language, status] of Object.entries(row.statuses)) {
      if (status !== "flagged") continue;
      const policy = policyOf(config, language);
      if (policy === "review" || policy === "draft") byLanguage[language] = { kind: "review" };
      else if (policy === "gate" && row.publishedRevisionId !== null) {
        const entry = gated.get(row.publishedRevisionId) ?? {
          itemId: row.itemId,
          languages: new Set<string>(),
        };
        entry.languages.add(language);
        gated.set(row.publishedRevisionId, entry);
      }
    }
  }
  if (gated.size === 0) return reasons;
  const findings = await countHeldFindings(db, {
    revisionIds: [...gated.keys()],
    languages: [...new Set([...gated.values()].flatMap((g) => [...g.languages]))],
  });
  for (const found of findings) {
    const entry = gated.get(found.revisionId);
    // The query spans every gated revision × language: keep the held pairs only.
    if (!entry?.languages.has(found.language)) continue;
    const byLanguage = reasons.get(entry.itemId);
    if (byLanguage) {
      byLanguage[found.language] = {
        kind: "errors",
        sentences: found.sentences,
        codes: found.codes,
      };
    }
  }
  return reasons;
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
