import type { Generated, Selectable } from "kysely";

/** Roles of the people who run the site. */
export const USER_ROLES = ["admin", "editor", "reviewer"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A person who writes or runs the site. */
export interface UsersTable {
  id: Generated<number>;
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
  /** The language of the notifications this person receives; null: the site's source language. */
  preferredLanguage: string | null;
}

/** Monotonic counters bumped with every change, so caches in any process know to drop pages. */
export interface ChangeCountersTable {
  name: string;
  version: number;
}

/** A signed-in browser; the id is the SHA-256 of the cookie's token. */
export interface SessionsTable {
  id: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  ip: string;
  userAgent: string;
}

/** A token for the JSON API, stored hashed. */
export interface ApiTokensTable {
  id: Generated<number>;
  userId: number;
  name: string;
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Consecutive failed sign-ins per account and per address, to slow guessing down. */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  lastFailureAt: string;
  blockedUntil: string;
}

/** Who did what to which thing, and when. */
export interface AuditLogTable {
  id: Generated<number>;
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  ip: string;
  createdAt: string;
}

/** States of a durable job. */
export type JobStatus = "pending" | "running" | "done" | "failed";

/** Work that can wait, durable across restarts. */
export interface JobsTable {
  id: Generated<number>;
  type: string;
  /** JSON; parsed with the job type's schema before use. */
  payload: string;
  idempotencyKey: string;
  status: JobStatus;
  runAt: string;
  /** Every claim: a run's number, and the fencing token of its lock. */
  attempts: number;
  /**
   * The claims that took the job over from a worker that stopped while running
   * it (its lease lapsed): not failures of the job, so not counted against
   * `maxAttempts`; a type's `maxInterruptions` bounds them.
   */
  interruptions: Generated<number>;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The platform's own tables. */
export interface PlatformTables {
  users: UsersTable;
  changeCounters: ChangeCountersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  signInFailures: SignInFailuresTable;
  auditLog: AuditLogTable;
  jobs: JobsTable;
}

export type User = Selectable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type Job = Selectable<JobsTable>;
