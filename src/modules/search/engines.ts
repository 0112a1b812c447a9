import { type Kysely, PostgresAdapter } from "kysely";
import type { DB } from "../../database.js";
import type { DialectName } from "../../platform/db/database.js";
import { PostgresTsvectorEngine } from "./postgres-tsvector.engine.js";
import type { SearchEngine } from "./search-engine.js";
import { SqliteFts5Engine } from "./sqlite-fts5.engine.js";

/** The search engine of a database engine, chosen once: FTS5 on SQLite, tsvector on PostgreSQL. */
export function createSearchEngine(dialect: DialectName): SearchEngine {
  return dialect === "postgres" ? new PostgresTsvectorEngine() : new SqliteFts5Engine();
}

/** The search engine of an open database handle (jobs and commands, which have no AppContext). */
export function searchEngineOf(db: Kysely<DB>): SearchEngine {
  return createSearchEngine(
    db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite",
  );
}
