import type { Kysely } from "kysely";
import type { z } from "zod";
import type { DB } from "../../../database.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { findCommitteeTerm, pageCommitteeTerms } from "../committee.repository.js";
import { countryName } from "../countries.js";
import {
  type DirectoryTable,
  findDirectoryRow,
  listHubs,
  pageCities,
  pageHubs,
  pageOrganisations,
  pagePeople,
  type WorkspacePageQuery,
} from "../directory.repository.js";
import { findEventById, loadEventParts, pageEvents } from "../event.repository.js";
import {
  citySchema,
  committeeTermSchema,
  eventSchema,
  fieldErrors,
  hubSchema,
  organisationSchema,
  personSchema,
} from "../network.schema.js";
import { saveEvent, saveDirectoryEntry, addCommitteeTerm, type Actor } from "../network.service.js";
import { deleteDirectoryEntry, deleteEvent, removeCommitteeTerm } from "../network.service.js";
import { COMMITTEE_ROLES, EVENT_FORMATS, REGIONS } from "../network.table.js";
import { listTimeZones, utcToZoned } from "../time-zones.js";
import type { Choice, ReferenceField } from "./references.js";

export type { Choice } from "./references.js";

/** What a form shows and sends back: strings, and lists of strings for multiple choices. */
export type FormValues = Record<string, string | string[]>;

/** A field of a workspace form; its label is `network.field.<name>`. */
export type FieldSpec =
  | {
      name: string;
      kind: "text" | "textarea" | "date" | "datetime" | "color" | "number" | "checkbox";
      required?: boolean;
    }
  | {
      name: string;
      kind: "select";
      required?: boolean;
      /** The choices: a short, closed list (regions, roles, zones, the few hubs). */
      choices: (db: Kysely<DB>, t: Translator) => Choice[] | Promise<Choice[]>;
    }
  /**
   * Another entry of the directory, typed by name (suggestions from
   * `/admin/network/<source>.json`), sent as its id, or several one per line.
   */
  | ReferenceField;

/** The choices of a form's selects, by field name (read only for the fields the form has). */
export type FieldChoices = Record<string, Choice[]>;

/** A line of a workspace list. */
export interface ListRow {
  id: number;
  label: string;
  detail: string;
}

/** A kind of entry the workspace creates, edits, lists and deletes. */
export interface EntitySpec {
  kind: EntityKind;
  title: MessageKey;
  fields: FieldSpec[];
  /** One page of the entries whose name (an event's title) contains the search, and their count. */
  page(
    db: Kysely<DB>,
    t: Translator,
    query: WorkspacePageQuery,
  ): Promise<{ rows: ListRow[]; total: number }>;
  load(db: Kysely<DB>, id: number): Promise<FormValues | undefined>;
  /** Validates and writes; field errors (catalog keys) when the form is not valid. */
  save(
    db: Kysely<DB>,
    input: Actor & { id?: number; body: Record<string, unknown>; sourceLanguage: string },
  ): Promise<{ id: number } | { errors: Record<string, string> }>;
  remove(db: Kysely<DB>, input: Actor & { id: number }): Promise<void>;
}

/** How many entries a kind's section of the workspace, or one page of its list, shows. */
export const ADMIN_PAGE_SIZE = 50;

/** The longest search the workspace lists take. */
export const MAX_ADMIN_SEARCH = 100;

/** The kinds, in the workspace's order. */
export const ENTITY_KINDS = [
  "cities",
  "hubs",
  "terms",
  "events",
  "people",
  "organisations",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const regions = (_db: Kysely<DB>, t: Translator) =>
  REGIONS.map((r) => ({ value: r, label: t.t(`network.region.${r}`) }));

const directory = (
  kind: EntityKind & DirectoryTable,
  title: MessageKey,
  schema: z.ZodType<Record<string, unknown>>,
  fields: FieldSpec[],
  page: EntitySpec["page"],
): EntitySpec => ({
  kind,
  title,
  fields,
  page,
  async load(db, id) {
    const row = await findDirectoryRow(db, kind, id);
    if (!row) return undefined;
    return Object.fromEntries(
      fields.map((f) => [
        f.name,
        row[f.name] === null || row[f.name] === undefined ? "" : String(row[f.name]),
      ]),
    );
  },
  async save(db, input) {
    const parsed = schema.safeParse(input.body);
    if (!parsed.success) return { errors: fieldErrors(parsed.error) };
    const id = await saveDirectoryEntry(db, { ...input, table: kind, values: parsed.data });
    return { id };
  },
  remove: (db, input) => deleteDirectoryEntry(db, { ...input, table: kind }),
});

/** Every kind's specification. */
export const ENTITIES: Readonly<Record<EntityKind, EntitySpec>> = {
  cities: directory(
    "cities",
    "network.admin.cities",
    citySchema,
    [
      { name: "name", kind: "text", required: true },
      { name: "localName", kind: "text" },
      { name: "slug", kind: "text" },
      { name: "country", kind: "text", required: true },
      { name: "region", kind: "select", required: true, choices: regions },
      { name: "latitude", kind: "number", required: true },
      { name: "longitude", kind: "number", required: true },
      // A select: hubs group a region's cities, a few per region, never thousands.
      { name: "hubId", kind: "select", choices: hubChoices },
      { name: "memberSince", kind: "text" },
      { name: "website", kind: "text" },
      { name: "contactPersonId", kind: "reference", source: "people" },
      { name: "tagSlug", kind: "text" },
      { name: "profile", kind: "textarea" },
    ],
    async (db, t, query) => {
      const { rows, total } = await pageCities(db, query);
      return {
        total,
        rows: rows.map((c) => ({
          id: c.id,
          label: c.name,
          detail: `${countryName(c.country, t.locale)} · ${t.t(`network.region.${c.region}`)}${c.hubName ? ` · ${c.hubName}` : ""}`,
        })),
      };
    },
  ),
  hubs: directory(
    "hubs",
    "network.admin.hubs",
    hubSchema,
    [
      { name: "name", kind: "text", required: true },
      { name: "slug", kind: "text" },
      { name: "region", kind: "select", required: true, choices: regions },
      { name: "color", kind: "color", required: true },
      { name: "contactPersonId", kind: "reference", source: "people" },
      { name: "description", kind: "textarea" },
    ],
    async (db, t, query) => {
      const { rows, total } = await pageHubs(db, query);
      return {
        total,
        rows: rows.map((h) => ({
          id: h.id,
          label: h.name,
          detail: `${t.t(`network.region.${h.region}`)} · ${t.t("network.hub.cities", { count: h.cityCount })}`,
        })),
      };
    },
  ),
  people: directory(
    "people",
    "network.admin.people",
    personSchema,
    [
      { name: "name", kind: "text", required: true },
      { name: "slug", kind: "text" },
      { name: "title", kind: "text" },
      { name: "organisationId", kind: "reference", source: "organisations" },
      { name: "cityId", kind: "reference", source: "cities" },
    ],
    async (db, _t, query) => {
      const { rows, total } = await pagePeople(db, query);
      return { total, rows: rows.map((p) => ({ id: p.id, label: p.name, detail: p.title })) };
    },
  ),
  organisations: directory(
    "organisations",
    "network.admin.organisations",
    organisationSchema,
    [
      { name: "name", kind: "text", required: true },
      { name: "slug", kind: "text" },
      { name: "country", kind: "text" },
      { name: "website", kind: "text" },
    ],
    async (db, _t, query) => {
      const { rows, total } = await pageOrganisations(db, query);
      return {
        total,
        rows: rows.map((o) => ({ id: o.id, label: o.name, detail: o.country ?? "" })),
      };
    },
  ),
  terms: {
    kind: "terms",
    title: "network.admin.terms",
    fields: [
      { name: "cityId", kind: "reference", source: "cities", required: true },
      {
        name: "role",
        kind: "select",
        required: true,
        choices: (_db, t) =>
          COMMITTEE_ROLES.map((r) => ({ value: r, label: t.t(`network.role.${r}`) })),
      },
      { name: "startsOn", kind: "date", required: true },
      { name: "endsOn", kind: "date" },
      { name: "representativeId", kind: "reference", source: "people" },
    ],
    async page(db, t, query) {
      const { rows, total } = await pageCommitteeTerms(db, query);
      return {
        total,
        rows: rows.map((term) => ({
          id: term.id,
          label: term.cityName,
          detail: `${t.t(`network.role.${term.role}`)} · ${term.startsOn} – ${term.endsOn ?? ""}`,
        })),
      };
    },
    async load(db, id) {
      const term = await findCommitteeTerm(db, id);
      if (!term) return undefined;
      return {
        cityId: String(term.cityId),
        role: term.role,
        startsOn: term.startsOn,
        endsOn: term.endsOn ?? "",
        representativeId: term.representativeId === null ? "" : String(term.representativeId),
      };
    },
    async save(db, input) {
      const parsed = committeeTermSchema.safeParse(input.body);
      if (!parsed.success) return { errors: fieldErrors(parsed.error) };
      // A term is corrected by replacing it: history keeps ended terms, never edits them in place silently.
      if (input.id !== undefined) await removeCommitteeTerm(db, { ...input, id: input.id });
      return { id: await addCommitteeTerm(db, { ...input, term: parsed.data }) };
    },
    remove: (db, input) => removeCommitteeTerm(db, input),
  },
  events: {
    kind: "events",
    title: "network.admin.events",
    fields: [
      { name: "title", kind: "text", required: true },
      { name: "slug", kind: "text" },
      { name: "startsAtLocal", kind: "datetime", required: true },
      { name: "endsAtLocal", kind: "datetime", required: true },
      {
        name: "timeZone",
        kind: "select",
        required: true,
        choices: () => listTimeZones().map((z) => ({ value: z, label: z })),
      },
      {
        name: "format",
        kind: "select",
        required: true,
        choices: (_db, t) =>
          EVENT_FORMATS.map((f) => ({ value: f, label: t.t(`network.format.${f}`) })),
      },
      { name: "place", kind: "text" },
      { name: "isCommitteeMeeting", kind: "checkbox" },
      { name: "organiserIds", kind: "references", source: "organisations" },
      { name: "sponsorIds", kind: "references", source: "organisations" },
      { name: "speakerIds", kind: "references", source: "people" },
      { name: "registrationUrl", kind: "text" },
      { name: "description", kind: "textarea" },
      { name: "sessions", kind: "textarea" },
      { name: "participantCount", kind: "number" },
      { name: "countryCount", kind: "number" },
      { name: "recordingUrl", kind: "text" },
      { name: "summaryItemId", kind: "reference", source: "items" },
    ],
    async page(db, t, query) {
      const { rows, total } = await pageEvents(db, query);
      return {
        total,
        rows: rows.map((e) => ({
          id: e.id,
          label: e.title,
          detail: `${t.formatDate(e.startsAt, { dateStyle: "medium", timeZone: e.timeZone })} · ${t.t(`network.format.${e.format}`)}`,
        })),
      };
    },
    async load(db, id) {
      const event = await findEventById(db, id);
      if (!event) return undefined;
      const parts = await loadEventParts(db, id);
      const hhmm = (iso: string | null) =>
        iso ? utcToZoned(iso, event.timeZone).slice(11, 16) : "";
      const str = (v: number | string | null) => (v === null ? "" : String(v));
      return {
        title: event.title,
        slug: event.slug,
        description: event.description,
        startsAtLocal: utcToZoned(event.startsAt, event.timeZone),
        endsAtLocal: utcToZoned(event.endsAt, event.timeZone),
        timeZone: event.timeZone,
        format: event.format,
        place: event.place,
        registrationUrl: str(event.registrationUrl),
        participantCount: str(event.participantCount),
        countryCount: str(event.countryCount),
        recordingUrl: str(event.recordingUrl),
        summaryItemId: str(event.summaryItemId),
        isCommitteeMeeting: event.isCommitteeMeeting ? "1" : "",
        organiserIds: parts.organiserIds.map(String),
        sponsorIds: parts.sponsorIds.map(String),
        speakerIds: parts.speakerIds.map(String),
        sessions: parts.sessions
          .map((s) =>
            s.startsAt
              ? `${hhmm(s.startsAt)}${s.endsAt ? `-${hhmm(s.endsAt)}` : ""} ${s.title}`
              : s.title,
          )
          .join("\n"),
      };
    },
    async save(db, input) {
      const parsed = eventSchema.safeParse(input.body);
      if (!parsed.success) return { errors: fieldErrors(parsed.error) };
      return { id: await saveEvent(db, { ...input, event: parsed.data }) };
    },
    remove: (db, input) => deleteEvent(db, input),
  },
};

/** The choices of the selects a form has (the typed fields have none: their entries may be thousands). */
export async function loadFieldChoices(
  db: Kysely<DB>,
  t: Translator,
  spec: EntitySpec,
): Promise<FieldChoices> {
  const out: FieldChoices = {};
  for (const field of spec.fields)
    if (field.kind === "select") out[field.name] = await field.choices(db, t);
  return out;
}

async function hubChoices(db: Kysely<DB>): Promise<Choice[]> {
  return (await listHubs(db)).map((h) => ({ value: String(h.id), label: h.name }));
}
