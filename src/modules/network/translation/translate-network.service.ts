import { createHash } from "node:crypto";
import { bumpChangeCounter } from "../../../platform/db/change-counter.js";
import { type TranslateDeps, translateFields } from "../../translation/pipeline/index.js";
import type { TranslatedTable } from "../network.table.js";
import { listTranslatableFields, type TranslatableField } from "../translatable.js";
import {
  deleteNetworkTranslations,
  deleteOrphanSessionTranslations,
  findRowTranslations,
  type NetworkTranslationRow,
  saveNetworkTranslations,
} from "./network-translation.repository.js";

/** What translating a row did: its texts, and the (text, language) pairs stored. */
export interface NetworkTranslateOutcome {
  texts: number;
  stored: number;
}

/** The hash a stored translation keeps of its source, to tell when the source changed since. */
export function sourceHashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Translates the reader-facing texts of one row (an event with its agenda
 * sessions) into every site language but their own, through the memory,
 * glossary, engine and checks that content uses, and stores each text that
 * is complete in a language with its state and error count (the page applies
 * the language's policy when it reads them). A language no engine serves
 * stores nothing: readers get the source with a notice. Idempotent.
 */
export async function translateNetworkRow(
  deps: TranslateDeps,
  input: { table: TranslatedTable; id: number; languages?: readonly string[] },
): Promise<NetworkTranslateOutcome> {
  const fields = await listTranslatableFields(deps.db, { table: input.table, id: input.id });
  const outcome = { texts: 0, stored: 0 };
  const rows = groupByRow(fields);
  // A row without texts (deleted, or every field emptied) keeps no translation.
  if (!rows.some((r) => r.table === input.table && r.id === input.id))
    await deleteNetworkTranslations(deps.db, { table: input.table, rowId: input.id });
  for (const row of rows) {
    const result = await translateRow(deps, row, input.languages);
    outcome.texts += result.texts;
    outcome.stored += result.stored;
  }
  if (input.table === "network_events") await deleteOrphanSessionTranslations(deps.db);
  return outcome;
}

/**
 * Translates every text of the network now (the demo, `civitas translate`):
 * row by row, reporting progress in rows.
 */
export async function translateAllNetworkTexts(
  deps: TranslateDeps,
  input: {
    languages?: readonly string[];
    onProgress?: (done: number, total: number, label: string) => void;
  } = {},
): Promise<NetworkTranslateOutcome & { rows: number }> {
  const rows = groupByRow(await listTranslatableFields(deps.db));
  const outcome = { rows: rows.length, texts: 0, stored: 0 };
  for (const [index, row] of rows.entries()) {
    const result = await translateRow(deps, row, input.languages);
    outcome.texts += result.texts;
    outcome.stored += result.stored;
    input.onProgress?.(index + 1, rows.length, `${row.table} ${row.id}`);
  }
  await deleteOrphanSessionTranslations(deps.db);
  return outcome;
}

interface RowTexts {
  table: TranslatedTable;
  id: number;
  sourceLanguage: string;
  fields: TranslatableField[];
}

async function translateRow(
  deps: TranslateDeps,
  row: RowTexts,
  languages: readonly string[] | undefined,
): Promise<NetworkTranslateOutcome> {
  const readerFields = row.fields.map((f) => ({ field: f.field, format: f.format, text: f.text }));
  // One pass sends what the memory lacks to the engine; then each field is
  // assembled alone, so one faulty sentence holds back only its own text.
  await translateFields(deps, {
    sourceLanguage: row.sourceLanguage,
    fields: readerFields,
    languages,
  });
  const at = deps.now().toISOString();
  const stored: NetworkTranslationRow[] = [];
  for (const field of readerFields) {
    const byLanguage = await translateFields(deps, {
      sourceLanguage: row.sourceLanguage,
      fields: [field],
      languages,
      memoryOnly: true,
    });
    for (const [language, result] of byLanguage) {
      const text = result.values.get(field.field);
      if (!result.complete || text === undefined) continue;
      stored.push({
        tableName: row.table,
        rowId: row.id,
        field: field.field,
        language,
        text,
        state: result.state,
        errorCount: result.errorCount,
        sourceHash: sourceHashOf(field.text),
        updatedAt: at,
      });
    }
  }
  // A second run that changes nothing writes nothing (the demo and `translate` stay idempotent).
  const before = await findRowTranslations(deps.db, { table: row.table, rowId: row.id });
  const same = (a: NetworkTranslationRow, b: NetworkTranslationRow) =>
    a.text === b.text &&
    a.state === b.state &&
    a.errorCount === b.errorCount &&
    a.sourceHash === b.sourceHash;
  const changed = stored.filter(
    (s) => !before.some((b) => b.field === s.field && b.language === s.language && same(b, s)),
  );
  const fields = new Set(readerFields.map((f) => f.field));
  const gone = before.some((b) => !fields.has(b.field));
  if (changed.length > 0 || gone)
    await deps.db.transaction().execute(async (trx) => {
      await deleteNetworkTranslations(trx, { table: row.table, rowId: row.id, keep: [...fields] });
      await saveNetworkTranslations(trx, changed);
      await bumpChangeCounter(trx);
    });
  return { texts: readerFields.length, stored: stored.length };
}

function groupByRow(fields: readonly TranslatableField[]): RowTexts[] {
  const rows = new Map<string, RowTexts>();
  for (const field of fields) {
    const key = `${field.table}:${field.id}`;
    let row = rows.get(key);
    if (!row) {
      row = { table: field.table, id: field.id, sourceLanguage: field.sourceLanguage, fields: [] };
      rows.set(key, row);
    }
    row.fields.push(field);
  }
  return [...rows.values()];
}
