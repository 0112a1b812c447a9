import type { Kysely } from "kysely";
import type { DB } from "../../../database.js";
import { recordAudit } from "../../../platform/audit/audit.repository.js";
import { can } from "../../../platform/auth/policy.js";
import { findUserById } from "../../../platform/auth/user.repository.js";
import type { Config } from "../../../platform/config.js";
import type { UserRole } from "../../../platform/platform.table.js";
import { NotFoundError } from "../../../platform/errors.js";
import { findItemById } from "../../content/index.js";
import { enqueueAssignmentMail } from "./assignment-mail.job.js";
import {
  closeAssignment,
  countAssignmentProgress,
  findAssignment,
  findOpenAssignment,
  insertAssignment,
  listOpenAssignmentsInLanguage,
  updateOpenAssignment,
} from "./assignment.repository.js";

/** What the assignment commands run with. */
export interface AssignmentDeps {
  db: Kysely<DB>;
  config: Config;
  now: () => Date;
}

/** Why an assignment was refused (each has a message in the catalog: `assign.error.<reason>`). */
export type AssignRefusal = "past" | "date" | "assignee" | "language";

/**
 * Gives an item's language to a translator with a due date (or, when it is
 * already assigned, to this translator with this date): audited, and the
 * translator's e-mail queued in the same transaction.
 */
export async function assignTranslation(
  deps: AssignmentDeps,
  input: {
    itemId: number;
    language: string;
    assigneeId: number;
    dueAt: Date;
    actorId: number;
    ip: string;
  },
): Promise<{ ok: true; assignmentId: number } | { ok: false; reason: AssignRefusal }> {
  const { db, config } = deps;
  const now = deps.now();
  const item = await findItemById(db, input.itemId);
  if (!item) throw new NotFoundError("no such item");
  const languages: readonly string[] = config.languages;
  if (!languages.includes(input.language) || input.language === item.sourceLanguage)
    return { ok: false, reason: "language" };
  if (input.dueAt.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  const assignee = await findUserById(db, input.assigneeId);
  if (!assignee || assignee.disabledAt !== null || !can(assignee, "translations.review"))
    return { ok: false, reason: "assignee" };
  const dueAt = input.dueAt.toISOString();
  const assignmentId = await db.transaction().execute(async (trx) => {
    const open = await findOpenAssignment(trx, input);
    let id: number;
    if (open) {
      await updateOpenAssignment(trx, {
        id: open.id,
        assigneeId: input.assigneeId,
        assignedBy: input.actorId,
        dueAt,
        now: now.toISOString(),
      });
      id = open.id;
    } else {
      id = await insertAssignment(trx, {
        itemId: input.itemId,
        language: input.language,
        assigneeId: input.assigneeId,
        assignedBy: input.actorId,
        dueAt,
        now: now.toISOString(),
      });
    }
    await recordAudit(trx, {
      actorId: input.actorId,
      action: open ? "changed" : "created",
      subjectType: "translation_assignment",
      subjectId: String(id),
      summary: `item ${input.itemId} ${input.language} → user ${input.assigneeId}, due ${dueAt}`,
      ip: input.ip,
      now,
    });
    // A new due date for the same person is news too: they are told again.
    await enqueueAssignmentMail(trx, {
      assignmentId: id,
      kind: "assigned",
      recipientId: input.assigneeId,
      now,
    });
    return id;
  });
  return { ok: true, assignmentId };
}

/** Closes an open assignment by hand (cancelled, or done before every sentence is); audited. */
export async function closeAssignmentByHand(
  deps: AssignmentDeps,
  input: { id: number; status: "done" | "cancelled"; actorId: number; ip: string },
): Promise<boolean> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await closeAssignment(trx, { ...input, now: now.toISOString() }))) return false;
    await recordAudit(trx, {
      actorId: input.actorId,
      action: input.status === "done" ? "changed" : "deleted",
      subjectType: "translation_assignment",
      subjectId: String(input.id),
      summary: input.status,
      ip: input.ip,
      now,
    });
    return true;
  });
}

/**
 * Closes every open assignment in a language whose item has no sentence left
 * without a person's translation, and queues the news for the item's author
 * (or, without one, whoever assigned it). Idempotent: a closed one is skipped.
 */
export async function completeFinishedAssignments(
  deps: Pick<AssignmentDeps, "db" | "now">,
  input: { language: string },
): Promise<number[]> {
  const completed: number[] = [];
  for (const assignment of await listOpenAssignmentsInLanguage(deps.db, input.language)) {
    const progress = await countAssignmentProgress(deps.db, assignment);
    if (progress.total === 0 || progress.done < progress.total) continue;
    const now = deps.now();
    const closed = await deps.db.transaction().execute(async (trx) => {
      if (
        !(await closeAssignment(trx, { id: assignment.id, status: "done", now: now.toISOString() }))
      )
        return false;
      const item = await findItemById(trx, assignment.itemId);
      const recipientId = item?.authorId ?? assignment.assignedBy;
      if (recipientId !== null && recipientId !== undefined)
        await enqueueAssignmentMail(trx, {
          assignmentId: assignment.id,
          kind: "completed",
          recipientId,
          now,
        });
      return true;
    });
    if (closed) completed.push(assignment.id);
  }
  return completed;
}

/** Whether someone may close an assignment: whoever may assign, or the translator it is given to. */
export async function mayCloseAssignment(
  deps: Pick<AssignmentDeps, "db">,
  input: { id: number; user: { id: number; role: UserRole } },
): Promise<boolean> {
  const assignment = await findAssignment(deps.db, input.id);
  if (!assignment) return false;
  return can(input.user, "translations.assign") || assignment.assigneeId === input.user.id;
}
