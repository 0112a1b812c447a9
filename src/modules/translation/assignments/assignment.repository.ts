import type { Db } from "../../../database.js";
import type { AssignmentStatus, TranslationAssignment } from "./assignment.table.js";

/** An assignment with what its lists show: the item's title, the assignee's and assigner's names. */
export interface AssignmentRow extends TranslationAssignment {
  title: string;
  assigneeName: string;
  assigneeEmail: string;
}

/** Sentences of an item's language a person has done (reviewed), of all its sentences. */
export interface AssignmentProgress {
  done: number;
  total: number;
}

/** Inserts an open assignment; returns its id. */
export async function insertAssignment(
  db: Db,
  input: {
    itemId: number;
    language: string;
    assigneeId: number;
    assignedBy: number | null;
    dueAt: string;
    now: string;
  },
): Promise<number> {
  const row = await db
    .insertInto("translationAssignments")
    .values({
      itemId: input.itemId,
      language: input.language,
      assigneeId: input.assigneeId,
      assignedBy: input.assignedBy,
      dueAt: input.dueAt,
      status: "open",
      completedAt: null,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** An assignment by id, with its title and people. */
export async function findAssignment(db: Db, id: number): Promise<AssignmentRow | undefined> {
  const [row] = await selectRows(db).where("a.id", "=", id).execute();
  return row;
}

/** The open assignment of an item's language, if any. */
export async function findOpenAssignment(
  db: Db,
  input: { itemId: number; language: string },
): Promise<AssignmentRow | undefined> {
  const [row] = await selectRows(db)
    .where("a.itemId", "=", input.itemId)
    .where("a.language", "=", input.language)
    .where("a.status", "=", "open")
    .execute();
  return row;
}

/** Open assignments of these items (the translations page shows who has each cell). */
export async function listOpenAssignmentsOfItems(
  db: Db,
  itemIds: readonly number[],
): Promise<AssignmentRow[]> {
  if (itemIds.length === 0) return [];
  return selectRows(db)
    .where("a.itemId", "in", [...itemIds])
    .where("a.status", "=", "open")
    .execute();
}

/** Open assignments in a language (the completion check walks them). */
export async function listOpenAssignmentsInLanguage(
  db: Db,
  language: string,
): Promise<AssignmentRow[]> {
  return selectRows(db)
    .where("a.language", "=", language)
    .where("a.status", "=", "open")
    .orderBy("a.id")
    .execute();
}

/** A translator's assignments: open ones by due date (soonest first), then the latest finished ones. */
export async function listAssignmentsOf(
  db: Db,
  input: { assigneeId: number; limit: number },
): Promise<AssignmentRow[]> {
  return selectRows(db)
    .where("a.assigneeId", "=", input.assigneeId)
    .where("a.status", "!=", "cancelled")
    .orderBy((eb) => eb.case().when("a.status", "=", "open").then(0).else(1).end())
    .orderBy("a.dueAt")
    .orderBy("a.id")
    .limit(input.limit)
    .execute();
}

/** How many open assignments a translator has, and how many of them are past due. */
export async function countOpenAssignments(
  db: Db,
  input: { assigneeId: number; now: string },
): Promise<{ open: number; overdue: number }> {
  const row = await db
    .selectFrom("translationAssignments")
    .select((eb) => [
      eb.fn.countAll<number>().as("open"),
      eb.fn
        .sum<number>(eb.case().when("dueAt", "<", input.now).then(1).else(0).end())
        .as("overdue"),
    ])
    .where("assigneeId", "=", input.assigneeId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** Gives an open assignment to someone else and/or a new due date. */
export async function updateOpenAssignment(
  db: Db,
  input: { id: number; assigneeId: number; assignedBy: number | null; dueAt: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable("translationAssignments")
    .set({
      assigneeId: input.assigneeId,
      assignedBy: input.assignedBy,
      dueAt: input.dueAt,
      updatedAt: input.now,
    })
    .where("id", "=", input.id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Closes an open assignment (done or cancelled); false when it was not open any more. */
export async function closeAssignment(
  db: Db,
  input: { id: number; status: Exclude<AssignmentStatus, "open">; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable("translationAssignments")
    .set({
      status: input.status,
      completedAt: input.status === "done" ? input.now : null,
      updatedAt: input.now,
    })
    .where("id", "=", input.id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * An item's sentences in a language, as the review desk counts them: the
 * distinct sentences of its upcoming revision (the latest, once segmented;
 * else the live one), and how many of them a person has reviewed or written.
 */
export async function countAssignmentProgress(
  db: Db,
  input: { itemId: number; language: string },
): Promise<AssignmentProgress> {
  const item = await db
    .selectFrom("items")
    .select(["latestRevisionId", "publishedRevisionId"])
    .where("id", "=", input.itemId)
    .executeTakeFirst();
  if (!item) return { done: 0, total: 0 };
  for (const revisionId of [item.latestRevisionId, item.publishedRevisionId]) {
    if (revisionId === null) continue;
    const row = await db
      .selectFrom("revisionSegments as rs")
      .leftJoin("translationUnits as u", (join) =>
        join.onRef("u.sourceHash", "=", "rs.hash").on("u.targetLanguage", "=", input.language),
      )
      .select((eb) => [
        eb.fn.count<number>("rs.hash").distinct().as("total"),
        eb.fn
          .count<number>(eb.case().when("u.state", "=", "reviewed").then(eb.ref("rs.hash")).end())
          .distinct()
          .as("done"),
      ])
      .where("rs.revisionId", "=", revisionId)
      .executeTakeFirst();
    const total = Number(row?.total ?? 0);
    if (total > 0) return { done: Number(row?.done ?? 0), total };
  }
  return { done: 0, total: 0 };
}

/** People who may be given a translation (their role may review translations), active ones only. */
export async function listActiveUsers(
  db: Db,
): Promise<{ id: number; displayName: string; email: string; role: string }[]> {
  return db
    .selectFrom("users")
    .select(["id", "displayName", "email", "role"])
    .where("disabledAt", "is", null)
    .orderBy("displayName")
    .orderBy("id")
    .execute();
}

/** Who receives a notification: address, name and preferred language. */
export async function findRecipient(
  db: Db,
  userId: number,
): Promise<{ email: string; displayName: string; preferredLanguage: string | null } | undefined> {
  return db
    .selectFrom("users")
    .select(["email", "displayName", "preferredLanguage"])
    .where("id", "=", userId)
    .where("disabledAt", "is", null)
    .executeTakeFirst();
}

function selectRows(db: Db) {
  return db
    .selectFrom("translationAssignments as a")
    .innerJoin("items as i", "i.id", "a.itemId")
    .leftJoin("revisions as r", "r.id", "i.latestRevisionId")
    .innerJoin("users as u", "u.id", "a.assigneeId")
    .select([
      "a.id",
      "a.itemId",
      "a.language",
      "a.assigneeId",
      "a.assignedBy",
      "a.dueAt",
      "a.status",
      "a.completedAt",
      "a.createdAt",
      "a.updatedAt",
      "r.title",
      "u.displayName as assigneeName",
      "u.email as assigneeEmail",
    ])
    .$narrowType<{ title: string }>();
}
