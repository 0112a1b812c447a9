/**
 * The dictionaries Apertium installs with its pairs, asked as a lexicon: each
 * language's morphological analyser (which words a language has, and their
 * lemmas) and each pair's bilingual dictionary (what a lemma may translate
 * to). One warm `lt-proc -z` per dictionary; texts are sent in batches.
 * Debian's word lists (/usr/share/dict) add the forms the analysers lack.
 */
import { readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ApertiumPipeline, areApertiumProcessesKeptWarm } from "../../engines/apertium-pipeline.js";
import { HUNSPELL_DICTIONARIES, HunspellSpeller } from "./hunspell.js";
import { parseModeStages } from "../../engines/apertium-mode.js";
import { pairKey, parseModeName } from "../../engines/engine.js";
import {
  type LexWord,
  type Reading,
  decodeTexts,
  encodeTexts,
  escapeForAnalyser,
} from "./analysis.js";

/** What the language checks ask of dictionaries; `ApertiumLexicon` is the real one. */
export interface Lexicon {
  /** Whether an analyser of the language exists. */
  hasLanguage(language: string): Promise<boolean>;
  /** Each text's words as the language's analyser reads them; undefined when there is no analyser. */
  analyse(language: string, texts: readonly string[]): Promise<LexWord[][] | undefined>;
  /** Each reading's translations by the pair's bilingual dictionary (readings of the other language); undefined when none. */
  translate(
    from: string,
    to: string,
    readings: readonly Reading[],
  ): Promise<Reading[][] | undefined>;
  /** Whether the language's word list has the word (lower case). */
  isListed(language: string, word: string): boolean;
  /** The words a spelling dictionary of the language accepts (Hunspell); empty when there is none. */
  spelled(language: string, words: readonly string[]): Promise<Set<string>>;
  close(): Promise<void>;
}

/** Where the dictionaries are. */
export interface ApertiumLexiconOptions {
  modesDir?: string;
  /** Debian's word lists by language (default: /usr/share/dict/french, spanish, american-english if present). */
  wordLists?: Readonly<Record<string, string>>;
  /** Hunspell dictionaries by language (default: Debian's hunspell-fr, hunspell-es, hunspell-en-us). */
  hunspell?: Readonly<Record<string, string>>;
  timeoutMs?: number;
}

const DEFAULT_HUNSPELL: Readonly<Record<string, string>> = {
  fr: "/usr/share/hunspell/fr_FR.dic",
  es: "/usr/share/hunspell/es_ES.dic",
  en: "/usr/share/hunspell/en_US.dic",
};

const DEFAULT_WORD_LISTS: Readonly<Record<string, string>> = {
  fr: "/usr/share/dict/french",
  es: "/usr/share/dict/spanish",
  en: "/usr/share/dict/american-english",
  ca: "/usr/share/dict/catalan",
};

/** Texts per message to a dictionary process. */
const BATCH_TEXTS = 200;

/** The local Apertium dictionaries behind warm processes. */
export class ApertiumLexicon implements Lexicon {
  private readonly modesDir: string;
  private readonly timeoutMs: number;
  private readonly wordListPaths: Readonly<Record<string, string>>;
  private files:
    Promise<{ analysers: Map<string, string[]>; bidixes: Map<string, string> }> | undefined;
  /** The shared processes this lexicon used (closed when their last user closes). */
  private readonly used = new Set<string>();
  private readonly hunspellPaths: Readonly<Record<string, string>>;
  private readonly wordLists = new Map<string, ReadonlySet<string>>();

  constructor(options: ApertiumLexiconOptions = {}) {
    this.modesDir = options.modesDir ?? "/usr/share/apertium/modes";
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.wordListPaths = options.wordLists ?? DEFAULT_WORD_LISTS;
    this.hunspellPaths = options.hunspell ?? DEFAULT_HUNSPELL;
  }

  async hasLanguage(language: string): Promise<boolean> {
    return (await this.findFiles()).analysers.has(language);
  }

  async analyse(language: string, texts: readonly string[]): Promise<LexWord[][] | undefined> {
    const files = (await this.findFiles()).analysers.get(language);
    const [file, ...others] = files ?? [];
    if (!file) return undefined;
    // Pairs ship different dictionaries of one language (apertium-es, apertium-spa): the first
    // one's words, and for a word it does not know, what another one says. Another one is asked
    // only for the texts where the first left a word unknown: its words are used nowhere else.
    const first = await this.analyseWith(file, texts);
    let doubtful = first.flatMap((words, i) =>
      words.some((w) => w.readings.length === 0) ? [i] : [],
    );
    for (const other of others) {
      if (doubtful.length === 0) break;
      const answers = await this.analyseWith(
        other,
        doubtful.map((i) => texts[i] ?? ""),
      );
      doubtful = doubtful.filter((i, k) => {
        const extra = new Map<string, LexWord>();
        for (const word of answers[k] ?? [])
          if (word.readings.length > 0 && !extra.has(word.surface)) extra.set(word.surface, word);
        const words = (first[i] ?? []).map((word) =>
          word.readings.length > 0 ? word : (extra.get(word.surface) ?? word),
        );
        first[i] = words;
        return words.some((w) => w.readings.length === 0);
      });
    }
    return first;
  }

  private async analyseWith(file: string, texts: readonly string[]): Promise<LexWord[][]> {
    const out: LexWord[][] = [];
    for (let start = 0; start < texts.length; start += BATCH_TEXTS) {
      const batch = texts.slice(start, start + BATCH_TEXTS);
      const answer = await this.run(file, ["-z", "-w", file], encodeTexts(batch));
      out.push(...decodeTexts(answer, batch.length));
    }
    return out;
  }

  async translate(
    from: string,
    to: string,
    readings: readonly Reading[],
  ): Promise<Reading[][] | undefined> {
    const file = (await this.findFiles()).bidixes.get(pairKey(from, to));
    if (!file) return undefined;
    const out: Reading[][] = [];
    for (let start = 0; start < readings.length; start += BATCH_TEXTS * 5) {
      const batch = readings.slice(start, start + BATCH_TEXTS * 5);
      const message = batch
        .map((r, i) => {
          const head = r.queue ? r.lemma.slice(0, r.lemma.length - r.queue.length) : r.lemma;
          const tags = r.tags.map((t) => `<${t}>`).join("");
          const queue = r.queue ? `#${escapeForAnalyser(r.queue)}` : "";
          // After pretransfer (as the bidix expects) a split multiword's queue comes before the tags.
          return `^${escapeForAnalyser(head)}${queue}${tags}$ [civ:t:${i}]\n`;
        })
        .join("");
      const answer = await this.run(file, ["-z", "-b", file], message);
      for (const words of decodeTexts(answer, batch.length)) {
        out.push(
          words.flatMap((w) =>
            // "@word": the dictionary has no translation; "#": it cannot generate one.
            w.readings
              .filter((r) => r.lemma !== "" && !/^[@#]/.test(r.lemma))
              .map((r) => toReading(r)),
          ),
        );
      }
    }
    return out;
  }

  isListed(language: string, word: string): boolean {
    return this.wordList(language).has(word.toLowerCase());
  }

  /** The language's word list, found once per lexicon (the checks ask for every unknown word). */
  private wordList(language: string): ReadonlySet<string> {
    const known = this.wordLists.get(language);
    if (known) return known;
    const listKey = `${this.wordListPaths[language] ?? ""}|${this.hunspellPaths[language] ?? ""}`;
    let list = SHARED_WORD_LISTS.get(listKey);
    if (!list) {
      const path = this.wordListPaths[language];
      const words = readLines(path);
      const stems = this.hunspellPaths[language];
      if (stems) {
        try {
          // A Hunspell dictionary's stems ("intercultural/S"): the base forms, without affixes.
          words.push(
            ...readFileSync(stems, "utf8")
              .split("\n")
              .map((l) => l.split("/")[0] ?? ""),
          );
        } catch {
          // No Hunspell dictionary: the word list alone.
        }
      }
      list = new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean));
      SHARED_WORD_LISTS.set(listKey, list);
    }
    this.wordLists.set(language, list);
    return list;
  }

  spelled(language: string, words: readonly string[]): Promise<Set<string>> {
    const dictionary = HUNSPELL_DICTIONARIES[language];
    if (!dictionary) return Promise.resolve(new Set<string>());
    const key = `hunspell:${dictionary}`;
    let shared = SHARED_PROCESSES.get(key);
    if (!shared) {
      const speller = new HunspellSpeller(dictionary);
      shared = { close: () => Promise.resolve(speller.close()), users: new Set(), speller };
      SHARED_PROCESSES.set(key, shared);
    }
    shared.users.add(this);
    this.used.add(key);
    return shared.speller?.known(words) ?? Promise.resolve(new Set<string>());
  }

  async close(): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const key of this.used) {
      const shared = SHARED_PROCESSES.get(key);
      shared?.users.delete(this);
      if (shared && shared.users.size === 0 && !areApertiumProcessesKeptWarm()) {
        SHARED_PROCESSES.delete(key);
        closing.push(shared.close());
      }
    }
    this.used.clear();
    await Promise.all(closing);
  }

  private async run(file: string, args: string[], message: string): Promise<string> {
    const key = `lt-proc:${args.join(" ")}`;
    let shared = SHARED_PROCESSES.get(key);
    if (!shared?.lane || !shared.lane.pipeline.isAlive) {
      const lane: Lane = {
        pipeline: new ApertiumPipeline([{ command: "lt-proc", args }], file),
        queue: Promise.resolve(),
      };
      shared = { close: () => lane.pipeline.close(), users: shared?.users ?? new Set(), lane };
      SHARED_PROCESSES.set(key, shared);
    }
    shared.users.add(this);
    this.used.add(key);
    const current = shared.lane;
    if (!current) throw new Error(`no process for ${file}`);
    const result = current.queue.then(() => current.pipeline.run(message, this.timeoutMs));
    current.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private findFiles(): Promise<{ analysers: Map<string, string[]>; bidixes: Map<string, string> }> {
    this.files ??= (async () => {
      const analysers = new Map<string, string[]>();
      const bidixes = new Map<string, string>();
      const names = (await readdir(this.modesDir).catch(() => [] as string[])).sort();
      for (const name of names) {
        const pair = name.endsWith(".mode") ? parseModeName(name.slice(0, -5)) : undefined;
        if (!pair) continue;
        const text = await readFile(join(this.modesDir, name), "utf8").catch(() => "");
        for (const stage of parseModeStages(text)) {
          if (!stage.command.endsWith("lt-proc")) continue;
          const file = stage.args.find((a) => a.endsWith(".automorf.bin"));
          const known = analysers.get(pair.from) ?? [];
          if (file && !known.includes(file)) analysers.set(pair.from, [...known, file]);
          const bidix =
            stage.args.includes("-b") && stage.args.find((a) => a.endsWith(".autobil.bin"));
          if (bidix && !bidixes.has(pairKey(pair.from, pair.to)))
            bidixes.set(pairKey(pair.from, pair.to), bidix);
        }
      }
      return { analysers, bidixes };
    })();
    return this.files;
  }
}

/** A file's lines, or none when it is missing (a machine without that word list). */
function readLines(path: string | undefined): string[] {
  if (!path) return [];
  try {
    return readFileSync(path, "utf8").split("\n");
  } catch {
    return [];
  }
}

/** A bidix answer "tener# lugar<vblex><inf>" comes back split at "#": joined again, tags in place. */
function toReading(raw: Reading): Reading {
  if (!raw.queue) return raw;
  const tags = [...raw.queue.matchAll(/<([^>]*)>/g)].map((m) => m[1] ?? "");
  const queue = raw.queue.replace(/<[^>]*>/g, "");
  const lemma = raw.lemma.replace(/<[^>]*>/g, "");
  return { lemma, queue, tags: raw.tags.length > 0 ? raw.tags : tags, parts: [{ lemma, tags }] };
}

/**
 * Warm dictionary processes, one per dictionary for the whole process however
 * many lexicons use it (every runtime, test and CLI command shares them); a
 * process stops when the last lexicon that used it closes (unless they are
 * kept warm: keepApertiumProcessesWarm).
 */
const SHARED_PROCESSES = new Map<
  string,
  {
    close(): Promise<void>;
    users: Set<ApertiumLexicon>;
    lane?: Lane;
    speller?: HunspellSpeller;
  }
>();

/** Word lists read once per process (they are read-only). */
const SHARED_WORD_LISTS = new Map<string, ReadonlySet<string>>();

interface Lane {
  pipeline: ApertiumPipeline;
  queue: Promise<void>;
}

/** A lexicon that knows no language: the checks as they were before the dictionaries (the benches' baseline). */
export const NO_DICTIONARIES: Lexicon = {
  hasLanguage: () => Promise.resolve(false),
  analyse: () => Promise.resolve(undefined),
  translate: () => Promise.resolve(undefined),
  isListed: () => false,
  spelled: () => Promise.resolve(new Set<string>()),
  close: () => Promise.resolve(),
};
