import type { Kysely } from "kysely";
import type { DB } from "../../../database.js";
import { foldForSearch } from "../../../platform/db/fold.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { ITEM_TYPES, type ItemType } from "../../content/index.js";
import { countryName } from "../countries.js";
import {
  type CityChoice,
  findCitiesNamed,
  findCityById,
  findCityBySlug,
  suggestCities,
} from "../directory.repository.js";
import {
  countNamed,
  countSummaryItemsTitled,
  findNamed,
  findNamedChoiceBySlug,
  findNamedChoices,
  type ItemChoice,
  type NamedTable,
  findSummaryItemBySlug,
  findSummaryItemChoices,
  findSummaryItemsTitled,
  suggestNamed,
  suggestSummaryItems,
} from "../reference.repository.js";

// A field that names another entry of the directory (a city, a person, an
// organisation, a published item) is typed, not chosen from a select: a network
// has thousands of them. admin.js suggests names from `/admin/network/<source>.json`;
// the save resolves the typed text to one entry, with or without JavaScript.

/** One suggestion: the text that names the entry in the form, and how the list shows it. */
export interface Choice {
  value: string;
  label: string;
}

/** What a typed field may name; also the path of its suggestions (`/admin/network/<source>.json`). */
export const REFERENCE_SOURCES = ["cities", "people", "organisations", "items"] as const;
export type ReferenceSourceName = (typeof REFERENCE_SOURCES)[number];

/** A field naming one entry (`reference`), or several in order, one per line (`references`). */
export interface ReferenceField {
  name: string;
  kind: "reference" | "references";
  source: ReferenceSourceName;
  required?: boolean;
}

/** A field's problem: a catalog key, or one with the values its message names. */
export type FieldProblem = string | { key: MessageKey; values: Record<string, string | number> };

/** How many suggestions a search offers. */
export const SUGGESTIONS = 20;

/** The most entries a multiple field takes (the schemas' limit). */
export const MAX_REFERENCES = 200;

/** How a form suggests, names and resolves the entries of one source. */
export interface ReferenceSource {
  /** The hint under a single field, and its problems. */
  hint: MessageKey;
  unknown: MessageKey;
  ambiguous: MessageKey;
  /** The hint and the problems of a field of several, one per line (its messages take `line` and `name`). */
  lines?: { hint: MessageKey; unknown: MessageKey; ambiguous: MessageKey };
  /** The entries whose name contains the text, as the field names them. */
  suggest(db: Kysely<DB>, t: Translator, text: string): Promise<Choice[]>;
  /** The ids of the entries a typed text names (two are enough to know it is ambiguous). */
  resolve(db: Kysely<DB>, t: Translator, text: string): Promise<number[]>;
  /** The texts that name stored entries in the form (missing ids are left out). */
  textsOf(db: Kysely<DB>, t: Translator, ids: readonly number[]): Promise<Map<number, string>>;
}

/** How a form names a city: "Name (Country)", the country in the workspace's language. */
export function cityLabel(city: CityChoice, t: Translator): string {
  return `${city.name} (${countryName(city.country, t.locale)})`;
}

/** The text that names a city in the form: its label, with " [slug]" when another city's label differs only by case. */
async function cityText(db: Kysely<DB>, t: Translator, city: CityChoice): Promise<string> {
  const label = cityLabel(city, t);
  const sameName = await findCitiesNamed(db, city.name, 50);
  // Names are unique by country as written; "Town" and "TOWN", or "Bogota" and "Bogotá", are not, to the resolution.
  const folded = foldForSearch(label);
  return sameName.some(
    (other) => other.id !== city.id && foldForSearch(cityLabel(other, t)) === folded,
  )
    ? `${label} [${city.slug}]`
    : label;
}

/** The cities a typed text names: "… [slug]", an exact name, "Name (Country)", or a slug. */
async function citiesNamedBy(db: Kysely<DB>, t: Translator, text: string): Promise<CityChoice[]> {
  const slugged = bracketed(text);
  if (slugged) {
    const city = await findCityBySlug(db, slugged);
    return city ? [city] : [];
  }
  const named = await findCitiesNamed(db, text, 2);
  if (named.length > 0) return named;
  const withCountry = /^(.+?)\s*\(([^()]+)\)$/u.exec(text);
  if (withCountry?.[1] && withCountry[2]) {
    const country = withCountry[2].trim().toLocaleLowerCase(t.locale);
    const inCountry = (await findCitiesNamed(db, withCountry[1].trim(), 50)).filter(
      (c) =>
        countryName(c.country, t.locale).toLocaleLowerCase(t.locale) === country ||
        c.country.toLowerCase() === country,
    );
    if (inCountry.length > 0) return inCountry;
  }
  const bySlug = await findCityBySlug(db, text);
  return bySlug ? [bySlug] : [];
}

const cities: ReferenceSource = {
  hint: "network.admin.cityHint",
  unknown: "network.error.cityUnknown",
  ambiguous: "network.error.cityAmbiguous",
  async suggest(db, t, text) {
    const found = await suggestCities(db, text, SUGGESTIONS);
    return Promise.all(
      found.map(async (city) => ({
        value: await cityText(db, t, city),
        label: cityLabel(city, t),
      })),
    );
  },
  async resolve(db, t, text) {
    return (await citiesNamedBy(db, t, text)).map((c) => c.id);
  },
  async textsOf(db, t, ids) {
    const out = new Map<number, string>();
    for (const id of ids) {
      const city = await findCityById(db, id);
      if (city) out.set(id, await cityText(db, t, city));
    }
    return out;
  },
};

/**
 * A source whose entries are named by their name alone, or "Name [key]" where
 * another entry bears the same name (folded: "ada" and "Adá" are namesakes);
 * a bare key names its entry too. `key` is a slug (an item's "type/slug").
 */
function namedSource<T extends { id: number; name: string }>(spec: {
  keys: Pick<ReferenceSource, "hint" | "unknown" | "ambiguous" | "lines">;
  keyOf(entry: T): string;
  labelOf(entry: T, t: Translator): string;
  suggest(db: Kysely<DB>, text: string, limit: number): Promise<T[]>;
  named(db: Kysely<DB>, name: string, limit: number): Promise<T[]>;
  byKey(db: Kysely<DB>, key: string): Promise<T | undefined>;
  byIds(db: Kysely<DB>, ids: readonly number[]): Promise<T[]>;
  countNamed(db: Kysely<DB>, names: readonly string[]): Promise<Map<string, number>>;
}): ReferenceSource {
  const textsOf = async (db: Kysely<DB>, entries: T[]) => {
    const counts = await spec.countNamed(
      db,
      entries.map((e) => e.name),
    );
    return entries.map((entry) =>
      (counts.get(foldForSearch(entry.name)) ?? 0) > 1
        ? `${entry.name} [${spec.keyOf(entry)}]`
        : entry.name,
    );
  };
  return {
    ...spec.keys,
    async suggest(db, t, text) {
      const found = await spec.suggest(db, text, SUGGESTIONS);
      const texts = await textsOf(db, found);
      return found.map((entry, i) => ({
        value: texts[i] ?? entry.name,
        label: spec.labelOf(entry, t),
      }));
    },
    async resolve(db, _t, text) {
      // "Name [key]" as suggested; a name that merely ends in brackets is read as a name.
      const key = bracketed(text);
      const keyed = key ? await spec.byKey(db, key) : undefined;
      if (keyed) return [keyed.id];
      const named = await spec.named(db, text, 2);
      if (named.length > 0) return named.map((e) => e.id);
      const byKey = await spec.byKey(db, text);
      return byKey ? [byKey.id] : [];
    },
    async textsOf(db, _t, ids) {
      const entries = await spec.byIds(db, ids);
      const texts = await textsOf(db, entries);
      return new Map(entries.map((entry, i) => [entry.id, texts[i] ?? entry.name]));
    },
  };
}

/** How a source finds entries of one of the directory's tables. */
function directory(table: NamedTable) {
  return {
    suggest: (db: Kysely<DB>, text: string, limit: number) => suggestNamed(db, table, text, limit),
    named: (db: Kysely<DB>, name: string, limit: number) => findNamed(db, table, name, limit),
    byKey: (db: Kysely<DB>, slug: string) => findNamedChoiceBySlug(db, table, slug),
    byIds: (db: Kysely<DB>, ids: readonly number[]) => findNamedChoices(db, table, ids),
    countNamed: (db: Kysely<DB>, names: readonly string[]) => countNamed(db, table, names),
  };
}

const people = namedSource({
  keys: {
    hint: "network.admin.personHint",
    unknown: "network.error.personUnknown",
    ambiguous: "network.error.personAmbiguous",
    lines: {
      hint: "network.admin.peopleLinesHint",
      unknown: "network.error.personLineUnknown",
      ambiguous: "network.error.personLineAmbiguous",
    },
  },
  keyOf: (p) => p.slug,
  labelOf: (p) => (p.detail ? `${p.name} (${p.detail})` : p.name),
  ...directory("people"),
});

const organisations = namedSource({
  keys: {
    hint: "network.admin.organisationHint",
    unknown: "network.error.organisationUnknown",
    ambiguous: "network.error.organisationAmbiguous",
    lines: {
      hint: "network.admin.organisationsLinesHint",
      unknown: "network.error.organisationLineUnknown",
      ambiguous: "network.error.organisationLineAmbiguous",
    },
  },
  keyOf: (o) => o.slug,
  labelOf: (o, t) => (o.detail ? `${o.name} (${countryName(o.detail, t.locale)})` : o.name),
  ...directory("organisations"),
});

const asNamed = <T extends { title: string }>(rows: T[]) =>
  rows.map((row) => ({ ...row, name: row.title }));

const items = namedSource<ItemChoice & { name: string }>({
  keys: {
    hint: "network.admin.itemHint",
    unknown: "network.error.itemUnknown",
    ambiguous: "network.error.itemAmbiguous",
  },
  keyOf: (i) => `${i.type}/${i.slug}`,
  labelOf: (i, t) => `${i.name} (${t.t(`type.${i.type}`)})`,
  suggest: async (db, text, limit) => asNamed(await suggestSummaryItems(db, text, limit)),
  named: async (db, title, limit) => asNamed(await findSummaryItemsTitled(db, title, limit)),
  byKey: async (db, key) => {
    const [type, slug] = key.split("/", 2);
    if (!slug || !isItemType(type)) return undefined;
    const item = await findSummaryItemBySlug(db, type, slug.trim());
    return item ? { ...item, name: item.title } : undefined;
  },
  byIds: async (db, ids) => asNamed(await findSummaryItemChoices(db, ids)),
  countNamed: countSummaryItemsTitled,
});

/** Every source, by the name of its suggestions' path. */
export const SOURCES: Readonly<Record<ReferenceSourceName, ReferenceSource>> = {
  cities,
  people,
  organisations,
  items,
};

/**
 * The form's typed fields as the ids the schemas read: each text resolved to one
 * entry (a field of several: each non-empty line, in order), or a problem naming
 * what matched none or several.
 */
export async function resolveReferenceFields<V extends Record<string, string | string[]>>(
  db: Kysely<DB>,
  t: Translator,
  fields: readonly { name: string; kind: string }[],
  body: V,
): Promise<{ body: Record<string, string | string[]>; errors: Record<string, FieldProblem[]> }> {
  const out: Record<string, string | string[]> = { ...body };
  const errors: Record<string, FieldProblem[]> = {};
  for (const field of fields) {
    if (!isReferenceField(field)) continue;
    const source = SOURCES[field.source];
    const raw = body[field.name];
    const text = typeof raw === "string" ? raw : "";
    if (field.kind === "reference") {
      const typed = text.trim();
      out[field.name] = "";
      if (typed === "") continue;
      const ids = await source.resolve(db, t, typed);
      if (ids.length === 1) out[field.name] = String(ids[0]);
      else errors[field.name] = [ids.length === 0 ? source.unknown : source.ambiguous];
      continue;
    }
    const lines = source.lines;
    if (!lines) throw new Error(`${field.source} cannot be named one per line`);
    const ids: string[] = [];
    const problems: FieldProblem[] = [];
    const typedLines = text.split(/\r?\n/);
    if (typedLines.filter((line) => line.trim() !== "").length > MAX_REFERENCES) {
      errors[field.name] = [
        { key: "network.error.tooManyEntries", values: { max: MAX_REFERENCES } },
      ];
      continue;
    }
    for (const [index, line] of typedLines.entries()) {
      const name = line.trim();
      if (name === "") continue;
      const found = await source.resolve(db, t, name);
      if (found.length === 1) ids.push(String(found[0]));
      else
        problems.push({
          key: found.length === 0 ? lines.unknown : lines.ambiguous,
          values: { line: index + 1, name },
        });
    }
    out[field.name] = ids;
    if (problems.length > 0) errors[field.name] = problems;
  }
  return { body: out, errors };
}

/** A stored entry's typed fields (ids) as the texts that name them in the form (one per line for several). */
export async function referenceFieldsAsText<V extends Record<string, string | string[]>>(
  db: Kysely<DB>,
  t: Translator,
  fields: readonly { name: string; kind: string }[],
  values: V,
): Promise<Record<string, string | string[]>> {
  const out: Record<string, string | string[]> = { ...values };
  for (const field of fields) {
    if (!isReferenceField(field)) continue;
    const ids = [values[field.name] ?? []]
      .flat()
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0);
    const texts = await SOURCES[field.source].textsOf(db, t, ids);
    // In the stored order (speakers as the event page lists them).
    out[field.name] = ids.flatMap((id) => [texts.get(id) ?? []].flat()).join("\n");
  }
  return out;
}

/** Whether a field of a form names entries of a source. */
export function isReferenceField(field: { kind: string }): field is ReferenceField {
  return field.kind === "reference" || field.kind === "references";
}

/** The key in brackets at the end of a text ("Name [key]"), if any. */
function bracketed(text: string): string | undefined {
  return /\[([^\]]+)\]$/u.exec(text)?.[1]?.trim() || undefined;
}

function isItemType(type: string | undefined): type is ItemType {
  return (ITEM_TYPES as readonly string[]).includes(type ?? "");
}
