/**
 * Reads the quantities of a text for the number check: numbers written in
 * digits (which the other text must carry), and numbers, clock times and
 * durations written in words (which only excuse the other text's digits).
 *
 * A clock time or a duration is compared in minutes, written "t:<minutes>":
 * 2:30 p.m. = 14 h 30 = 14:30 = "las dos y media de la tarde" = t:870; noon =
 * midi = mediodía = t:720; two and a half hours = 2 h 30 = t:150; 90 minutes =
 * une heure et demie = t:90. A time without a.m./p.m. in English or in words
 * ("a quarter past nine", "las nueve y cuarto") may be either half of the day.
 */
import { NUMBER_WORDS, type NumberWords } from "./language-data.js";
import { fold, tokenize } from "./text.js";

/** A number written in digits: the keys it may match in the other text (any one) and where it is. */
export interface Quantity {
  keys: string[];
  /** What the finding shows: the value, or the time as written. */
  label: string;
  start: number;
  end: number;
}

const MINUTES_PER_DAY = 24 * 60;

/** Languages whose decimal mark is the comma (2,5): there "2,000" is two, not two thousand. */
const DECIMAL_COMMA = new Set(["fr", "es", "ca", "pt", "it", "de"]);

/**
 * Languages whose texts write 12-hour times with a.m./p.m. The network's French and Spanish
 * write 24-hour times (14 h 30, las 14:30): "2:30 p.m." left in their output reads as 2:30,
 * which the judges of the pipeline's output count as an error.
 */
const TWELVE_HOUR = new Set(["en"]);

/** Words that join the first hour of a range to a 12-hour time ("from 3 to 4:30 p.m."). */
const RANGE_JOINERS: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{N}.,:])(\d{1,2})(?:[:.](\d{2}))?\s*(?:to|and|until|till|-|–|—)\s*$/iu,
};

/** Units of time after a number in digits: hours and minutes. */
const HOUR_UNITS = /^\s*(?:hours?|hrs?|heures?|horas?)(?![\p{L}])/iu;
/** Characters read on each side of a number for its unit or "années" (a unit 40 spaces away is not its unit). */
const CONTEXT_CHARS = 40;
const MINUTE_UNITS = /^\s*(?:minutes?|mins?|minutos?)(?![\p{L}])/iu;

/**
 * The numbers of a text written in digits. Group separators and decimal
 * commas are normalised (1,000 = 1 000 = 1.000; 1.5 = 1,5); clock times and
 * durations also carry their minutes; decades ("the '90s", "années 90") also
 * carry their full year.
 */
export function digitQuantities(text: string, lang: string): Quantity[] {
  const out: Quantity[] = [];
  // The characters already read as part of a quantity: a later pattern's match is skipped when it
  // touches one. A map of characters, not a list of ranges, so a text of many numbers stays linear.
  const taken = new Uint8Array(text.length);
  const isFree = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i] === 1) return false;
    return true;
  };
  const add = (quantity: Quantity) => {
    out.push(quantity);
    taken.fill(1, quantity.start, quantity.end);
  };

  // 12-hour times: "2:30 p.m.", "7 pm"; a bare hour joined to one by "to" shares its half of
  // the day ("from 3 to 4:30 p.m.").
  if (TWELVE_HOUR.has(lang)) {
    for (const match of text.matchAll(
      /(?<![\p{N}.,:])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\.?(?![\p{L}\p{N}])/giu,
    )) {
      const hour = Number(match[1]);
      const minutes = Number(match[2] ?? 0);
      if (hour < 1 || hour > 12 || minutes > 59) continue;
      const isPm = match[3]?.toLowerCase() === "p";
      const start = match.index;
      const end = start + match[0].length;
      add(clock(match[0], start, end, hour, minutes, isPm ? "pm" : "am"));
      const joined = RANGE_JOINERS[lang]?.exec(text.slice(0, start));
      if (joined) {
        const first = Number(joined[1]);
        const firstMinutes = Number(joined[2] ?? 0);
        if (first >= 1 && first <= 12 && firstMinutes <= 59) {
          // "from 11 to 1 p.m." starts in the morning.
          const half = isPm && first % 12 > hour % 12 ? "am" : isPm ? "pm" : "am";
          const at = joined.index;
          const raw = joined[0].replace(/(?<!\s)\s*(?:to|and|until|till|-|–|—)\s*$/iu, "");
          if (isFree(at, at + raw.length))
            add(clock(raw, at, at + raw.length, first, firstMinutes, half));
        }
      }
    }
  }
  // 24-hour and French times: "14:30", "14 h 30", "18h", "19 h" (also a duration: 2 h 30 = 150 minutes).
  for (const match of text.matchAll(
    /(?<![\p{N}.,:])(\d{1,2})\s?(?::|h|H)\s?(\d{2})(?!\p{N})|(?<![\p{N}.,:])(\d{1,2})\s?h(?![\p{L}\p{N}])/gu,
  )) {
    const hour = Number(match[1] ?? match[3]);
    const minutes = Number(match[2] ?? 0);
    const start = match.index;
    const end = start + match[0].length;
    if (hour > 24 || minutes > 59 || !isFree(start, end)) continue;
    // An English time without a.m./p.m. may be either half of the day.
    add(clock(match[0], start, end, hour, minutes, lang === "en" ? "either" : "24h"));
  }
  // Spanish "a las 7 de la tarde", "las 8 de la mañana".
  if (lang === "es") {
    for (const match of text.matchAll(
      /(?<![\p{N}.,:])(\d{1,2})\s+de la (mañana|tarde|noche|madrugada)/giu,
    )) {
      const hour = Number(match[1]);
      const start = match.index;
      const digits = match[1] ?? "";
      const end = start + digits.length;
      if (hour > 12 || !isFree(start, end)) continue;
      add(clock(digits, start, end, hour, 0, halfOfDay(match[2] ?? "", hour)));
    }
  }
  // Digits with group separators (1,000 / 1 000 / 1.000) or decimals are one number.
  for (const match of text.matchAll(/\p{Nd}+(?:[.,\u00A0\u202F ]\p{Nd}+)*/gu)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    if (!isFree(start, end)) continue;
    const groups = raw.split(/[.,\u00A0\u202F ]/);
    // Where the comma is the decimal mark, a lone comma is one: "2,000" in French or
    // Spanish reads as 2 (the pipeline's English-style "2,000" misleads its readers).
    const separators = raw.match(/[.,\u00A0\u202F ]/g) ?? [];
    const isDecimalComma =
      DECIMAL_COMMA.has(lang) && separators.length === 1 && separators[0] === ",";
    const isGrouped = !isDecimalComma && groups.slice(1).every((g) => g.length === 3);
    const value = decimal(
      isGrouped ? groups.join("") : raw.replace(/[\u00A0\u202F ]/g, "").replace(",", "."),
    );
    const keys = [value];
    // A short window on each side: the words these tests look for are next to the number, and
    // reading the whole text before and after each number made a text of many numbers quadratic.
    const after = text.slice(end, end + CONTEXT_CHARS);
    const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
    if (/^\d+$/.test(value)) {
      const n = Number(value);
      // Durations: "48 hours" = "48 heures" = t:2880; "90 minutes" = "une heure et demie".
      if (HOUR_UNITS.test(after)) keys.push(`t:${n * 60}`);
      if (MINUTE_UNITS.test(after)) keys.push(`t:${n}`);
      // Decades: "the '90s", "los años 90", "années 90" are the 1990s.
      const isDecade =
        (/^['’]?s(?![\p{L}])/u.test(after) || /(?:années|años|los|['’])\s*$/iu.test(before)) &&
        n % 10 === 0 &&
        n < 100;
      if (isDecade) keys.push(...decadeYears(n));
    }
    add({ keys, label: isDecimalComma ? raw : value, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Numbers, clock times and durations written in words, as keys: "forty-two"
 * → 42, "quatre-vingt-dix" → 90, "duodécima" → 12, "V" → 5, "los años
 * noventa" → 1990, "las siete y media de la tarde" → t:1170, "midi" → t:720,
 * "an hour and a half" → t:90.
 */
export function wordQuantities(text: string, lang: string): Set<string> {
  const out = new Set<string>();
  const lexicon = NUMBER_WORDS[lang];
  const parts = partsOf(text);
  // Roman numerals (ordinals in titles: "el V Foro", "XXIe siècle", "Annex II"); of single
  // letters only V, X and (but in English) I: "L", "C", "Le", "Ce" are no numbers.
  for (const part of parts) {
    const match = /^([IVXLC]+)(?:e|er|re|ème|º|ª)?$/u.exec(part.raw);
    const numeral = match?.[1] ?? "";
    if (
      numeral.length === 1 &&
      !(numeral === "V" || numeral === "X" || (numeral === "I" && lang !== "en"))
    )
      continue;
    const value = romanValue(numeral);
    if (value !== undefined) out.add(String(value));
  }
  if (!lexicon) return out;
  const runs = new Map(numberRuns(parts, lexicon).map((run) => [run.first, run]));
  // A stream of the folded words with each number written out as "#<value>", for the phrases below.
  const stream: string[] = [];
  for (let i = 0; i < parts.length;) {
    const run = runs.get(i);
    if (run) {
      stream.push(`#${run.value}`);
      out.add(String(run.value));
      const before = parts[i - 1]?.word ?? "";
      if (
        run.isDecade ||
        (lexicon.decadeContext.has(before) && run.value % 10 === 0 && run.value < 100)
      )
        decadeYears(run.value).forEach((year) => out.add(year));
      i = run.last + 1;
    } else {
      stream.push(parts[i]?.word ?? "");
      i++;
    }
  }
  for (const minutes of timePhrases(` ${stream.join(" ")} `, lang)) out.add(`t:${minutes}`);
  return out;
}

interface Part {
  /** Folded (lower case, no accents). */
  word: string;
  /** As written. */
  raw: string;
}

interface Run {
  value: number;
  first: number;
  last: number;
  isDecade: boolean;
}

/** The words of a text, hyphenated words split (forty-two, quatre-vingt-dix, demi-heure). */
function partsOf(text: string): Part[] {
  return tokenize(text).flatMap((token) =>
    token.text.split(/[-‐]/).map((raw) => ({ word: fold(raw), raw })),
  );
}

/** Numbers written out: each a run of number words read as one value. */
function numberRuns(parts: readonly Part[], lexicon: NumberWords): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < parts.length) {
    const run = readRun(parts, i, lexicon);
    if (run) {
      runs.push(run);
      i = run.last + 1;
    } else i++;
  }
  return runs;
}

function readRun(parts: readonly Part[], from: number, lexicon: NumberWords): Run | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  let i = from;
  let isDecade = false;
  const isMultiplier = (word: string) => lexicon.multipliers[word] !== undefined;
  while (i < parts.length) {
    const word = parts[i]?.word ?? "";
    const next = parts[i + 1]?.word ?? "";
    const sum = total + current;
    if (last >= 0 && word === lexicon.joiner) {
      // "vingt et un", "treinta y cinco", "two hundred and fifty": after a round number only.
      const value = lexicon.values[next] ?? ordinalOf(next, lexicon, "value");
      if (value !== undefined && sum >= 20 && sum % 10 === 0 && canAdd(current, value)) {
        i++;
        continue;
      }
      break;
    }
    if (last < 0 && lexicon.articles.has(word) && isMultiplier(next)) {
      current = 1;
      last = i++;
      continue;
    }
    const multiplier = lexicon.multipliers[word] ?? ordinalOf(word, lexicon, "multiplier");
    if (multiplier !== undefined) {
      if (multiplier < 1000) current = (current || 1) * multiplier;
      else {
        total += (current || 1) * multiplier;
        current = 0;
      }
      last = i++;
      if (lexicon.multipliers[word] === undefined) break; // an ordinal ends the number
      continue;
    }
    const decade = lexicon.decades[word];
    const value = lexicon.values[word] ?? decade ?? ordinalOf(word, lexicon, "value");
    if (value === undefined) break;
    // "quatre-vingt(s)" is 4 × 20.
    if (value === 20 && current % 10 === 4 && parts[i - 1]?.word === "quatre") current += 76;
    else if (!canAdd(current, value)) break;
    else current += value;
    isDecade ||= decade !== undefined;
    last = i++;
    if (lexicon.values[word] === undefined && decade === undefined) break; // an ordinal ends the number
  }
  if (last < 0) return undefined;
  return { value: total + current, first: from, last, isDecade };
}

/** Whether a word's value continues the number so far: 20 + 5, 100 + 20, 60 + 10 (soixante-dix); not 7 + 30. */
function canAdd(current: number, value: number): boolean {
  if (current === 0) return true;
  const rest = current % 100;
  if (rest === 0) return value < 100;
  if (rest === 60 || rest === 80) return value < 20;
  return rest % 10 === 0 && value < 10;
}

/** Ordinal values already read, per language's words (most words are none); emptied when full. */
const ordinals = new WeakMap<NumberWords, Map<string, number | undefined>>();
const ORDINALS_KEPT = 50_000;

/** The value of an ordinal word: "twelfth", "douzième", "duodécima". */
function ordinalOf(
  word: string,
  lexicon: NumberWords,
  kind: "value" | "multiplier",
): number | undefined {
  let known = ordinals.get(lexicon);
  if (!known) {
    known = new Map();
    ordinals.set(lexicon, known);
  }
  const key = `${kind === "value" ? "v" : "m"}${word}`;
  if (known.has(key)) return known.get(key);
  const value = readOrdinal(word, lexicon, kind);
  if (known.size >= ORDINALS_KEPT) known.clear();
  if (word.length <= 64) known.set(key, value);
  return value;
}

function readOrdinal(
  word: string,
  lexicon: NumberWords,
  kind: "value" | "multiplier",
): number | undefined {
  const table = kind === "value" ? lexicon.values : lexicon.multipliers;
  const direct = lexicon.ordinals[word] ?? lexicon.ordinals[word.replace(/(?:as|os|a)$/, "o")];
  if (direct !== undefined) return kind === "value" ? direct : undefined;
  const suffix = lexicon.ordinalSuffix;
  if (!suffix || !word.endsWith(suffix)) return undefined;
  const stem = word.slice(0, -suffix.length);
  // douzième → douze, cinquième → cinq, neuvième → neuf, unième → un.
  for (const candidate of [stem, `${stem}e`, stem.replace(/qu$/, "q"), stem.replace(/v$/, "f")]) {
    if (table[candidate] !== undefined) return table[candidate];
  }
  return undefined;
}

/** A number's canonical digits: no leading zeros, no trailing decimal zeros (2.50 = 2,5; 2,000 in French = 2). */
function decimal(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  return trimmed.includes(".") ? trimmed.replace(/\.0+$|(?<![0.])0+$/, "") : trimmed;
}

/** A decade's years: 90 → 1990; 20 → 1920 and 2020. */
function decadeYears(n: number): string[] {
  return n <= 30 ? [String(1900 + n), String(2000 + n)] : [String(1900 + n)];
}

function romanValue(numeral: string): number | undefined {
  if (!/^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral)) return undefined;
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const here = digits[numeral[i] ?? ""] ?? 0;
    const next = digits[numeral[i + 1] ?? ""] ?? 0;
    value += here < next ? -here : here;
  }
  return value > 0 ? value : undefined;
}

type Half = "am" | "pm" | "either" | "24h";

/** A clock time in digits and its keys: minutes of the day (either half when unsaid), and the hour alone when on the hour. */
function clock(
  label: string,
  start: number,
  end: number,
  hour: number,
  minutes: number,
  half: Half,
): Quantity {
  const keys = clockMinutes(hour, minutes, half).map((m) => `t:${m}`);
  if (minutes === 0) {
    for (const m of clockMinutes(hour, 0, half)) if (m > 0) keys.push(String(m / 60));
    if (half === "24h" || half === "either") keys.push(String(hour));
  }
  return { keys: [...new Set(keys)], label: label.trim(), start, end };
}

function clockMinutes(hour: number, minutes: number, half: Half): number[] {
  const of = (h: number) =>
    (((h * 60 + minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (half === "am") return [of(hour % 12)];
  if (half === "pm") return [of((hour % 12) + 12)];
  if (half === "either" && hour <= 12) return [of(hour % 12), of((hour % 12) + 12)];
  return [of(hour)];
}

function halfOfDay(marker: string, hour: number): Half {
  const m = fold(marker);
  if (/manana|matin|morning|madrugada/.test(m)) return "am";
  if (/noche|nuit|night/.test(m)) return hour >= 6 && hour < 12 ? "pm" : "am";
  if (/tarde|soir|apres midi|afternoon|evening/.test(m)) return "pm";
  return "either";
}

const wholeWordPatterns = new Map<string, RegExp>();

/** A pattern of the stream matching whole words only (global: `matchAll` reads from the start), built once. */
function wholeWords(pattern: RegExp): RegExp {
  let whole = wholeWordPatterns.get(pattern.source);
  if (!whole) {
    whole = new RegExp(`(?<= )(?:${pattern.source})(?= )`, "g");
    wholeWordPatterns.set(pattern.source, whole);
  }
  return whole;
}

/** Clock times and durations written in words, in minutes, on the "#<value>" stream of a text. */
function timePhrases(stream: string, lang: string): number[] {
  const out: number[] = [];
  const at = (hour: number, minutes: number, marker: string) =>
    out.push(...clockMinutes(hour, minutes, halfOfDay(marker, hour)));
  const duration = (minutes: number) => out.push(minutes);
  const fraction = (word: string | undefined) =>
    word === undefined
      ? 0
      : /^(?:half|demie?|media)$/.test(word)
        ? 30
        : /^(?:quarter|quart|cuarto|#4)$/.test(word)
          ? 15
          : Number(word.replace("#", "")) || 0;
  // Each pattern matches whole words of the stream (words are separated by single spaces).
  const all = (pattern: RegExp) => [...stream.matchAll(wholeWords(pattern))];
  if (lang === "en") {
    for (const _ of all(/(?:noon|midday)/)) at(12, 0, "afternoon");
    for (const _ of all(/midnight/)) at(0, 0, "morning");
    for (const m of all(/(?:a )?(quarter|half) (past|after|to) #(\d+)(?: (?:o clock|(a|p) m))?/)) {
      const hour = Number(m[3]);
      const minutes = fraction(m[1]);
      const marker = m[4] === "p" ? "evening" : m[4] === "a" ? "morning" : "";
      if (m[2] === "to") at((hour + 23) % 24, 60 - minutes, marker);
      else at(hour, minutes, marker);
    }
    for (const m of all(
      /#(\d+)(?: #(\d+))? (?:o clock|(a|p) m|in the (morning|afternoon|evening)|at night)/,
    )) {
      const marker = m[3] === "p" ? "evening" : m[3] === "a" ? "morning" : (m[4] ?? "");
      if (Number(m[1]) <= 12) at(Number(m[1]), Number(m[2] ?? 0), marker);
    }
    for (const m of all(
      /(an?|#\d+)(?: and a (half|quarter))? hours?(?: and a (half|quarter)| and #(\d+) minutes?)?/,
    )) {
      const hours = m[1]?.startsWith("#") ? Number(m[1].slice(1)) : 1;
      duration(hours * 60 + fraction(m[2]) + fraction(m[3]) + Number(m[4] ?? 0));
    }
    for (const _ of all(/half an hour/)) duration(30);
    for (const _ of all(/(?:a )?quarter (?:of an )?hour/)) duration(15);
    for (const m of all(/#(\d+) (?:minutes?|mins?)/)) duration(Number(m[1]));
  }
  if (lang === "fr") {
    for (const _ of all(/midi/)) at(12, 0, "afternoon");
    for (const _ of all(/minuit/)) at(0, 0, "morning");
    for (const m of all(
      /#(\d+) heures?(?: et (demie?|quart)| (moins) (?:le )?quart| #(\d+)(?: minutes?)?)?(?: (du matin|du soir|de l apres midi|de la nuit))?/,
    )) {
      const hours = Number(m[1]);
      const minutes = m[3] ? -15 : fraction(m[2]) + Number(m[4] ?? 0);
      duration(hours * 60 + minutes);
      if (hours <= 24) at(hours, minutes, m[5] ?? "");
    }
    for (const _ of all(/(?:#1 )?demi heure/)) duration(30);
    for (const m of all(/#(\d+) quarts? d heure/)) duration(15 * Number(m[1]));
    for (const m of all(/#(\d+) minutes?/)) duration(Number(m[1]));
  }
  if (lang === "es") {
    for (const _ of all(/mediodia/)) at(12, 0, "afternoon");
    for (const _ of all(/medianoche/)) at(0, 0, "morning");
    for (const m of all(
      /(?:la|las) #(\d+)(?: y (media|cuarto|#4)| (menos) (?:cuarto|#4)| y #(\d+))?(?: (?:en punto )?(de la manana|de la tarde|de la noche|de la madrugada))?/,
    )) {
      const hours = Number(m[1]);
      const minutes = m[3] ? -15 : fraction(m[2]) + Number(m[4] ?? 0);
      if (hours <= 24) at(hours, minutes, m[5] ?? "");
    }
    for (const m of all(/#(\d+) horas?(?: y (media|cuarto|#4))?/))
      duration(Number(m[1]) * 60 + fraction(m[2]));
    for (const _ of all(/media hora/)) duration(30);
    for (const m of all(/#(\d+) (?:cuartos?|#4) de hora/)) duration(15 * Number(m[1]));
    for (const m of all(/#(\d+) minutos?/)) duration(Number(m[1]));
  }
  return out;
}
