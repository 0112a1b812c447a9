import type { Db } from "../../database.js";
import type { TranslatedTable } from "./network.table.js";

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
  const idOf = (table: TranslatedTable) => (only?.table === table ? only.id : undefined);
  const push = (
    table: TranslatedTable,
    rows: ({ id: number; sourceLanguage: string } & Record<string, unknown>)[],
  ) => {
    for (const row of rows)
      for (const { field, format } of TRANSLATED_FIELDS[table]) {
        const text = row[field];
        if (typeof text === "string" && text.trim() !== "")
          out.push({ table, id: row.id, field, format, text, sourceLanguage: row.sourceLanguage });
      }
  };
  if (wants("cities")) {
    let q = db.selectFrom("cities").select(["id", "sourceLanguage", "profile"]);
    const id = idOf("cities");
    if (id !== undefined) q = q.where("id", "=", id);
    push("cities", await q.orderBy("id").execute());
  }
  if (wants("hubs")) {
    let q = db.selectFrom("hubs").select(["id", "sourceLanguage", "name", "description"]);
    const id = idOf("hubs");
    if (id !== undefined) q = q.where("id", "=", id);
    push("hubs", await q.orderBy("id").execute());
  }
  if (wants("people")) {
    let q = db.selectFrom("people").select(["id", "sourceLanguage", "title"]);
    const id = idOf("people");
    if (id !== undefined) q = q.where("id", "=", id);
    push("people", await q.orderBy("id").execute());
  }
  if (wants("organisations")) {
    let q = db.selectFrom("organisations").select(["id", "sourceLanguage", "name"]);
    const id = idOf("organisations");
    if (id !== undefined) q = q.where("id", "=", id);
    push("organisations", await q.orderBy("id").execute());
  }
  if (wants("network_events")) {
    let q = db
      .selectFrom("networkEvents")
      .select(["id", "sourceLanguage", "title", "description", "place"]);
    const id = idOf("network_events");
    if (id !== undefined) q = q.where("id", "=", id);
    push("network_events", await q.orderBy("id").execute());
  }
  if (wants("event_sessions")) {
    let q = db.selectFrom("eventSessions").select(["id", "sourceLanguage", "title"]);
    if (only?.table === "network_events") q = q.where("eventId", "=", only.id);
    else if (only?.table === "event_sessions") q = q.where("id", "=", only.id);
    push("event_sessions", await q.orderBy("id").execute());
  }
  return out;
}
