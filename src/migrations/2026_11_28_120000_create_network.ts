import { type Kysely, sql } from "kysely";
import { idColumn } from "./helpers.js";

// Reader-facing texts (profiles, descriptions, titles) are stored in their source
// language with a `source_language` column: the translation pipeline reads them from here.

/** Creates the network's tables: organisations, people, hubs, cities, committee terms, events. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", id)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("website", "text")
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("hubs")
    .addColumn("id", "integer", id)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("color", "text", (c) => c.notNull())
    .addColumn("contact_person_id", "integer")
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("cities")
    .addColumn("id", "integer", id)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("local_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("latitude", "double precision", (c) => c.notNull())
    .addColumn("longitude", "double precision", (c) => c.notNull())
    .addColumn("hub_id", "integer", (c) => c.references("hubs.id").onDelete("set null"))
    .addColumn("member_since", "text")
    .addColumn("website", "text")
    .addColumn("contact_person_id", "integer")
    .addColumn("tag_slug", "text")
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull().defaultTo(""))
    .addUniqueConstraint("cities_name_country_unique", ["name", "country"])
    .execute();
  await db.schema.createIndex("cities_hub_idx").on("cities").column("hub_id").execute();

  await db.schema
    .createTable("people")
    .addColumn("id", "integer", id)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("organisation_id", "integer", (c) =>
      c.references("organisations.id").onDelete("set null"),
    )
    .addColumn("city_id", "integer", (c) => c.references("cities.id").onDelete("set null"))
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("committee_terms")
    .addColumn("id", "integer", id)
    .addColumn("city_id", "integer", (c) => c.notNull().references("cities.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('co-chair', 'member')`))
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text")
    .addColumn("representative_id", "integer", (c) =>
      c.references("people.id").onDelete("set null"),
    )
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("committee_terms_city_idx")
    .on("committee_terms")
    .column("city_id")
    .execute();

  await db.schema
    .createTable("network_events")
    .addColumn("id", "integer", id)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) =>
      c.notNull().check(sql`format in ('virtual', 'in-person', 'hybrid')`),
    )
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("registration_url", "text")
    .addColumn("participant_count", "integer")
    .addColumn("country_count", "integer")
    .addColumn("recording_url", "text")
    .addColumn("summary_item_id", "integer", (c) => c.references("items.id").onDelete("set null"))
    .addColumn("is_committee_meeting", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .createIndex("network_events_starts_at_idx")
    .on("network_events")
    .column("starts_at")
    .execute();

  await db.schema
    .createTable("event_organisations")
    .addColumn("event_id", "integer", (c) =>
      c.notNull().references("network_events.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "integer", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('organiser', 'co-sponsor')`))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("event_organisations_pk", ["event_id", "organisation_id", "role"])
    .execute();

  await db.schema
    .createTable("event_speakers")
    .addColumn("event_id", "integer", (c) =>
      c.notNull().references("network_events.id").onDelete("cascade"),
    )
    .addColumn("person_id", "integer", (c) =>
      c.notNull().references("people.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("event_speakers_pk", ["event_id", "person_id"])
    .execute();

  await db.schema
    .createTable("event_sessions")
    .addColumn("id", "integer", id)
    .addColumn("event_id", "integer", (c) =>
      c.notNull().references("network_events.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("starts_at", "text")
    .addColumn("ends_at", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source_language", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("event_sessions_event_idx")
    .on("event_sessions")
    .column("event_id")
    .execute();
}

/** Drops what up created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "event_sessions",
    "event_speakers",
    "event_organisations",
    "network_events",
    "committee_terms",
    "people",
    "cities",
    "hubs",
    "organisations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
