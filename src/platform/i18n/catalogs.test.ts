import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import type { LocaleCode } from "../config.js";
import { EN, type MessageKey } from "./catalogs/en.js";
import { LOCALES } from "./locales.js";
import { listArguments, listPlurals, type MessageElement } from "./message-ast.js";
import { CATALOGS } from "./translator.js";

const KEYS = Object.keys(EN).sort() as MessageKey[];
const TRANSLATED = ["fr", "es", "ar"] as const satisfies readonly LocaleCode[];
const ALL = ["en", ...TRANSLATED] as const;

/** Messages that may read as in English: names, symbols only, or the same word in that language. */
const SAME_AS_ENGLISH: Readonly<Record<(typeof TRANSLATED)[number], readonly MessageKey[]>> = {
  fr: [
    ...names(),
    "type.page",
    "dashboard.type",
    "contentAdmin.type",
    "contentAdmin.actions",
    "editor.field.type",
    "media.kind.image",
    "media.kind.document",
    "media.type",
    "network.term.period",
    "network.region.europe",
    "network.admin.actions",
    "network.admin.organisations",
    "network.field.latitude",
    "network.field.longitude",
    "network.field.organisationId",
    "network.field.description",
    "network.field.participantCount",
    "glossary.actions",
    "glossary.note",
    "translationAdmin.status.source",
    "language.switcher.state.original",
    "engines.pairValue",
    "admin.menu",
  ],
  es: [
    ...names(),
    "translationAdmin.status.source",
    "language.switcher.state.original",
    "engines.pairValue",
  ],
  ar: ["footer.copyright", "engines.pairValue"],
};

function names(): MessageKey[] {
  return [
    "social.facebook",
    "social.linkedin",
    "social.x",
    "social.youtube",
    "social.vimeo",
    "footer.copyright",
    "attachments.meta",
    "media.dimensions",
    "network.map.dot",
  ];
}

const ast = (message: string, locale: LocaleCode): MessageElement[] =>
  new IntlMessageFormat(message, LOCALES[locale].intl).getAst();

function signature(message: string, locale: LocaleCode): string[] {
  return [...listArguments(ast(message, locale))].map(
    ([name, kinds]) => `${name}:${[...kinds].sort().join("+")}`,
  );
}

/** Values for every argument of an English message, with `count` as the plural and number value. */
function sampleValues(key: MessageKey, count: number): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [name, kinds] of listArguments(ast(EN[key].message, "en"))) {
    if (kinds.has("plural") || kinds.has("number")) values[name] = count;
    else if (kinds.has("date") || kinds.has("time")) values[name] = new Date("2021-10-19T10:00Z");
    else values[name] = `Sample ${name}`;
  }
  return values;
}

describe("catalogs", () => {
  it.each(ALL)("%s has every English key and no other", (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(KEYS);
    for (const key of KEYS) {
      expect(CATALOGS[locale][key].message.trim(), key).not.toBe("");
      expect(CATALOGS[locale][key].note.trim(), key).not.toBe("");
    }
  });

  it.each(TRANSLATED)("%s uses the same ICU arguments as English in every message", (locale) => {
    for (const key of KEYS) {
      const translated = signature(CATALOGS[locale][key].message, locale);
      expect(translated.sort(), key).toEqual(signature(EN[key].message, "en").sort());
    }
  });

  it.each(ALL)("%s formats every message with English's sample values", (locale) => {
    for (const key of KEYS) {
      const format = new IntlMessageFormat(CATALOGS[locale][key].message, LOCALES[locale].intl);
      for (const count of [0, 1, 2, 3, 11, 100, 1_000_000]) {
        const out = format.format(sampleValues(key, count));
        expect(typeof out, key).toBe("string");
        expect(String(out), key).not.toMatch(/[{}]/);
      }
    }
  });

  it.each(ALL)("%s gives every plural a form for each of its plural categories", (locale) => {
    const categories = new Intl.PluralRules(LOCALES[locale].intl).resolvedOptions()
      .pluralCategories;
    for (const key of KEYS) {
      for (const plural of listPlurals(ast(CATALOGS[locale][key].message, locale))) {
        expect(plural.selectors, `${key}: ${plural.name}`).toEqual(
          expect.arrayContaining([...categories]),
        );
      }
    }
  });

  it("knows Arabic's six plural categories", () => {
    const categories = new Intl.PluralRules(LOCALES.ar.intl).resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
  });

  it.each(TRANSLATED)("%s translates every message but names and allowed ones", (locale) => {
    const allowed = new Set<string>(SAME_AS_ENGLISH[locale]);
    const same = KEYS.filter((key) => CATALOGS[locale][key].message === EN[key].message);
    expect(same.filter((key) => !allowed.has(key))).toEqual([]);
    // An allowance that is no longer needed is dropped, so the list stays honest.
    expect([...allowed].filter((key) => !same.includes(key as MessageKey))).toEqual([]);
  });

  it.each(TRANSLATED)("%s writes apostrophes as ’, never ICU's quoting character", (locale) => {
    for (const key of KEYS) expect(CATALOGS[locale][key].message, key).not.toContain("'");
  });

  it("follows French typography: no-break spaces before ; : ! ? and inside « »", () => {
    const spaces = "\u00a0\u202f";
    for (const key of KEYS) {
      const text = CATALOGS.fr[key].message;
      // Punctuation is followed by a space or ends the text; “https://” and “18:30” are not.
      for (const match of text.matchAll(/[;:!?](?=\s|$)/g)) {
        expect(spaces, `${key}: “${text}”`).toContain(text[match.index - 1]);
      }
      for (const match of text.matchAll(/«/g)) {
        expect(spaces, `${key}: “${text}”`).toContain(text[match.index + 1]);
      }
      for (const match of text.matchAll(/»/g)) {
        expect(spaces, `${key}: “${text}”`).toContain(text[match.index - 1]);
      }
      expect(text, key).not.toMatch(/[“”"]/);
    }
  });

  it("names the network's languages in each language, for use inside sentences", () => {
    expect(CATALOGS.fr["language.name.en"].message).toBe("anglais");
    expect(CATALOGS.es["language.name.ca"].message).toBe("catalán");
    expect(CATALOGS.ar["language.name.fr"].message).toBe("الفرنسية");
  });
});
