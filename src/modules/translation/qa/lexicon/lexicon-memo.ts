import type { LexWord, Reading } from "./analysis.js";
import type { Lexicon } from "./lexicon.js";

/**
 * Remembers what the dictionaries answered for one job (`translatePending`):
 * the checks of every target language analyse the same source sentences and
 * look the same source words up in the first hop's bilingual dictionary, and
 * a job may ask early (while the engine translates) for what depends on the
 * source alone. A dictionary reads each text and each reading on its own, so
 * an answer does not depend on what it was asked with. Answers still on their
 * way count. Lives only as long as the job, like the engine's `HopMemo`.
 */
export class LexiconMemo implements Lexicon {
  /** Answers by language, then by text. */
  private readonly analyses = new Map<string, Map<string, Answer<LexWord[]>>>();
  /** Answers by direction ("en>es"), then by reading (`readingKey`). */
  private readonly translations = new Map<string, Map<string, Answer<Reading[]>>>();

  constructor(private readonly lexicon: Lexicon) {}

  hasLanguage(language: string): Promise<boolean> {
    return this.lexicon.hasLanguage(language);
  }

  async analyse(language: string, texts: readonly string[]): Promise<LexWord[][] | undefined> {
    const memo = memoOf(this.analyses, language);
    const missing = [...new Set(texts.filter((t) => !memo.has(t)))];
    if (missing.length > 0) {
      const call = this.lexicon.analyse(language, missing);
      this.remember(memo, missing, call);
    }
    return answersOf(texts.map((t) => memo.get(t)));
  }

  async translate(
    from: string,
    to: string,
    readings: readonly Reading[],
  ): Promise<Reading[][] | undefined> {
    const memo = memoOf(this.translations, `${from}>${to}`);
    const keys = readings.map(readingKey);
    const unique = new Map<string, Reading>();
    readings.forEach((r, i) => {
      const k = keys[i]!;
      if (!memo.has(k) && !unique.has(k)) unique.set(k, r);
    });
    if (unique.size > 0) {
      const call = this.lexicon.translate(from, to, [...unique.values()]);
      this.remember(memo, [...unique.keys()], call);
    }
    return answersOf(keys.map((k) => memo.get(k)));
  }

  isListed(language: string, word: string): boolean {
    return this.lexicon.isListed(language, word);
  }

  spelled(language: string, words: readonly string[]): Promise<Set<string>> {
    return this.lexicon.spelled(language, words);
  }

  /** The lexicon belongs to the caller: closing the memo only forgets. */
  close(): Promise<void> {
    this.analyses.clear();
    this.translations.clear();
    return Promise.resolve();
  }

  /** Keeps each answer of a call under its key; a failed call is forgotten (whoever asks again asks the lexicon). */
  private remember<T>(
    memo: Map<string, Answer<T>>,
    keys: readonly string[],
    call: Promise<T[] | undefined>,
  ): void {
    keys.forEach((k, i) => memo.set(k, { call, index: i }));
    call.catch(() => {
      for (const k of keys) memo.delete(k);
    });
  }
}

/** The answers of one language or direction (made the first time it is asked). */
function memoOf<T>(memos: Map<string, Map<string, T>>, name: string): Map<string, T> {
  let memo = memos.get(name);
  if (!memo) {
    memo = new Map();
    memos.set(name, memo);
  }
  return memo;
}

/** One answer of a call to the lexicon: the call's answers (on their way or not) and which one. */
interface Answer<T> {
  call: Promise<T[] | undefined>;
  index: number;
}

/**
 * The answers to a question, in order; undefined when one is missing. Each
 * call is awaited once, however many of the answers it holds (a batch asks
 * thousands of readings of one or two calls, not a promise per reading).
 */
async function answersOf<T>(answers: readonly (Answer<T> | undefined)[]): Promise<T[] | undefined> {
  const calls = [...new Set(answers.map((a) => a?.call))];
  const settled = new Map<Promise<T[] | undefined> | undefined, T[] | undefined>();
  (await Promise.all(calls)).forEach((all, i) => settled.set(calls[i], all));
  const out: T[] = [];
  for (const answer of answers) {
    const value = answer && settled.get(answer.call)?.[answer.index];
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

// An analysis reads each distinct word once and its readings are never changed: each is
// written out once however many units and directions ask for its translation.
const readingKeys = new WeakMap<Reading, string>();

function readingKey(r: Reading): string {
  let key = readingKeys.get(r);
  if (key === undefined) {
    key = JSON.stringify([r.lemma, r.queue ?? "", r.tags, r.parts]);
    readingKeys.set(r, key);
  }
  return key;
}
