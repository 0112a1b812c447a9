import { z } from "zod";
import type { Kysely } from "kysely";
import type { DB, Db } from "../../database.js";
import { retryOnUniqueViolation } from "../../platform/db/transaction.js";
import { ValidationError } from "../../platform/errors.js";
import { csvRowToTerm, readGlossaryCsv } from "./glossary-files/glossary-csv.js";
import { glossaryKey } from "./glossary-key.js";
import { type TermChange, type TermInput, upsertTerm } from "./glossary.repository.js";
import { TERM_STATUSES } from "./translation.table.js";

const language = z.string().regex(/^[a-z]{2,3}$/, "must be a language code like en or fr");

/** A glossary term as typed by an editor or read from a file; an empty target means "do not translate". */
export const termSchema = z
  .object({
    sourceLanguage: language,
    targetLanguage: z.union([language, z.literal("*")]),
    sourceTerm: z.string().trim().min(1, "is required").max(200),
    targetTerm: z
      .string()
      .trim()
      .max(200)
      .transform((v) => (v === "" ? null : v)),
    note: z.string().trim().max(500).default(""),
    status: z.enum(TERM_STATUSES).default("preferred"),
    partOfSpeech: z.string().trim().max(100).default(""),
    definition: z.string().trim().max(1000).default(""),
  })
  .refine((t) => t.targetLanguage !== "*" || t.targetTerm === null, {
    message: "a term for every language (*) can only be a do-not-translate term",
    path: ["targetTerm"],
  })
  .refine((t) => t.targetTerm !== null || t.status === "preferred", {
    message: "a do-not-translate term (empty target) is always preferred",
    path: ["status"],
  })
  .refine((t) => t.sourceLanguage !== t.targetLanguage, {
    message: "must differ from the source language",
    path: ["targetLanguage"],
  });

/** What writing a glossary did. */
export interface TermWriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Reads a glossary CSV (columns in glossary-files/glossary-csv.ts; the older
 * `source,target[,note]` too, its languages given here). Every row is checked
 * before anything is written; with problems, nothing is written and every bad
 * row is named. A term already there as written is unchanged.
 */
export async function importGlossaryCsv(
  db: Kysely<DB>,
  input: {
    text: string;
    sourceLanguage?: string;
    targetLanguage?: string;
    actorId: number | null;
    now: Date;
    onProgress?: (done: number, total: number) => void;
    onWritten?: (trx: Db, counts: TermWriteCounts) => Promise<void>;
  },
): Promise<TermWriteCounts & { imported: number }> {
  const rows = readGlossaryCsv(input.text);
  const problems: { line: number; message: string }[] = [];
  const terms: TermInput[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.values["(extra)"] !== undefined) {
      problems.push({
        line: row.line,
        message: `has ${row.values["(extra)"]} columns, more than the header`,
      });
      continue;
    }
    const parsed = termSchema.safeParse(csvRowToTerm(row, input));
    if (!parsed.success) {
      problems.push({
        line: row.line,
        message: parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "),
      });
      continue;
    }
    const term = parsed.data;
    const key = termKey(term);
    if (seen.has(key)) {
      problems.push({ line: row.line, message: `"${term.sourceTerm}" is listed twice` });
      continue;
    }
    seen.add(key);
    terms.push(term);
  }
  if (problems.length > 0) {
    throw new ValidationError(
      "The glossary was not imported: fix these rows",
      problems.map((p) => ({ path: `line ${p.line}`, message: p.message })),
    );
  }
  const counts = await writeTerms(db, terms, input);
  return { ...counts, imported: terms.length };
}

/**
 * The key a file may hold a term under once: its preferred translation, or the
 * pair for the others; terms compared as the database's unique keys compare them.
 */
export function termKey(term: TermInput): string {
  const base = `${term.sourceLanguage}\n${term.targetLanguage}\n${glossaryKey(term.sourceTerm)}`;
  return (term.status ?? "preferred") === "preferred"
    ? base
    : `${base}\n${glossaryKey(term.targetTerm ?? "")}`;
}

/** Writes checked terms in one transaction, with progress; returns what changed. */
export async function writeTerms(
  db: Kysely<DB>,
  terms: readonly TermInput[],
  input: {
    actorId: number | null;
    now: Date;
    onProgress?: (done: number, total: number) => void;
    onWritten?: (trx: Db, counts: TermWriteCounts) => Promise<void>;
  },
): Promise<TermWriteCounts> {
  const now = input.now.toISOString();
  // A term saved at the same time by someone else makes this import's insert fail: once
  // more, the import finds it and updates it.
  return retryOnUniqueViolation(() =>
    db.transaction().execute(async (trx) => {
      const counts: TermWriteCounts = { added: 0, updated: 0, unchanged: 0 };
      let done = 0;
      for (const term of terms) {
        const { change } = await upsertTerm(trx, term, input.actorId, now);
        counts[change] += 1;
        done += 1;
        if (done % 200 === 0 || done === terms.length) input.onProgress?.(done, terms.length);
      }
      await input.onWritten?.(trx, counts);
      return counts;
    }),
  );
}

/**
 * Saves one term (an editor's form), and whatever `onWritten` records of it,
 * in one transaction. Two people saving the same new term at once both
 * succeed: the later save updates the term the earlier added, as if it had
 * come a moment after.
 */
export async function saveTerm(
  db: Kysely<DB>,
  term: TermInput,
  input: {
    actorId: number | null;
    now: Date;
    onWritten?: (trx: Db, saved: { id: number; change: TermChange }) => Promise<void>;
  },
): Promise<{ id: number; change: TermChange }> {
  return retryOnUniqueViolation(() =>
    db.transaction().execute(async (trx) => {
      const saved = await upsertTerm(trx, term, input.actorId, input.now.toISOString());
      await input.onWritten?.(trx, saved);
      return saved;
    }),
  );
}
