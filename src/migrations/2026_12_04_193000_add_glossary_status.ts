import { type Kysely, sql } from "kysely";

/**
 * What a terminology file says of a term besides its translation: the target
 * term's status (TBX administrativeStatus: preferred, admitted, deprecated,
 * superseded — the last two are forbidden in translations), its part of speech
 * and the concept's definition. One preferred translation per source term
 * stays the rule; admitted and forbidden ones sit beside it, one row per
 * (source, target) pair.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("glossary_terms")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("preferred"))
    .execute();
  await db.schema
    .alterTable("glossary_terms")
    .addColumn("part_of_speech", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("glossary_terms")
    .addColumn("definition", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`drop index glossary_terms_key`.execute(db);
  await sql`create unique index glossary_terms_key on glossary_terms (source_language, target_language, lower(source_term)) where status = 'preferred'`.execute(
    db,
  );
  await sql`create unique index glossary_terms_pair_key on glossary_terms (source_language, target_language, lower(source_term), lower(coalesce(target_term, '')))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index glossary_terms_pair_key`.execute(db);
  await sql`drop index glossary_terms_key`.execute(db);
  await sql`delete from glossary_terms where status <> 'preferred'`.execute(db);
  await sql`create unique index glossary_terms_key on glossary_terms (source_language, target_language, lower(source_term))`.execute(
    db,
  );
  await db.schema.alterTable("glossary_terms").dropColumn("definition").execute();
  await db.schema.alterTable("glossary_terms").dropColumn("part_of_speech").execute();
  await db.schema.alterTable("glossary_terms").dropColumn("status").execute();
}
