import { z } from "zod";
import type { Kysely } from "kysely";
import type { DB, Db } from "../../../database.js";
import type { Config } from "../../../platform/config.js";
import { defineJob, enqueueJob, type JobDefinition } from "../../../platform/jobs/index.js";
import type { Mailer } from "../../../platform/mail/mailer.js";
import { countAssignmentProgress, findAssignment, findRecipient } from "./assignment.repository.js";
import { composeAssignmentMail, recipientLocale } from "./assignment-mail.js";

/** The e-mail job: who receives which news of which assignment. */
export const ASSIGNMENT_MAIL = {
  type: "SendAssignmentMailTask",
  payload: z.object({
    assignmentId: z.number().int().positive(),
    kind: z.enum(["assigned", "completed"]),
    recipientId: z.number().int().positive(),
  }),
  // 2^n seconds between tries: an SMTP server down for a few hours still gets the message.
  maxAttempts: 14,
} as const;

export type AssignmentMailPayload = z.infer<typeof ASSIGNMENT_MAIL.payload>;

/** Queues an e-mail about an assignment in the caller's transaction. */
export async function enqueueAssignmentMail(
  db: Db,
  input: AssignmentMailPayload & { now: Date },
): Promise<number> {
  const { now, ...payload } = input;
  return enqueueJob(db, ASSIGNMENT_MAIL, {
    payload,
    idempotencyKey: `assignment-mail:${payload.assignmentId}:${payload.kind}:${payload.recipientId}:${now.toISOString()}`,
    now,
  });
}

/**
 * SendAssignmentMailTask: composes the message in the recipient's language and
 * sends it; a refusal or an unreachable server throws, and the queue retries
 * with backoff. News that is no longer true (the assignment was given to
 * someone else or cancelled before the mail left) is dropped.
 */
export function assignmentMailTask(deps: {
  db: Kysely<DB>;
  config: Config;
  mailer: Mailer;
}): JobDefinition<AssignmentMailPayload> {
  return defineJob({
    ...ASSIGNMENT_MAIL,
    async handle({ assignmentId, kind, recipientId }) {
      const assignment = await findAssignment(deps.db, assignmentId);
      if (!assignment) return;
      if (kind === "assigned") {
        if (assignment.status !== "open" || assignment.assigneeId !== recipientId) return;
      } else if (assignment.status !== "done") return;
      const recipient = await findRecipient(deps.db, recipientId);
      if (!recipient) return;
      const progress = await countAssignmentProgress(deps.db, assignment);
      const message = composeAssignmentMail(deps.config, {
        kind,
        to: {
          email: recipient.email,
          name: recipient.displayName,
          locale: recipientLocale(deps.config, recipient.preferredLanguage),
        },
        itemId: assignment.itemId,
        title: assignment.title,
        language: assignment.language,
        dueAt: assignment.dueAt,
        total: progress.total,
      });
      await deps.mailer.send(message);
    },
  });
}
