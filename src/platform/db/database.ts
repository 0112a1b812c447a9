import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { foldForSearch } from "./fold.js";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";

/** How long a SQLite write waits for another connection's write lock before "database is locked". */
export const SQLITE_LOCK_TIMEOUT_MS = 5000;

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
  // Sorting and grouping build temporary B-trees; on disk (the default) they made
  // the related-items query six times slower than in memory.
  sqlite.pragma("temp_store = MEMORY");
  // PostgreSQL has it from a migration; SQLite stores no functions (see fold.ts).
  sqlite.function("civitas_fold", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? foldForSearch(value) : value,
  );
  const db = new Kysely<DB>({
    // Write transactions take the write lock at BEGIN; a write waits for another
    // process's lock for up to 5 s on a timer, never blocking the event loop.
    dialect: new ImmediateSqliteDialect({
      database: sqlite,
      lockTimeoutMs: SQLITE_LOCK_TIMEOUT_MS,
    }),
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

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe schema name: ${name}`);
  return name;
}

function parseBigInt(value: string | Buffer): number {
  return Number(value);
}
