import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { isUniqueViolation } from "../../platform/db/transaction.js";
import { ConflictError, NotFoundError } from "../../platform/errors.js";
import { deleteCommitteeTerm, insertCommitteeTerm } from "./committee.repository.js";
import {
  countEventUses,
  deleteDirectoryRow,
  type DirectoryTable,
  insertDirectoryRow,
  listPersonIdsInCity,
  updateDirectoryRow,
} from "./directory.repository.js";
import { deleteEventRow, saveEventRow } from "./event.repository.js";
import { enqueueNetworkChanged } from "./network-events.js";
import type { EventInput } from "./network.schema.js";
import type { CommitteeRole } from "./network.table.js";
import { enqueueNetworkTranslation } from "./translation/translate-network.job.js";
import {
  deleteNetworkTranslations,
  deleteOrphanSessionTranslations,
} from "./translation/network-translation.repository.js";

/** Who does a write, and when: every write records an audit entry. */
export interface Actor {
  actorId: number;
  ip: string;
  now: Date;
}

/**
 * Creates (no id) or updates a city, hub, person or organisation with values a
 * schema already validated, and queues the translation of its texts; a taken
 * slug or name is a 409 `slug_taken`.
 */
export async function saveDirectoryEntry(
  db: Kysely<DB>,
  input: Actor & {
    table: DirectoryTable;
    id?: number;
    values: Record<string, unknown>;
    sourceLanguage: string;
  },
): Promise<number> {
  const at = input.now.toISOString();
  return writing(db, async (trx) => {
    let id = input.id;
    if (id === undefined) {
      id = await insertDirectoryRow(trx, input.table, {
        ...input.values,
        sourceLanguage: input.sourceLanguage,
        createdAt: at,
        updatedAt: at,
      });
    } else if (
      !(await updateDirectoryRow(trx, input.table, id, { ...input.values, updatedAt: at }))
    ) {
      throw new NotFoundError();
    }
    await audit(trx, input, input.id === undefined ? "created" : "changed", input.table, id);
    await enqueueNetworkTranslation(trx, { table: input.table, rowId: id, now: input.now });
    return id;
  });
}

/**
 * Deletes a directory entry and announces it (`NetworkChangedTask`), with the
 * people a deleted city leaves without one; an organisation or person an
 * event still names is refused (409 `in_use`).
 */
export async function deleteDirectoryEntry(
  db: Kysely<DB>,
  input: Actor & { table: DirectoryTable; id: number },
): Promise<void> {
  await writing(db, async (trx) => {
    if ((await countEventUses(trx, input.table, input.id)) > 0)
      throw new ConflictError("This entry is still used by an event", "in_use");
    // Read before the delete: the foreign key then clears people's city.
    const unlinked = input.table === "cities" ? await listPersonIdsInCity(trx, input.id) : [];
    if (!(await deleteDirectoryRow(trx, input.table, input.id))) throw new NotFoundError();
    await deleteNetworkTranslations(trx, { table: input.table, rowId: input.id });
    await audit(trx, input, "deleted", input.table, input.id);
    const { table, id: rowId, now } = input;
    await enqueueNetworkChanged(trx, { table, rowId, change: "deleted", now });
    for (const personId of unlinked)
      await enqueueNetworkChanged(trx, {
        table: "people",
        rowId: personId,
        change: "unlinked",
        now,
      });
  });
}

/** Creates or updates an event with its organisers, sponsors, speakers and sessions, and queues its translation. */
export async function saveEvent(
  db: Kysely<DB>,
  input: Actor & { id?: number; event: EventInput; sourceLanguage: string },
): Promise<number> {
  const at = input.now.toISOString();
  const { parts, ...fields } = input.event;
  return writing(db, async (trx) => {
    const id = await saveEventRow(trx, {
      id: input.id,
      event: { ...fields, sourceLanguage: input.sourceLanguage, createdAt: at, updatedAt: at },
      parts,
    });
    await audit(trx, input, input.id === undefined ? "created" : "changed", "event", id);
    // The job translates the event with its agenda sessions (replaced on every save).
    await enqueueNetworkTranslation(trx, { table: "network_events", rowId: id, now: input.now });
    return id;
  });
}

/** Deletes an event and announces it (`NetworkChangedTask`). */
export async function deleteEvent(db: Kysely<DB>, input: Actor & { id: number }): Promise<void> {
  await writing(db, async (trx) => {
    if (!(await deleteEventRow(trx, input.id))) throw new NotFoundError();
    await deleteNetworkTranslations(trx, { table: "network_events", rowId: input.id });
    await deleteOrphanSessionTranslations(trx);
    await audit(trx, input, "deleted", "event", input.id);
    await enqueueNetworkChanged(trx, {
      table: "network_events",
      rowId: input.id,
      change: "deleted",
      now: input.now,
    });
  });
}

/** Adds a committee term. */
export async function addCommitteeTerm(
  db: Kysely<DB>,
  input: Actor & {
    term: {
      cityId: number;
      role: CommitteeRole;
      startsOn: string;
      endsOn: string | null;
      representativeId: number | null;
    };
  },
): Promise<number> {
  return writing(db, async (trx) => {
    const id = await insertCommitteeTerm(trx, {
      ...input.term,
      createdAt: input.now.toISOString(),
    });
    await audit(trx, input, "created", "committee_term", id);
    return id;
  });
}

/** Removes a committee term (to correct a mistake; ended terms stay as history with an end date). */
export async function removeCommitteeTerm(
  db: Kysely<DB>,
  input: Actor & { id: number },
): Promise<void> {
  await writing(db, async (trx) => {
    if (!(await deleteCommitteeTerm(trx, input.id))) throw new NotFoundError();
    await audit(trx, input, "deleted", "committee_term", input.id);
  });
}

/** Runs a write in a transaction that also bumps the content version; unique violations become 409s. */
async function writing<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      await bumpChangeCounter(trx);
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError("This name or slug is taken", "slug_taken");
    throw error;
  }
}

async function audit(
  trx: Kysely<DB>,
  actor: Actor,
  action: "created" | "changed" | "deleted",
  subjectType: string,
  id: number,
): Promise<void> {
  await recordAudit(trx, {
    actorId: actor.actorId,
    action,
    subjectType,
    subjectId: String(id),
    ip: actor.ip,
    now: actor.now,
  });
}
