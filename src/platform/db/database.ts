import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, type SqliteDatabase, sql } from "kysely";
import pg from "pg";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";

/** Which database engine a handle talks to; chosen once at start. */
export type DialectName = "sqlite" | "postgres";

/** An open database: the Kysely handle plus what the rest of the platform needs to know about it. */
export interface Database<DB> {
  readonly db: Kysely<DB>;
  readonly dialect: DialectName;
  /** Closes every connection. */
  destroy(): Promise<void>;
}

/** How to open a database: a PostgreSQL URL, or a SQLite file (":memory:" for tests). */
export type DatabaseTarget =
  | { dialect: "postgres"; url: string; poolSize?: number; schema?: string }
  | { dialect: "sqlite"; file: string };

/** Opens a database with the settings Civitas relies on (WAL, foreign keys, snake_case columns). */
export function openDatabase<DB>(target: DatabaseTarget): Database<DB> {
  const plugins = [new CamelCasePlugin()];
  if (target.dialect === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      ...(target.schema ? { options: `-c search_path=${quoteIdent(target.schema)}` } : {}),
      // COUNT(*) and BIGINT come back as numbers: the values Civitas counts fit in 2^53.
      types: {
        getTypeParser: (oid, format) =>
          oid === 20 ? parseBigInt : pg.types.getTypeParser(oid, format),
      },
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, dialect: "postgres", destroy: () => db.destroy() };
  }
  if (target.file !== ":memory:") fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new SQLite(target.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Sorting and grouping build temporary B-trees; on disk (the default) they made
  // the related-items query six times slower than in memory.
  sqlite.pragma("temp_store = MEMORY");
  const db = new Kysely<DB>({
    // Write transactions take the write lock at BEGIN, so they wait for another process's.
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    plugins,
  });
  return { db, dialect: "sqlite", destroy: () => db.destroy() };
}

/** Answers whether the database accepts a trivial query (used by /healthz). */
export async function pingDatabase<DB>(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * better-sqlite3 compiles a statement on every prepare(); Kysely prepares each
 * query anew, which was a tenth of a page render. Kysely runs one query at a
 * time on this single connection, so reusing a compiled statement is safe.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = statements.get(sqlText);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = sqlite.prepare(sqlText);
        statements.set(sqlText, statement);
      }
      return statement;
    },
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe schema name: ${name}`);
  return name;
}

function parseBigInt(value: string | Buffer): number {
  return Number(value);
}
