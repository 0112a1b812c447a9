import type { Db } from "../../../database.js";
import type { Config } from "../../../platform/config.js";
import { decideGate, policyOf } from "../../translation/pipeline/index.js";
import type { TranslatedTable } from "../network.table.js";
import { findNetworkTranslations } from "./network-translation.repository.js";
import { sourceHashOf } from "./translate-network.service.js";

/** A text as a reader sees it, and the language it is written in (the source's when it falls back). */
export interface LocalText {
  text: string;
  lang: string;
}

/** A row whose fields named K are texts in the reader's language. */
export type Localized<T, K extends keyof T> = Omit<T, K> & { [P in K]: LocalText };

/**
 * How the texts of a page relate to its language, for the notice: what was
 * machine-translated or reviewed, shown from an earlier source, or shown in
 * the source (pending: an engine will translate it or the policy holds it;
 * awaiting: no engine serves the language).
 */
export interface PageTranslation {
  machine: boolean;
  reviewed: boolean;
  updating: boolean;
  /**
   * Why some texts show their original: no engine serves the language
   * (awaiting), translated but held for a reviewer (held), or on their way (pending).
   */
  fallback: "pending" | "held" | "awaiting" | null;
  /** The language of the texts' source (for "translated from …"). */
  sourceLanguage: string | undefined;
}

/** The texts a page shows, in the reader's language where a translation passes the language's policy. */
export interface NetworkTexts {
  readonly lang: string;
  /** A row's fields as the reader sees them. */
  localize<T extends { id: number; sourceLanguage: string }, K extends keyof T & string>(
    table: TranslatedTable,
    row: T,
    fields: readonly K[],
  ): Localized<T, K>;
  /** What the page's notice says, over every text localized so far. */
  summary(): PageTranslation;
}

/**
 * Loads the stored translations of the given rows in the reader's language.
 * A translation is shown when the language's policy lets it: `immediate`
 * always, `gate` when reviewed or free of errors, `review` only when reviewed;
 * otherwise the source is shown (and marked with its own language).
 */
export async function loadNetworkTexts(
  db: Db,
  input: {
    lang: string;
    config: Config;
    canTranslate: (from: string, to: string) => boolean;
    rows: readonly { table: TranslatedTable; ids: readonly number[] }[];
  },
): Promise<NetworkTexts> {
  const { lang } = input;
  const stored = await findNetworkTranslations(db, { language: lang, rows: input.rows });
  const byKey = new Map(stored.map((row) => [`${row.tableName}:${row.rowId}:${row.field}`, row]));
  const policy = policyOf(input.config, lang);
  const summary: PageTranslation = {
    machine: false,
    reviewed: false,
    updating: false,
    fallback: null,
    sourceLanguage: undefined,
  };
  const pick = (
    table: TranslatedTable,
    row: { id: number; sourceLanguage: string },
    field: string,
    source: string,
  ): LocalText => {
    if (row.sourceLanguage === lang || source.trim() === "")
      return { text: source, lang: row.sourceLanguage };
    summary.sourceLanguage ??= row.sourceLanguage;
    const found = byKey.get(`${table}:${row.id}:${field}`);
    const passes =
      found !== undefined &&
      decideGate({
        policy,
        kind: "text",
        isComplete: true,
        isReviewed: found.state === "reviewed",
        errorCount: found.errorCount,
      }).isLive;
    if (!passes) {
      const why = !input.canTranslate(row.sourceLanguage, lang)
        ? "awaiting"
        : found !== undefined
          ? "held"
          : "pending";
      // The strongest reason wins: awaiting, then held, then pending.
      if (summary.fallback === null || FALLBACK_RANK[why] > FALLBACK_RANK[summary.fallback])
        summary.fallback = why;
      return { text: source, lang: row.sourceLanguage };
    }
    if (found.sourceHash !== sourceHashOf(source)) summary.updating = true;
    else if (found.state === "reviewed") summary.reviewed = true;
    else summary.machine = true;
    return { text: found.text, lang };
  };
  return {
    lang,
    localize(table, row, fields) {
      const out: Record<string, unknown> = { ...row };
      for (const field of fields) {
        const value = row[field];
        out[field] = pick(table, row, field, typeof value === "string" ? value : "");
      }
      return out as Localized<typeof row, (typeof fields)[number]>;
    },
    summary: () => ({ ...summary }),
  };
}

const FALLBACK_RANK = { pending: 0, held: 1, awaiting: 2 } as const;
