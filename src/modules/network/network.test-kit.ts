import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { loadNetworkDemo } from "./demo/load-network-demo.js";
import { insertCity } from "./directory.repository.js";

/** Loads the network demo (no content) into a test database at a fixed time. */
export async function seedNetwork(db: Kysely<DB>): Promise<void> {
  await loadNetworkDemo(db, { now: new Date("2026-11-01T00:00:00Z"), sourceLanguage: "en" });
}

/**
 * Adds French member cities named `names` (slug: the name in lower case, spaces
 * as dashes), spread over a few degrees around Lyon, in no hub and with no
 * profile: the large directories that paging, searching and choosing are tested on.
 */
export async function insertTestCities(db: Kysely<DB>, names: readonly string[]): Promise<void> {
  for (const [i, name] of names.entries())
    await insertCity(db, {
      slug: name.toLowerCase().replace(/ /g, "-"),
      name,
      localName: "",
      country: "FR",
      region: "europe",
      latitude: 44 + (i % 6),
      longitude: (i % 9) - 2,
      hubId: null,
      memberSince: null,
      website: null,
      contactPersonId: null,
      tagSlug: null,
      profile: "",
      sourceLanguage: "en",
      createdAt: "2026-11-01T00:00:00.000Z",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
}

/**
 * Adds people named `names` (slug: the name in lower case, spaces as dashes, unless
 * given), in batches: the thousands a real network's forms must not list.
 */
export async function insertTestPeople(
  db: Kysely<DB>,
  people: readonly (string | { name: string; slug: string; title?: string })[],
): Promise<void> {
  const rows = people.map((person) => {
    const { name, slug, title } =
      typeof person === "string"
        ? { name: person, slug: person.toLowerCase().replace(/ /g, "-"), title: "" }
        : person;
    return {
      slug,
      name,
      title: title ?? "",
      organisationId: null,
      cityId: null,
      sourceLanguage: "en",
      createdAt: "2026-11-01T00:00:00.000Z",
      updatedAt: "2026-11-01T00:00:00.000Z",
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto("people")
      .values(rows.slice(i, i + 500))
      .execute();
}

/** `count` names `${prefix} 001`, `${prefix} 002`… (zero-padded to three digits, from `first`). */
export function numberedNames(prefix: string, count: number, first = 1): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix} ${String(first + i).padStart(3, "0")}`);
}

/** The values of every `<a …>` of a piece of HTML that carry an aria-label, with their href. */
export function labelledLinks(html: string): { href: string; label: string }[] {
  return [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => ({
    href: m[1] ?? "",
    label: m[2] ?? "",
  }));
}

/** The JSON-LD objects of a page. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? "{}") as Record<string, unknown>,
  );
}
