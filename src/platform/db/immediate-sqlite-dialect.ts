import type SQLite from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";

/**
 * Kysely's SQLite dialect with two changes: every transaction opens
 * `BEGIN IMMEDIATE`, and a write that finds another process holding the write
 * lock waits for it without blocking the event loop.
 *
 * Kysely begins a deferred transaction: it reads under a snapshot and asks for
 * the write lock only at its first write. When another process (a CLI import
 * beside the server) has committed in between, SQLite cannot upgrade that
 * snapshot and answers "database is locked" at once. Taking the write lock at
 * `BEGIN` makes a transaction wait its turn instead.
 *
 * Waiting its turn: SQLite's own `busy_timeout` sleeps inside the call, so
 * while a CLI import or a job process held the lock, the server's whole event
 * loop stopped (every request, /healthz included, waited with it). Here the
 * connection is opened with `busy_timeout = 0`; a `BEGIN IMMEDIATE` or a
 * statement outside a transaction that answers SQLITE_BUSY (it did nothing,
 * so it can run again) gives the connection back to other queries (reads
 * never wait for the write lock in WAL mode), sleeps on a timer with a growing
 * delay and tries again, for `lockTimeoutMs` in all; then it fails with
 * SQLite's own "database is locked" error, as the synchronous wait did. Every
 * process (server, job processes, CLI) waits this way: one behaviour, and a
 * CLI loses nothing by not sleeping inside SQLite.
 */
export class ImmediateSqliteDialect implements Dialect {
  readonly #config: ImmediateSqliteConfig;

  constructor(config: ImmediateSqliteConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

/** The better-sqlite3 handle and how long a write waits for another connection's write lock. */
export interface ImmediateSqliteConfig {
  database: SQLite.Database;
  /** The total wait for the write lock before "database is locked" (SQLite's busy_timeout did the same). */
  lockTimeoutMs: number;
}

/** The delays between tries for the write lock: short at first (most locks are brief), then every 25 ms. */
const RETRY_DELAYS_MS = [1, 2, 4, 8, 16];
const LONGEST_DELAY_MS = 25;

class ImmediateSqliteDriver implements Driver {
  readonly #sqlite: SQLite.Database;
  readonly #lockTimeoutMs: number;
  readonly #mutex = new ConnectionMutex();
  readonly #connection: SqliteConnection;

  constructor(config: ImmediateSqliteConfig) {
    this.#sqlite = config.database;
    this.#lockTimeoutMs = config.lockTimeoutMs;
    // SQLite must answer BUSY at once: the wait happens on a timer, here.
    this.#sqlite.pragma("busy_timeout = 0");
    this.#connection = new SqliteConnection(this.#sqlite, (run) => this.#whenUnlocked(run));
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // One connection: the mutex makes every query and transaction wait for the one before it.
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(): Promise<void> {
    await this.#connection.run(CompiledQuery.raw("begin immediate"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.#sqlite.close();
  }

  /**
   * Runs `run` until it does not fail with SQLITE_BUSY, for the lock timeout in
   * all. Between tries the connection is released, so other queries of this
   * process run while this one waits; it is taken again before the next try.
   */
  async #whenUnlocked<T>(run: () => T): Promise<T> {
    const started = performance.now();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return run();
      } catch (error) {
        // Inside a transaction a failed statement is the transaction's to handle.
        if (!isBusy(error) || this.#sqlite.inTransaction) throw error;
        const delay = RETRY_DELAYS_MS[attempt] ?? LONGEST_DELAY_MS;
        if (performance.now() - started + delay > this.#lockTimeoutMs) throw error;
        this.#mutex.unlock();
        await new Promise((resolve) => setTimeout(resolve, delay));
        await this.#mutex.lock();
      }
    }
  }
}

class SqliteConnection implements DatabaseConnection {
  readonly #sqlite: SQLite.Database;
  readonly #whenUnlocked: <T>(run: () => T) => Promise<T>;
  // better-sqlite3 compiles a statement on every prepare(); Kysely prepares each
  // query anew, which was a tenth of a page render. One query runs at a time on
  // this connection, so reusing a compiled statement is safe.
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(sqlite: SQLite.Database, whenUnlocked: <T>(run: () => T) => Promise<T>) {
    this.#sqlite = sqlite;
    this.#whenUnlocked = whenUnlocked;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.run(compiledQuery);
  }

  /** Runs one statement, waiting (off the event loop) while another connection holds the write lock. */
  run<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.#whenUnlocked(() => {
      const statement = this.#prepare(compiledQuery.sql);
      const parameters = compiledQuery.parameters as unknown[];
      if (statement.reader) return { rows: statement.all(parameters) as R[] };
      const { changes, lastInsertRowid } = statement.run(parameters);
      return {
        numAffectedRows: BigInt(changes),
        insertId: BigInt(lastInsertRowid),
        rows: [],
      };
    });
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Civitas does not stream SQLite queries.");
  }

  #prepare(sqlText: string): SQLite.Statement {
    let statement = this.#statements.get(sqlText);
    if (!statement) {
      if (this.#statements.size >= 1000) this.#statements.clear();
      statement = this.#sqlite.prepare(sqlText);
      this.#statements.set(sqlText, statement);
    }
    return statement;
  }
}

/** Whether better-sqlite3 failed because another connection holds a lock (SQLITE_BUSY and its extended codes). */
function isBusy(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("SQLITE_BUSY")
  );
}

class ConnectionMutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => (this.#release = resolve));
  }

  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}
