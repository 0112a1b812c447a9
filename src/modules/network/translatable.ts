import type { Db } from "../../database.js";
import type { TranslatedTable } from "./network.table.js";
import { listTranslatableRows, type TranslatableRow } from "./translatable.repository.js";

/** One text a reader sees, in its source language: what the translation pipeline translates. */
export interface TranslatableField {
  table: TranslatedTable;
  id: number;
  field: string;
  format: "markdown" | "plain";
  text: string;
  sourceLanguage: string;
}

/** Which fields of each table readers see, and how they are segmented. */
export const TRANSLATED_FIELDS: Readonly<
  Record<TranslatedTable, readonly { field: string; format: "markdown" | "plain" }[]>
> = {
  cities: [{ field: "profile", format: "markdown" }],
  hubs: [
    { field: "name", format: "plain" },
    { field: "description", format: "markdown" },
  ],
  people: [{ field: "title", format: "plain" }],
  organisations: [{ field: "name", format: "plain" }],
  network_events: [
    { field: "title", format: "plain" },
    { field: "description", format: "markdown" },
    { field: "place", format: "plain" },
  ],
  event_sessions: [{ field: "title", format: "plain" }],
};

/**
 * Every reader-facing text of the network module (city profiles, hub names
 * and descriptions, people's titles, organisation names, event titles,
 * descriptions and places, agenda session titles), empty ones left out; or
 * those of one row (an event's come with its sessions'). Markdown fields are
 * Markdown source.
 */
export async function listTranslatableFields(
  db: Db,
  only?: { table: TranslatedTable; id: number },
): Promise<TranslatableField[]> {
  const out: TranslatableField[] = [];
  const wants = (table: TranslatedTable) =>
    !only ||
    only.table === table ||
    (only.table === "network_events" && table === "event_sessions");
  const push = (table: TranslatedTable, rows: readonly TranslatableRow[]) => {
    for (const row of rows)
      for (const { field, format } of TRANSLATED_FIELDS[table]) {
        const text = row[field];
        if (typeof text === "string" && text.trim() !== "")
          out.push({ table, id: row.id, field, format, text, sourceLanguage: row.sourceLanguage });
      }
  };
  for (const table of Object.keys(TRANSLATED_FIELDS) as TranslatedTable[]) {
    if (!wants(table)) continue;
    const filter =
      only?.table === table
        ? { id: only.id }
        : only?.table === "network_events"
          ? { eventId: only.id }
          : undefined;
    push(table, await listTranslatableRows(db, table, filter));
  }
  return out;
}
