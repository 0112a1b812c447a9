import { z } from "zod";
import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { ValidationError } from "../../platform/errors.js";
import { CsvSyntaxError, parseCsv } from "../../platform/csv/parse-csv.js";
import { type TermInput, upsertTerm } from "./glossary.repository.js";

const language = z.string().regex(/^[a-z]{2,3}$/, "must be a language code like en or fr");

/** A glossary term as typed by an editor; an empty target means "do not translate". */
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
  })
  .refine((t) => t.targetLanguage !== "*" || t.targetTerm === null, {
    message: "a term for every language (*) can only be a do-not-translate term",
    path: ["targetTerm"],
  })
  .refine((t) => t.sourceLanguage !== t.targetLanguage, {
    message: "must differ from the source language",
    path: ["targetLanguage"],
  });

/** One problem of a glossary CSV file, by line. */
export interface CsvProblem {
  line: number;
  message: string;
}

const MAX_GLOSSARY_ROWS = 20_000;

/**
 * Reads a glossary CSV: a header `source,target[,note]` then one term per row
 * (an empty target = do not translate). Every row is checked before anything is
 * written; with problems, nothing is written and every bad row is named.
 */
export async function importGlossaryCsv(
  db: Kysely<DB>,
  input: {
    text: string;
    sourceLanguage: string;
    targetLanguage: string;
    actorId: number | null;
    now: Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<{ imported: number }> {
  let rows;
  try {
    rows = parseCsv(input.text, { maxCellLength: 1000 });
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ValidationError("The file is not valid CSV", [
        { path: `line ${error.line}`, message: error.message },
      ]);
    }
    throw error;
  }
  const [header, ...body] = rows;
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (columns[0] !== "source" || columns[1] !== "target") {
    throw new ValidationError("The first line must be the header source,target[,note]", [
      { path: "line 1", message: `found ${JSON.stringify(header?.cells ?? [])}` },
    ]);
  }
  if (body.length > MAX_GLOSSARY_ROWS) {
    throw new ValidationError(`A glossary file holds at most ${MAX_GLOSSARY_ROWS} terms`);
  }
  const problems: CsvProblem[] = [];
  const terms: TermInput[] = [];
  const seen = new Set<string>();
  for (const row of body) {
    if (row.cells.length > 3) {
      problems.push({ line: row.line, message: `has ${row.cells.length} columns, at most 3` });
      continue;
    }
    const parsed = termSchema.safeParse({
      sourceLanguage: input.sourceLanguage,
      targetLanguage: input.targetLanguage,
      sourceTerm: row.cells[0] ?? "",
      targetTerm: row.cells[1] ?? "",
      note: row.cells[2] ?? "",
    });
    if (!parsed.success) {
      problems.push({
        line: row.line,
        message: parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "),
      });
      continue;
    }
    const key = parsed.data.sourceTerm.toLowerCase();
    if (seen.has(key)) {
      problems.push({ line: row.line, message: `"${parsed.data.sourceTerm}" is listed twice` });
      continue;
    }
    seen.add(key);
    terms.push(parsed.data);
  }
  if (problems.length > 0) {
    throw new ValidationError(
      "The glossary was not imported: fix these rows",
      problems.map((p) => ({ path: `line ${p.line}`, message: p.message })),
    );
  }
  const now = input.now.toISOString();
  await db.transaction().execute(async (trx) => {
    let done = 0;
    for (const term of terms) {
      await upsertTerm(trx, term, input.actorId, now);
      done += 1;
      if (done % 200 === 0 || done === terms.length) input.onProgress?.(done, terms.length);
    }
  });
  return { imported: terms.length };
}
