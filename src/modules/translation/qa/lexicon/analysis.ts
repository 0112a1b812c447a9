/**
 * Apertium's analysis stream (`lt-proc -w`) as words: `^surface/lemma<tags>/…$`
 * becomes a word with its readings; texts travel in one message, each closed by
 * a superblank naming it.
 */

/** One analysis of a word: a lemma and its tags ("perspective", ["n", "f", "pl"]); joined forms (des = de+le) keep every part. */
export interface Reading {
  lemma: string;
  /** The lemma's part after the tags in a split multiword ("take<vblex># place": " place"). */
  queue?: string;
  tags: readonly string[];
  parts: readonly { lemma: string; tags: readonly string[] }[];
}

/** A word (or a multiword the dictionary knows, "Assemblée générale") as the analyser read it. */
export interface LexWord {
  surface: string;
  /** Empty when the analyser does not know the word. */
  readings: readonly Reading[];
}

const RESERVED = /[\\[\]{}^$/@<>*#+~]/g;

/** Escapes a text for lt-proc's input (its reserved characters, and NUL). */
export function escapeForAnalyser(text: string): string {
  return text.replace(/\0/g, " ").replace(RESERVED, (c) => `\\${c}`);
}

/** Builds one message of several texts, each followed by `[civ:t:N]`. */
export function encodeTexts(texts: readonly string[]): string {
  return texts.map((text, i) => `${escapeForAnalyser(text)} [civ:t:${i}]\n`).join("");
}

/**
 * Reads lt-proc's answer to `encodeTexts(texts)`: the words of each text, in
 * order. Throws when a text marker is missing (a broken stream).
 */
export function decodeTexts(output: string, count: number): LexWord[][] {
  const out: LexWord[][] = [];
  let current: LexWord[] = [];
  let i = 0;
  while (i < output.length) {
    const char = output[i];
    if (char === "\\") {
      i += 2;
    } else if (char === "[") {
      const close = findUnescaped(output, i + 1, "]");
      const blank = output.slice(i + 1, close);
      const marker = /^civ:t:(\d+)$/.exec(blank);
      if (marker) {
        if (Number(marker[1]) !== out.length) throw new Error(`analysis out of step at ${blank}`);
        out.push(current);
        current = [];
      }
      i = close + 1;
    } else if (char === "^") {
      const close = findUnescaped(output, i + 1, "$");
      current.push(wordOf(output.slice(i + 1, close)));
      i = close + 1;
    } else {
      i++;
    }
  }
  if (out.length !== count) throw new Error(`analysis ended after ${out.length} of ${count} texts`);
  return out;
}

/**
 * Words read so far, by their analysis (`surface/lemma<tags>/…`): every message
 * repeats "the" and "de", and a job's languages and dictionaries are asked about
 * the same sentences and words. Shared by every message, so never changed once
 * read (the checks and lexicons only read words); emptied when full.
 */
const readWords = new Map<string, LexWord>();
const READ_WORDS = 20_000;

function wordOf(body: string): LexWord {
  let word = readWords.get(body);
  if (!word) {
    word = readUnit(body);
    if (readWords.size >= READ_WORDS) readWords.clear();
    readWords.set(body, word);
  }
  return word;
}

/** `take<vblex><inf># place` → lemma "take place"; `de<pr>+le<det>` → two parts. */
export function parseReading(raw: string): Reading {
  const [head = "", queue = ""] = splitUnescaped(raw, "#");
  const parts = splitUnescaped(head, "+").map((part) => {
    const at = part.indexOf("<");
    const lemma = unescape(at < 0 ? part : part.slice(0, at));
    const tags = at < 0 ? [] : readTags(part.slice(at));
    return { lemma, tags };
  });
  const first = parts[0] ?? { lemma: "", tags: [] };
  if (!queue) return { lemma: first.lemma, tags: first.tags, parts };
  const lemma = `${first.lemma}${unescape(queue)}`;
  return {
    lemma,
    queue: unescape(queue),
    tags: first.tags,
    parts: [{ ...first, lemma }, ...parts.slice(1)],
  };
}

function readUnit(body: string): LexWord {
  const [surface = "", ...analyses] = splitUnescaped(body, "/");
  const readings = analyses
    .filter((a) => !a.startsWith("*") && a !== "")
    .map((analysis) => parseReading(analysis));
  return { surface: unescape(surface), readings };
}

/** `<n><f><pl>` → ["n", "f", "pl"]: every `<…>` in the text. */
function readTags(text: string): string[] {
  // Tags written back to back (all of them, in practice) split without a pattern.
  if (text.endsWith(">")) {
    const tags = text.slice(1, -1).split("><");
    if (tags.every((tag) => !tag.includes("<") && !tag.includes(">"))) return tags;
  }
  return [...text.matchAll(/<([^>]*)>/g)].map((m) => m[1] ?? "");
}

function findUnescaped(text: string, from: number, closer: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === closer) return i;
  }
  return text.length;
}

function splitUnescaped(text: string, separator: string): string[] {
  if (!text.includes("\\")) return text.split(separator);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === separator) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function unescape(text: string): string {
  return text.includes("\\") ? text.replace(/\\(.)/g, "$1") : text;
}
