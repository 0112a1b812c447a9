import type { Db } from "../../database.js";
import {
  type WorkspacePage,
  type WorkspacePageQuery,
  workspacePage,
} from "./directory.repository.js";
import type {
  EventOrganisationRole,
  EventSession,
  NetworkEvent,
  NewNetworkEvent,
  Organisation,
  Person,
} from "./network.table.js";

/** An event with everyone and everything its page shows. */
export interface EventDetails {
  event: NetworkEvent;
  organisers: Organisation[];
  sponsors: Organisation[];
  speakers: (Person & { organisationName: string | null })[];
  sessions: EventSession[];
  summary: { type: string; slug: string; title: string } | undefined;
}

/** The parts of an event saved with it: organisations by role, speakers and sessions, in order. */
export interface EventParts {
  organiserIds: number[];
  sponsorIds: number[];
  speakerIds: number[];
  sessions: { startsAt: string | null; endsAt: string | null; title: string }[];
}

/** Upcoming events (ending at or after `now`) soonest first, or past ones newest first. */
export async function listEvents(
  db: Db,
  query: {
    when: "upcoming" | "past" | "all";
    now: string;
    committeeOnly?: boolean;
    limit?: number;
  },
): Promise<NetworkEvent[]> {
  let q = db.selectFrom("networkEvents").selectAll();
  if (query.when === "upcoming") q = q.where("endsAt", ">=", query.now);
  if (query.when === "past") q = q.where("endsAt", "<", query.now);
  if (query.committeeOnly) q = q.where("isCommitteeMeeting", "=", 1);
  q = q.orderBy("startsAt", query.when === "upcoming" ? "asc" : "desc").orderBy("id");
  if (query.limit !== undefined) q = q.limit(query.limit);
  return q.execute();
}

/** The content items events link as their summaries. */
export async function listSummaryItemIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom("networkEvents")
    .select("summaryItemId")
    .where("summaryItemId", "is not", null)
    .execute();
  return rows.flatMap((r) => (r.summaryItemId === null ? [] : [r.summaryItemId]));
}

/** An event by slug. */
export async function findEventBySlug(db: Db, slug: string): Promise<NetworkEvent | undefined> {
  return db.selectFrom("networkEvents").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** An event by id. */
export async function findEventById(db: Db, id: number): Promise<NetworkEvent | undefined> {
  return db.selectFrom("networkEvents").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Loads an event's organisations, speakers, sessions and summary item. */
export async function loadEventDetails(db: Db, event: NetworkEvent): Promise<EventDetails> {
  const orgs = await db
    .selectFrom("eventOrganisations")
    .innerJoin("organisations", "organisations.id", "eventOrganisations.organisationId")
    .selectAll("organisations")
    .select("eventOrganisations.role as eventRole")
    .where("eventOrganisations.eventId", "=", event.id)
    .orderBy("eventOrganisations.position")
    .execute();
  const speakers = await db
    .selectFrom("eventSpeakers")
    .innerJoin("people", "people.id", "eventSpeakers.personId")
    .leftJoin("organisations", "organisations.id", "people.organisationId")
    .selectAll("people")
    .select("organisations.name as organisationName")
    .where("eventSpeakers.eventId", "=", event.id)
    .orderBy("eventSpeakers.position")
    .execute();
  const sessions = await db
    .selectFrom("eventSessions")
    .selectAll()
    .where("eventId", "=", event.id)
    .orderBy("position")
    .execute();
  const summary =
    event.summaryItemId === null
      ? undefined
      : await db
          .selectFrom("items")
          .innerJoin("revisions", "revisions.id", "items.publishedRevisionId")
          .select(["items.type", "items.slug", "revisions.title"])
          .where("items.id", "=", event.summaryItemId)
          .where("items.status", "in", ["published", "archived"])
          .executeTakeFirst();
  const strip = ({ eventRole: _role, ...org }: Organisation & { eventRole: string }) => org;
  return {
    event,
    organisers: orgs.filter((o) => o.eventRole === "organiser").map(strip),
    sponsors: orgs.filter((o) => o.eventRole === "co-sponsor").map(strip),
    speakers,
    sessions,
    summary,
  };
}

/** The ids of an event's parts, for the editor form. */
export async function loadEventParts(db: Db, eventId: number): Promise<EventParts> {
  const orgs = await db
    .selectFrom("eventOrganisations")
    .select(["organisationId", "role"])
    .where("eventId", "=", eventId)
    .orderBy("position")
    .execute();
  const speakers = await db
    .selectFrom("eventSpeakers")
    .select("personId")
    .where("eventId", "=", eventId)
    .orderBy("position")
    .execute();
  const sessions = await db
    .selectFrom("eventSessions")
    .select(["startsAt", "endsAt", "title"])
    .where("eventId", "=", eventId)
    .orderBy("position")
    .execute();
  const byRole = (role: EventOrganisationRole) =>
    orgs.filter((o) => o.role === role).map((o) => o.organisationId);
  return {
    organiserIds: byRole("organiser"),
    sponsorIds: byRole("co-sponsor"),
    speakerIds: speakers.map((s) => s.personId),
    sessions,
  };
}

/** Inserts or updates an event and replaces its parts; returns its id. */
export async function saveEventRow(
  db: Db,
  input: { id?: number; event: NewNetworkEvent; parts: EventParts },
): Promise<number> {
  let id = input.id;
  if (id === undefined) {
    const row = await db
      .insertInto("networkEvents")
      .values(input.event)
      .returning("id")
      .executeTakeFirstOrThrow();
    id = row.id;
  } else {
    const { createdAt: _created, ...changes } = input.event;
    await db.updateTable("networkEvents").set(changes).where("id", "=", id).execute();
    await db.deleteFrom("eventOrganisations").where("eventId", "=", id).execute();
    await db.deleteFrom("eventSpeakers").where("eventId", "=", id).execute();
    await db.deleteFrom("eventSessions").where("eventId", "=", id).execute();
  }
  const eventId = id;
  const { parts } = input;
  const orgRows = [
    ...unique(parts.organiserIds).map((organisationId, position) => ({
      eventId,
      organisationId,
      role: "organiser" as const,
      position,
    })),
    ...unique(parts.sponsorIds).map((organisationId, position) => ({
      eventId,
      organisationId,
      role: "co-sponsor" as const,
      position,
    })),
  ];
  if (orgRows.length > 0) await db.insertInto("eventOrganisations").values(orgRows).execute();
  const speakerRows = unique(parts.speakerIds).map((personId, position) => ({
    eventId,
    personId,
    position,
  }));
  if (speakerRows.length > 0) await db.insertInto("eventSpeakers").values(speakerRows).execute();
  const sessionRows = parts.sessions.map((s, position) => ({
    eventId,
    position,
    ...s,
    sourceLanguage: input.event.sourceLanguage,
  }));
  if (sessionRows.length > 0) await db.insertInto("eventSessions").values(sessionRows).execute();
  return eventId;
}

/** Deletes an event (its parts go with it). */
export async function deleteEventRow(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("networkEvents").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}

/** Every network event's slug and last change, by slug (the sitemap). */
export async function listEventSlugs(db: Db): Promise<{ slug: string; updatedAt: string }[]> {
  return db.selectFrom("networkEvents").select(["slug", "updatedAt"]).orderBy("slug").execute();
}

/** One page of the events whose title contains the search, newest first; and their count. */
export async function pageEvents(
  db: Db,
  query: WorkspacePageQuery,
): Promise<WorkspacePage<NetworkEvent>> {
  return workspacePage(db.selectFrom("networkEvents"), "networkEvents.title", query, (events) =>
    events.selectAll().orderBy("startsAt", "desc").orderBy("id"),
  );
}
