import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

/**
 * Kysely's SQLite dialect with every transaction opened `BEGIN IMMEDIATE`.
 *
 * Kysely begins a deferred transaction: it reads under a snapshot and asks for
 * the write lock only at its first write. When another process (a CLI import
 * beside the server) has committed in between, SQLite cannot upgrade that
 * snapshot and answers "database is locked" at once, without waiting for
 * `busy_timeout`. Taking the write lock at `BEGIN` makes a transaction wait its
 * turn (up to `busy_timeout`) instead.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}
