import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, TEST_POSTGRES_URL } from "./databases.js";

/** The schema a test database's connections use, and its object id (the same schema, renamed, keeps it). */
async function schemaOf(database: Awaited<ReturnType<typeof createTestDatabase>>) {
  const { rows } = await sql<{ name: string; oid: number }>`
    select current_schema() as name, current_schema()::regnamespace::oid::int as oid`.execute(
    database.db,
  );
  const row = rows[0];
  if (!row) throw new Error("no schema");
  return row;
}

/** The migrations the schema says it has run (the migrator's own table). */
async function migrationsOf(database: Awaited<ReturnType<typeof createTestDatabase>>) {
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(database.db);
  return rows;
}

async function schemaExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query("select 1 from pg_namespace where nspname = $1", [name]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

describe("PostgreSQL test databases given back and reused", () => {
  it("empties a schema a test is done with, back to what the migrations leave, under a new name", async () => {
    const first = await createTestDatabase("postgres");
    const before = await schemaOf(first);
    const migrations = await migrationsOf(first);
    const counters = await first.db.selectFrom("changeCounters").selectAll().execute();
    await first.db
      .insertInto("users")
      .values({
        email: "left@example.org",
        displayName: "Left behind",
        passwordHash: "x",
        role: "admin",
        createdAt: "2026-12-05T00:00:00Z",
        updatedAt: "2026-12-05T00:00:00Z",
      })
      .execute();
    await first.db.updateTable("changeCounters").set({ version: 41 }).execute();
    await first.destroy();

    const second = await createTestDatabase("postgres");
    try {
      const after = await schemaOf(second);
      expect(after.oid).toBe(before.oid);
      expect(after.name).not.toBe(before.name);
      expect(await schemaExists(before.name)).toBe(false);
      expect(await second.db.selectFrom("users").selectAll().execute()).toEqual([]);
      expect(await second.db.selectFrom("changeCounters").selectAll().execute()).toEqual(counters);
      expect(await migrationsOf(second)).toEqual(migrations);
      // Sequences start again: the first row has the id a new schema gives it.
      const inserted = await second.db
        .insertInto("users")
        .values({
          email: "new@example.org",
          displayName: "New",
          passwordHash: "x",
          role: "admin",
          createdAt: "2026-12-05T00:00:00Z",
          updatedAt: "2026-12-05T00:00:00Z",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(inserted.id).toBe(1);
    } finally {
      await second.destroy();
    }
  });

  it("drops a schema whose tables a test changed, and gives the next test a new one", async () => {
    const first = await createTestDatabase("postgres");
    const before = await schemaOf(first);
    await first.db.schema.createTable("probe").addColumn("name", "text").execute();
    await first.destroy();
    expect(await schemaExists(before.name)).toBe(false);

    const second = await createTestDatabase("postgres");
    try {
      expect((await schemaOf(second)).oid).not.toBe(before.oid);
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_tables where schemaname = current_schema() and tablename = 'probe'`.execute(
        second.db,
      );
      expect(rows[0]?.n).toBe(0);
    } finally {
      await second.destroy();
    }
  });

  it("leaves a connection an earlier test forgot to close without tables, not in the next test's rows", async () => {
    const first = await createTestDatabase("postgres");
    const { name } = await schemaOf(first);
    const forgotten = new pg.Client({
      connectionString: TEST_POSTGRES_URL,
      options: `-c search_path=${name}`,
    });
    await forgotten.connect();
    try {
      await forgotten.query("select count(*) from users");
      await first.destroy();
      const second = await createTestDatabase("postgres");
      try {
        await expect(forgotten.query("select count(*) from users")).rejects.toThrow(
          /relation "users" does not exist/,
        );
      } finally {
        await second.destroy();
      }
    } finally {
      await forgotten.end();
    }
  });
});
