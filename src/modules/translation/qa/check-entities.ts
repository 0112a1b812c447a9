import type { CheckTerm } from "./check-glossary.js";
import { EQUIVALENTS, type EquivalentGroup, NOT_ENTITIES } from "./entity-equivalents.js";
import type { Finding } from "./finding.js";
import { SOURCE_ONLY_WORDS, START_WORDS } from "./language-data.js";
import { commonPrefix, fold, isAcronym, isCapitalised, rememberRecent, tokenize } from "./text.js";
import { editDistance } from "../edit-distance.js";

/** What the entity check needs besides the two texts. */
export interface EntityContext {
  sourceLanguage: string;
  targetLanguage: string;
  terms: readonly CheckTerm[];
  /** The target translated back into the source language, when measured. */
  backTranslation?: string | undefined;
  /** Forms of one name in any language (the network's places): each form licenses the others. */
  names?: readonly (readonly string[])[] | undefined;
}

interface Entity {
  text: string;
  key: string;
  start: number;
  end: number;
  kind: "link" | "word";
  /** Acronyms and links must travel as they are; a name may be translated. */
  isStrict: boolean;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+/gu;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
// Bounded as addresses are (64-character local part, 63-character labels): linear in any text.
const EMAIL_DOMAIN = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const DOTTED = /(?<!\p{L})(?:\p{Lu}\.){2,}/gu;
const OPENS_ON_CAPITAL = /^\p{Lu}/u;
const HYPHEN = /[-‐]/;

/**
 * Names, acronyms, URLs and e-mail addresses of the source missing in the
 * target, and ones the target has that the source does not ("l’Union
 * européenne" added). A word counts as found when the other text has it (case
 * and accents aside), a cognate (four letters in common at the start:
 * Macedonia/Macédoine), a form the glossary or the small table of equivalents
 * gives (U.S./États-Unis), another form of one of the network's places
 * (Pretoria/Tshwane), or — with a back-translation — when the engine
 * brings the source's name back.
 */
export function checkEntities(source: string, target: string, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  const sourceSide = sideOf(source, context.sourceLanguage);
  const targetSide = sideOf(target, context.targetLanguage);
  const sourceEntities = sourceSide.entities;
  const targetEntities = targetSide.entities;
  // Links must travel unchanged.
  const sourceLinks = sourceEntities.filter((e) => e.kind === "link").map((e) => e.key);
  const targetLinks = targetEntities.filter((e) => e.kind === "link").map((e) => e.key);
  for (const link of sourceEntities.filter((e) => e.kind === "link")) {
    if (!targetLinks.includes(link.key)) findings.push(missing(link, true));
  }
  for (const link of targetEntities.filter((e) => e.kind === "link")) {
    if (!sourceLinks.includes(link.key)) findings.push(added(link, true));
  }

  const sourceWords = sourceSide.words;
  const targetWords = targetSide.words;
  const back =
    context.backTranslation === undefined ? undefined : foldedWords(context.backTranslation);
  const licensed = licensedForms(sourceSide, targetSide, context);

  const lost = sourceEntities.filter(
    (e) =>
      e.kind === "word" &&
      !isFound(e.key, targetWords) &&
      !licensed.target.has(e.key) &&
      !(back && isFound(e.key, back)),
  );
  // An exonym (Beirut/Beyrouth, Iraq/Irak) pairs a lost name with an unexplained
  // target name spelt alike: same first letter, at most half the letters edited;
  // a localised acronym (UNDP/PNUD, NGO/ONG, CSO/OSC) with one of the same letters
  // in another order.
  // Capitalised source words opening a sentence are no entities, but they may
  // still explain a target name ("… 6 p.m. (Brussels time)" → "Bruxelles").
  const openers = tokenize(source)
    .filter((t) => t.isStartLike && isCapitalised(t.text))
    .map((t) => fold(t.text));
  const unexplained = targetEntities.filter(
    (e) =>
      e.kind === "word" &&
      !isFound(e.key, sourceWords) &&
      !licensed.source.has(e.key) &&
      !openers.some((opener) => isSpeltAlike(opener, e.key)),
  );
  const paired = new Set<Entity>();
  const stillLost = lost.filter((entity) => {
    const match = unexplained.find(
      (t) => !paired.has(t) && (isSpeltAlike(entity.key, t.key) || isReordered(entity, t)),
    );
    if (match) paired.add(match);
    return !match;
  });
  // A name (not an acronym or link) is only an error when the back-translation confirms it.
  const isConfirmed = back !== undefined;
  for (const run of runs(stillLost, source)) findings.push(missing(run, isConfirmed));

  // A name the engine brought back but the target does not show as such was
  // translated (Brussels → Bruxelles): it may pair with one unexplained target name.
  let spare =
    back === undefined
      ? 0
      : sourceEntities.filter(
          (e) =>
            e.kind === "word" &&
            !isFound(e.key, targetWords) &&
            !licensed.target.has(e.key) &&
            isFound(e.key, back),
        ).length;
  const invented = unexplained.filter((e) => {
    if (paired.has(e)) return false;
    if (spare > 0) {
      spare--;
      return false;
    }
    return true;
  });
  for (const run of runs(invented, target)) findings.push(added(run, isConfirmed));
  return findings;
}

/**
 * What the check reads of one text: its entities, folded words and phrase,
 * and the groups of the table of equivalents it has a form of. A batch's
 * sources are read again for each target language: remembered (read-only).
 */
const sideOf = rememberRecent((text: string, language: string): Side => {
  const words = foldedWords(text);
  const phrase = foldedPhrase(text);
  const forms = formIndexOf(language);
  return {
    entities: entitiesOf(text, language),
    words,
    phrase,
    groups: forms ? groupsIn({ words, phrase }, forms) : new Set(),
  };
});

function entitiesOf(text: string, lang: string): Entity[] {
  const entities: Entity[] = [];
  const taken: [number, number][] = [];
  for (const match of findLinks(text)) {
    const raw = match[0].replace(/(?<![.,;:!?)\]’'»])[.,;:!?)\]’'»]+$/u, "");
    entities.push({
      text: raw,
      key: raw.toLowerCase(),
      start: match.index,
      end: match.index + raw.length,
      kind: "link",
      isStrict: true,
    });
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const match of text.matchAll(DOTTED)) {
    const key = fold(match[0].replace(/\./g, ""));
    entities.push({
      text: match[0],
      key,
      start: match.index,
      end: match.index + match[0].length,
      kind: "word",
      isStrict: true,
    });
    taken.push([match.index, match.index + match[0].length]);
  }
  const tokens = tokenize(text);
  // A headline in title case capitalises ordinary words: only acronyms count
  // there. It is one where every lower-case word is a short function word.
  const functionWords = SOURCE_ONLY_WORDS[lang] ?? new Set<string>();
  const isTitleCase =
    tokens.length >= 4 &&
    !tokens.some((t) => /^\p{Ll}{4,}$/u.test(t.text) && !functionWords.has(t.text));
  const startWords = START_WORDS[lang] ?? new Set<string>();
  for (const token of tokens) {
    // Names and acronyms, plural or not, open on a capital.
    if (!OPENS_ON_CAPITAL.test(token.text)) continue;
    if (taken.some(([a, b]) => token.start >= a && token.start < b)) continue;
    if (NOT_ENTITIES.has(fold(token.text))) continue;
    // A plural acronym ("NGOs") is the acronym.
    const plural = /^(\p{Lu}{2,})s$/u.exec(token.text)?.[1];
    const isName =
      plural === undefined &&
      isCapitalised(token.text) &&
      !token.isStartLike &&
      !isTitleCase &&
      !startWords.has(token.text);
    if (!isName && !isAcronym(token.text) && plural === undefined) continue;
    entities.push({
      text: token.text,
      key: fold(plural ?? token.text),
      start: token.start,
      end: token.end,
      kind: "word",
      isStrict: !isName,
    });
  }
  return entities.sort((a, b) => a.start - b.start);
}

function foldedWords(text: string): Set<string> {
  const words = new Set(tokenize(text).map((t) => fold(t.text)));
  for (const match of text.matchAll(DOTTED)) words.add(fold(match[0].replace(/\./g, "")));
  // Parts of hyphenated words count too (États-Unis has "unis").
  for (const word of [...words])
    if (HYPHEN.test(word)) for (const part of word.split(HYPHEN)) words.add(part);
  return words;
}

/** An acronym localised with its letters in another order: UNDP/PNUD, CSO/OSC, PVE/PEV. */
function isReordered(a: Entity, b: Entity): boolean {
  const isAcronymEntity = (e: Entity) =>
    e.kind === "word" && e.isStrict && /^\p{L}{2,}$/u.test(e.key);
  if (!isAcronymEntity(a) || !isAcronymEntity(b) || a.key.length !== b.key.length) return false;
  const letters = (key: string) => [...key].sort().join("");
  return letters(a.key) === letters(b.key);
}

function isSpeltAlike(a: string, b: string): boolean {
  return a[0] === b[0] && editDistance(a, b) <= Math.max(a.length, b.length) / 2;
}

function isFound(key: string, words: ReadonlySet<string>): boolean {
  if (words.has(key)) return true;
  if (key.length < 4) return false;
  for (const word of words) if (word.length >= 4 && commonPrefix(key, word) >= 4) return true;
  return false;
}

/** The folded words of a text between spaces, for finding a phrase: " heure d europe centrale ". */
function foldedPhrase(text: string): string {
  return ` ${tokenize(text)
    .map((t) => fold(t.text))
    .join(" ")} `;
}

interface Side {
  entities: readonly Entity[];
  words: ReadonlySet<string>;
  phrase: string;
  /** The groups of the table of equivalents the text has a form of, in its language. */
  groups: ReadonlySet<number>;
}

/** The table's forms in one language, indexed by word: which groups a text has a form of. */
interface FormIndex {
  /** The groups each one-word form belongs to. */
  byWord: ReadonlyMap<string, readonly number[]>;
  /** Forms of several words, between spaces (" heure normale de l est "), searched in a text's phrase. */
  phrases: readonly { group: number; phrase: string }[];
  /** Per group, the words a text may have for it: its forms, and each word of its phrases ("Europe" in "heure d'Europe centrale"). */
  words: readonly (readonly string[])[];
}

/** The groups a text has a form of: a word, or a phrase of several ("heure normale de l est"). */
function groupsIn(
  side: { words: ReadonlySet<string>; phrase: string },
  index: FormIndex,
): Set<number> {
  const groups = new Set<number>();
  for (const word of side.words)
    for (const group of index.byWord.get(word) ?? []) groups.add(group);
  for (const { group, phrase } of index.phrases)
    if (side.phrase.includes(phrase)) groups.add(group);
  return groups;
}

// Every unit is checked against the same table: its forms are indexed once per language.
const formIndexes = new Map<keyof EquivalentGroup, FormIndex>();

/** The table's forms in a language, or undefined for a language the table lacks. */
function formIndexOf(language: string): FormIndex | undefined {
  if (language !== "en" && language !== "fr" && language !== "es") return undefined;
  let index = formIndexes.get(language);
  if (!index) {
    const byWord = new Map<string, number[]>();
    const phrases: { group: number; phrase: string }[] = [];
    EQUIVALENTS.forEach((group, i) => {
      for (const form of group[language]) {
        if (form.includes(" ")) phrases.push({ group: i, phrase: ` ${form} ` });
        else byWord.set(form, [...(byWord.get(form) ?? []), i]);
      }
    });
    const words = EQUIVALENTS.map((group) => group[language].flatMap((form) => form.split(" ")));
    index = { byWord, phrases, words };
    formIndexes.set(language, index);
  }
  return index;
}

/** Forms each side may have because the other has their equivalent (table or glossary). */
function licensedForms(
  sourceSide: Side,
  targetSide: Side,
  context: EntityContext,
): { source: Set<string>; target: Set<string> } {
  const sourceWords = sourceSide.words;
  const targetWords = targetSide.words;
  const source = new Set<string>();
  const target = new Set<string>();
  const sourceForms = formIndexOf(context.sourceLanguage);
  const targetForms = formIndexOf(context.targetLanguage);
  if (sourceForms && targetForms) {
    for (const group of sourceSide.groups) targetForms.words[group]?.forEach((f) => source.add(f));
    for (const group of targetSide.groups) sourceForms.words[group]?.forEach((f) => target.add(f));
  }
  for (const { from, to } of foldedTerms(context.terms)) {
    if (from.every((w) => sourceWords.has(w))) to.forEach((w) => source.add(w));
    if (to.every((w) => targetWords.has(w))) from.forEach((w) => target.add(w));
  }
  // A place of the network: Pretoria in the source, Tshwane (its own name) in the target.
  const names = foldedNames(context.names ?? []);
  for (const group of namesIn(sourceWords, names))
    names.groups[group]?.forEach((w) => source.add(w));
  for (const group of namesIn(targetWords, names))
    names.groups[group]?.forEach((w) => target.add(w));
  return { source, target };
}

// A batch checks every unit against the same glossary and names: their words are folded once
// per list, not once per unit (the network's places are hundreds of names).
const termWords = new WeakMap<readonly CheckTerm[], { from: string[]; to: string[] }[]>();
const nameWords = new WeakMap<readonly (readonly string[])[], FoldedNames>();

/** The network's places, folded: each group's words, and its forms by their first word. */
interface FoldedNames {
  groups: readonly (readonly string[])[];
  byFirstWord: ReadonlyMap<string, readonly { group: number; words: readonly string[] }[]>;
}

function foldedTerms(terms: readonly CheckTerm[]): { from: string[]; to: string[] }[] {
  let out = termWords.get(terms);
  if (!out) {
    out = terms.map((term) => ({
      from: [...foldedWords(term.source)],
      to: [...foldedWords(term.target ?? term.source)],
    }));
    termWords.set(terms, out);
  }
  return out;
}

function foldedNames(names: readonly (readonly string[])[]): FoldedNames {
  let out = nameWords.get(names);
  if (!out) {
    const groups: string[][] = [];
    const byFirstWord = new Map<string, { group: number; words: string[] }[]>();
    names.forEach((group, index) => {
      const forms = group.map((form) => [...foldedWords(form)]);
      groups.push(forms.flat());
      for (const words of forms) {
        const first = words[0];
        if (first === undefined) continue;
        const known = byFirstWord.get(first);
        if (known) known.push({ group: index, words });
        else byFirstWord.set(first, [{ group: index, words }]);
      }
    });
    out = { groups, byFirstWord };
    nameWords.set(names, out);
  }
  return out;
}

/**
 * The groups of which a text has every word of some form: found from the
 * text's own words, not by trying each of the network's places on each unit.
 */
function namesIn(words: ReadonlySet<string>, names: FoldedNames): Set<number> {
  const found = new Set<number>();
  for (const word of words) {
    for (const { group, words: form } of names.byFirstWord.get(word) ?? []) {
      if (!found.has(group) && form.every((w) => words.has(w))) found.add(group);
    }
  }
  return found;
}

/** Joins entities written next to each other (only spaces or hyphens between) into one. */
function runs(entities: readonly Entity[], text: string): Entity[] {
  const out: Entity[] = [];
  for (const entity of entities) {
    const last = out.at(-1);
    if (last && /^[\s\u00A0-]*$/u.test(text.slice(last.end, entity.start))) {
      last.end = entity.end;
      last.isStrict ||= entity.isStrict;
      last.text = text.slice(last.start, last.end);
    } else out.push({ ...entity });
  }
  return out;
}

function missing(entity: Entity, isConfirmed: boolean): Finding {
  return {
    code: "entity-missing",
    severity: entity.isStrict || isConfirmed ? "error" : "warning",
    params: { entity: entity.text },
    span: null,
  };
}

function added(entity: Entity, isConfirmed: boolean): Finding {
  return {
    code: "entity-added",
    severity: entity.isStrict || isConfirmed ? "error" : "warning",
    params: { entity: entity.text },
    span: [entity.start, entity.end],
  };
}

/**
 * URLs and e-mail addresses with where they start. Addresses are found from
 * each "@" outwards with bounded parts, never by a pattern that tries every
 * start (which took quadratic time on a 100,000-letter word).
 */
function findLinks(text: string): { 0: string; index: number }[] {
  const found: { 0: string; index: number }[] = [...text.matchAll(URL)].map((m) => ({
    0: m[0],
    index: m.index,
  }));
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1] ?? "")) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    if (found.some((f) => start >= f.index && start < f.index + f[0].length)) continue;
    found.push({ 0: text.slice(start, at + 1 + domain[0].length), index: start });
  }
  return found.sort((a, b) => a.index - b.index);
}
