import { ValidationError } from "../../../platform/errors.js";
import { CsvSyntaxError, neutraliseFormula, parseCsv } from "../../../platform/csv/parse-csv.js";
import type { TermInput } from "../glossary.repository.js";
import type { GlossaryTerm } from "../translation.table.js";

/**
 * The glossary CSV columns, in the order the export writes them. Import reads
 * them by header name, in any order; only `source` and `target` are required
 * (the languages then come from the command or the form), so the older
 * `source,target[,note]` files still import. An empty target means "do not
 * translate"; an empty status means preferred.
 */
export const GLOSSARY_CSV_COLUMNS = [
  "source_language",
  "target_language",
  "source",
  "target",
  "status",
  "part_of_speech",
  "definition",
  "note",
] as const;

type Column = (typeof GLOSSARY_CSV_COLUMNS)[number];

const MAX_ROWS = 20_000;

/** A row of the file before validation, with the line it came from. */
export interface CsvTermRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a glossary CSV into rows of named cells (formula neutralising undone:
 * a leading apostrophe before = + - @ is dropped). Refuses a file that is not
 * CSV, lacks the source/target header or names a column twice.
 */
export function readGlossaryCsv(text: string): CsvTermRow[] {
  let rows;
  try {
    rows = parseCsv(text, { maxCellLength: 2000 });
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
  const known = new Set<string>(GLOSSARY_CSV_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (
    !columns.includes("source") ||
    !columns.includes("target") ||
    unknown.length > 0 ||
    new Set(columns).size !== columns.length
  ) {
    throw new ValidationError(
      `The first line must be a header naming the columns: source,target and optionally ${GLOSSARY_CSV_COLUMNS.filter((c) => c !== "source" && c !== "target").join(",")}`,
      [{ path: "line 1", message: `found ${JSON.stringify(header?.cells ?? [])}` }],
    );
  }
  if (body.length > MAX_ROWS) {
    throw new ValidationError(`A glossary file holds at most ${MAX_ROWS} terms`);
  }
  return body.map((row) => {
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      values[column] = restoreFormula(row.cells[i] ?? "");
    });
    if (row.cells.length > columns.length) values["(extra)"] = String(row.cells.length);
    return { line: row.line, values };
  });
}

/** The glossary as CSV with every column, cells neutralised against spreadsheet formulas. */
export function writeGlossaryCsv(terms: readonly GlossaryTerm[]): string {
  const cell = (value: string) => {
    const safe = neutraliseFormula(value);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [GLOSSARY_CSV_COLUMNS.join(",")];
  for (const t of terms) {
    const values: Record<Column, string> = {
      source_language: t.sourceLanguage,
      target_language: t.targetLanguage,
      source: t.sourceTerm,
      target: t.targetTerm ?? "",
      status: t.status,
      part_of_speech: t.partOfSpeech,
      definition: t.definition,
      note: t.note,
    };
    lines.push(GLOSSARY_CSV_COLUMNS.map((c) => cell(values[c])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** The term a CSV row describes, before validation (languages default to the given ones). */
export function csvRowToTerm(
  row: CsvTermRow,
  defaults: { sourceLanguage?: string; targetLanguage?: string },
): Record<keyof TermInput, string | undefined> {
  const v = row.values;
  return {
    sourceLanguage: v.source_language || defaults.sourceLanguage,
    targetLanguage: v.target_language || defaults.targetLanguage,
    sourceTerm: v.source ?? "",
    targetTerm: v.target ?? "",
    note: v.note ?? "",
    status: v.status || "preferred",
    partOfSpeech: v.part_of_speech ?? "",
    definition: v.definition ?? "",
  };
}

function restoreFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
