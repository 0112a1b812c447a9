import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { AuditEntry, PlatformTables } from "../platform.table.js";

/** Verbs the audit log records. */
export type AuditAction =
  | "created"
  | "changed"
  | "published"
  | "unpublished"
  | "archived"
  | "deleted"
  | "restored"
  | "signed-in"
  | "signed-out";

/** Records who did what to which thing, in the caller's transaction. */
export async function recordAudit<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  entry: {
    actorId: number | null;
    action: AuditAction;
    subjectType: string;
    subjectId: string;
    summary?: string;
    ip?: string;
    now: Date;
  },
): Promise<void> {
  await platformView(db)
    .insertInto("auditLog")
    .values({
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      summary: (entry.summary ?? "").slice(0, 500),
      ip: (entry.ip ?? "").slice(0, 100),
      createdAt: entry.now.toISOString(),
    })
    .execute();
}

/** The newest audit entries first, with the actor's e-mail address. */
export async function listAudit<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  query: { limit: number; offset: number },
): Promise<(AuditEntry & { actorEmail: string | null })[]> {
  return platformView(db)
    .selectFrom("auditLog")
    .leftJoin("users", "users.id", "auditLog.actorId")
    .selectAll("auditLog")
    .select("users.email as actorEmail")
    .orderBy("auditLog.createdAt", "desc")
    .orderBy("auditLog.id", "desc")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
}

/** How many entries the audit log holds. */
export async function countAudit<DB extends PlatformTables>(db: PlatformDb<DB>): Promise<number> {
  const row = await platformView(db)
    .selectFrom("auditLog")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
