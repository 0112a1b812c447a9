import type { Db } from "../../database.js";

/** One text a reader sees, in its source language: what the translation pipeline translates. */
export interface TranslatableField {
  table: "cities" | "hubs" | "people" | "organisations" | "network_events" | "event_sessions";
  id: number;
  field: string;
  text: string;
  sourceLanguage: string;
}

/**
 * Every reader-facing text of the network module (city profiles, hub
 * descriptions, people's titles, organisation names, event titles and
 * descriptions, agenda session titles), empty ones left out. Markdown fields
 * (profile, description) are Markdown source.
 */
export async function listTranslatableFields(db: Db): Promise<TranslatableField[]> {
  const out: TranslatableField[] = [];
  const push = (
    table: TranslatableField["table"],
    rows: ({ id: number; sourceLanguage: string } & Record<string, unknown>)[],
    fields: string[],
  ) => {
    for (const row of rows)
      for (const field of fields) {
        const text = row[field];
        if (typeof text === "string" && text.trim() !== "")
          out.push({ table, id: row.id, field, text, sourceLanguage: row.sourceLanguage });
      }
  };
  push(
    "cities",
    await db
      .selectFrom("cities")
      .select(["id", "sourceLanguage", "profile"])
      .orderBy("id")
      .execute(),
    ["profile"],
  );
  push(
    "hubs",
    await db
      .selectFrom("hubs")
      .select(["id", "sourceLanguage", "name", "description"])
      .orderBy("id")
      .execute(),
    ["name", "description"],
  );
  push(
    "people",
    await db.selectFrom("people").select(["id", "sourceLanguage", "title"]).orderBy("id").execute(),
    ["title"],
  );
  push(
    "organisations",
    await db
      .selectFrom("organisations")
      .select(["id", "sourceLanguage", "name"])
      .orderBy("id")
      .execute(),
    ["name"],
  );
  push(
    "network_events",
    await db
      .selectFrom("networkEvents")
      .select(["id", "sourceLanguage", "title", "description", "place"])
      .orderBy("id")
      .execute(),
    ["title", "description", "place"],
  );
  push(
    "event_sessions",
    await db
      .selectFrom("eventSessions")
      .select(["id", "sourceLanguage", "title"])
      .orderBy("id")
      .execute(),
    ["title"],
  );
  return out;
}
