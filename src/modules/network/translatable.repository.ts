import type { Db } from "../../database.js";
import type { TranslatedTable } from "./network.table.js";

/** A row of a translated table: its id, source language and the text fields readers see. */
export type TranslatableRow = { id: number; sourceLanguage: string } & Record<
  string,
  string | number | null
>;

/** Which rows to read: all of them, one by id, or the sessions of one event. */
export type TranslatableRowFilter = { id: number } | { eventId: number } | undefined;

/**
 * The rows of a translated table with the fields readers see, by id: all of
 * them, the one with `id`, or (for `event_sessions`) those of event `eventId`.
 */
export async function listTranslatableRows(
  db: Db,
  table: TranslatedTable,
  filter?: TranslatableRowFilter,
): Promise<TranslatableRow[]> {
  const id = filter && "id" in filter ? filter.id : undefined;
  switch (table) {
    case "cities": {
      let q = db.selectFrom("cities").select(["id", "sourceLanguage", "profile"]);
      if (id !== undefined) q = q.where("id", "=", id);
      return q.orderBy("id").execute();
    }
    case "hubs": {
      let q = db.selectFrom("hubs").select(["id", "sourceLanguage", "name", "description"]);
      if (id !== undefined) q = q.where("id", "=", id);
      return q.orderBy("id").execute();
    }
    case "people": {
      let q = db.selectFrom("people").select(["id", "sourceLanguage", "title"]);
      if (id !== undefined) q = q.where("id", "=", id);
      return q.orderBy("id").execute();
    }
    case "organisations": {
      let q = db.selectFrom("organisations").select(["id", "sourceLanguage", "name"]);
      if (id !== undefined) q = q.where("id", "=", id);
      return q.orderBy("id").execute();
    }
    case "network_events": {
      let q = db
        .selectFrom("networkEvents")
        .select(["id", "sourceLanguage", "title", "description", "place"]);
      if (id !== undefined) q = q.where("id", "=", id);
      return q.orderBy("id").execute();
    }
    case "event_sessions": {
      let q = db.selectFrom("eventSessions").select(["id", "sourceLanguage", "title"]);
      if (filter && "eventId" in filter) q = q.where("eventId", "=", filter.eventId);
      else if (id !== undefined) q = q.where("id", "=", id);
      return q.orderBy("id").execute();
    }
  }
}
