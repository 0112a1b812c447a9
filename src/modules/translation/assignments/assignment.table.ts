import type { Generated, Selectable } from "kysely";

/** Where an assignment stands: open until its language is complete, or cancelled. */
export const ASSIGNMENT_STATUSES = ["open", "done", "cancelled"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** An item's language given to a translator, with a due date. */
export interface TranslationAssignmentsTable {
  id: Generated<number>;
  itemId: number;
  language: string;
  assigneeId: number;
  assignedBy: number | null;
  /** ISO-8601 UTC. */
  dueAt: string;
  status: Generated<AssignmentStatus>;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TranslationAssignment = Selectable<TranslationAssignmentsTable>;
