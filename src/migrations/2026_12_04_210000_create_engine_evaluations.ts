import type { Kysely } from "kysely";
import { idColumn } from "./helpers.js";

/**
 * Each engine scored by `civitas engines evaluate`, one row per run, so the
 * engines page shows per pair the latest chrF and share the gate would hold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("engine_evaluations")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("target_language", "text", (c) => c.notNull())
    .addColumn("engine", "text", (c) => c.notNull())
    // "apertium:en>es>fr"
    .addColumn("route", "text", (c) => c.notNull())
    .addColumn("sentences", "integer", (c) => c.notNull())
    // Mean sentence chrF × 100.
    .addColumn("chrf", "double precision", (c) => c.notNull())
    // Share (0–1) of sentences the gate would hold.
    .addColumn("held_share", "double precision", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("engine_evaluations_pair_idx")
    .on("engine_evaluations")
    .columns(["source_language", "target_language", "engine", "evaluated_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("engine_evaluations").execute();
}
