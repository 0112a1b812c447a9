import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../../database.js";
import { bumpChangeCounter } from "../../../platform/db/change-counter.js";
import { slugify } from "../../content/index.js";
import { insertCommitteeTerm, listCommitteeTerms } from "../committee.repository.js";
import {
  findCityBySlug,
  findHubBySlug,
  findOrganisationBySlug,
  findPersonBySlug,
  insertCity,
  insertHub,
  insertOrganisation,
  insertPerson,
} from "../directory.repository.js";
import { findEventBySlug, saveEventRow } from "../event.repository.js";
import { eventSchema } from "../network.schema.js";
import { findPublishedItemId } from "../related.repository.js";
import {
  DEMO_CITIES,
  DEMO_EVENTS,
  DEMO_HUBS,
  DEMO_ORGANISATIONS,
  DEMO_PEOPLE,
  DEMO_PROFILES,
  DEMO_TERMS,
} from "./network-demo-data.js";

/**
 * Loads the demo network's hubs, cities, organisations, people, committee terms
 * and events; what is already there (by slug) is left alone, so a second run
 * changes nothing. Run it after the content demo: events link their summaries.
 */
export async function loadNetworkDemo(
  db: Kysely<DB>,
  options: { now: Date; sourceLanguage: string; log?: (line: string) => void },
): Promise<{ created: number; unchanged: number }> {
  const at = options.now.toISOString();
  const stamp = { sourceLanguage: options.sourceLanguage, createdAt: at, updatedAt: at };
  let created = 0;
  let unchanged = 0;
  const count = (isNew: boolean) => (isNew ? (created += 1) : (unchanged += 1));

  await db.transaction().execute(async (trx) => {
    const ctx: LoadContext = { trx, stamp, count };
    const hubIds = await loadHubs(ctx);
    const cityIds = await loadCities(ctx, hubIds);
    const orgIds = await loadOrganisations(ctx);
    const personIds = await loadPeople(ctx, { orgIds, cityIds });
    await loadCommitteeTerms(ctx, cityIds);
    await loadEvents(ctx, { orgIds, personIds });
    if (created > 0) await bumpChangeCounter(trx);
  });
  options.log?.(`Network demo: ${created} record(s) created, ${unchanged} unchanged.\n`);
  return { created, unchanged };
}

/** What each loader needs: the transaction, the row stamp, and the tally of created and unchanged records. */
interface LoadContext {
  trx: Transaction<DB>;
  stamp: { sourceLanguage: string; createdAt: string; updatedAt: string };
  count: (isNew: boolean) => void;
}

/** The demo hubs; their ids by slug. */
async function loadHubs({ trx, stamp, count }: LoadContext): Promise<Map<string, number>> {
  const hubIds = new Map<string, number>();
  for (const hub of DEMO_HUBS) {
    const found = await findHubBySlug(trx, hub.slug);
    count(!found);
    hubIds.set(
      hub.slug,
      (found ?? (await insertHub(trx, { ...hub, contactPersonId: null, ...stamp }))).id,
    );
  }
  return hubIds;
}

/** The demo cities; their ids by name. */
async function loadCities(
  { trx, stamp, count }: LoadContext,
  hubIds: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const cityIds = new Map<string, number>();
  for (const [
    name,
    localName,
    country,
    region,
    latitude,
    longitude,
    hub,
    memberSince,
  ] of DEMO_CITIES) {
    const slug = slugify(name);
    const found = await findCityBySlug(trx, slug);
    count(!found);
    const city =
      found ??
      (await insertCity(trx, {
        slug,
        name,
        localName,
        country,
        region,
        latitude,
        longitude,
        hubId: hub ? (hubIds.get(hub) ?? null) : null,
        memberSince,
        website: null,
        contactPersonId: null,
        tagSlug: null,
        profile: DEMO_PROFILES[name] ?? "",
        ...stamp,
      }));
    cityIds.set(name, city.id);
  }
  return cityIds;
}

/** The demo organisations; their ids by slug. */
async function loadOrganisations({ trx, stamp, count }: LoadContext): Promise<Map<string, number>> {
  const orgIds = new Map<string, number>();
  for (const org of DEMO_ORGANISATIONS) {
    const found = await findOrganisationBySlug(trx, org.slug);
    count(!found);
    orgIds.set(org.slug, (found ?? (await insertOrganisation(trx, { ...org, ...stamp }))).id);
  }
  return orgIds;
}

/** The demo people; their ids by slug. */
async function loadPeople(
  { trx, stamp, count }: LoadContext,
  ids: { orgIds: ReadonlyMap<string, number>; cityIds: ReadonlyMap<string, number> },
): Promise<Map<string, number>> {
  const { orgIds, cityIds } = ids;
  const personIds = new Map<string, number>();
  for (const person of DEMO_PEOPLE) {
    const found = await findPersonBySlug(trx, person.slug);
    count(!found);
    const row =
      found ??
      (await insertPerson(trx, {
        slug: person.slug,
        name: person.name,
        title: person.title,
        organisationId: person.organisation ? (orgIds.get(person.organisation) ?? null) : null,
        cityId: person.city ? (cityIds.get(person.city) ?? null) : null,
        ...stamp,
      }));
    personIds.set(person.slug, row.id);
  }
  return personIds;
}

/** The demo committee terms not there yet (same city, role and start). */
async function loadCommitteeTerms(
  { trx, stamp, count }: LoadContext,
  cityIds: ReadonlyMap<string, number>,
): Promise<void> {
  const at = stamp.createdAt;
  const terms = await listCommitteeTerms(trx);
  for (const [cityName, role, startsOn, endsOn] of DEMO_TERMS) {
    const cityId = cityIds.get(cityName);
    if (cityId === undefined) continue;
    const exists = terms.some(
      (t) => t.cityId === cityId && t.role === role && t.startsOn === startsOn,
    );
    count(!exists);
    if (!exists)
      await insertCommitteeTerm(trx, {
        cityId,
        role,
        startsOn,
        endsOn,
        representativeId: null,
        createdAt: at,
      });
  }
}

/** The demo events with their parts, linked to their summaries, organisers, sponsors and speakers. */
async function loadEvents(
  { trx, stamp, count }: LoadContext,
  ids: { orgIds: ReadonlyMap<string, number>; personIds: ReadonlyMap<string, number> },
): Promise<void> {
  const { orgIds, personIds } = ids;
  for (const demo of DEMO_EVENTS) {
    const exists = await findEventBySlug(trx, demo.slug);
    count(!exists);
    if (exists) continue;
    const summaryItemId = demo.summary
      ? ((await findPublishedItemId(trx, demo.summary[0], demo.summary[1])) ?? "")
      : "";
    const parsed = eventSchema.parse({
      ...demo,
      isCommitteeMeeting: demo.isCommitteeMeeting,
      participantCount: demo.participantCount === undefined ? "" : String(demo.participantCount),
      countryCount: demo.countryCount === undefined ? "" : String(demo.countryCount),
      summaryItemId: String(summaryItemId),
      organiserIds: demo.organisers.map((s) => String(orgIds.get(s))),
      sponsorIds: demo.sponsors.map((s) => String(orgIds.get(s))),
      speakerIds: demo.speakers.map((s) => String(personIds.get(s))),
    });
    const { parts, ...event } = parsed;
    await saveEventRow(trx, { event: { ...event, ...stamp }, parts });
  }
}
