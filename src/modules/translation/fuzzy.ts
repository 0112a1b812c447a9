import type { Db } from "../../database.js";
import {
  findUnits,
  listFuzzyCandidates,
  saveFuzzyMatches,
  type StoredSegment,
} from "./memory.repository.js";
import { plainText } from "./segments/index.js";
import { editDistance } from "./edit-distance.js";

/** Similarity at or above which a unit of the memory is offered to reviewers for a new segment. */
export const FUZZY_THRESHOLD = 0.75;
const MAX_CANDIDATES = 1000;
const MATCHES_KEPT = 3;

/**
 * Word-level similarity of two texts, 1 − edit distance / longer length
 * (case-insensitive, punctuation kept as words): 1 for equal texts.
 */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - editDistance(x, y) / longest;
}

/** Candidates read at once for a batch of segments (the per-segment queries are the fallback beyond). */
const BATCH_CANDIDATES = 20_000;

/**
 * Finds and stores, for new units, the most similar units of the memory (≥ 75 %):
 * for each segment, among the `MAX_CANDIDATES` newest units of a similar length.
 * One query reads the candidates of the whole batch and each candidate is split
 * into words once (not once per segment); a segment whose share of a truncated
 * read may miss some of its candidates asks for its own, as each used to.
 */
export async function findFuzzyMatchesFor(
  db: Db,
  input: { sourceLanguage: string; targetLanguage: string; segments: readonly StoredSegment[] },
): Promise<void> {
  if (input.segments.length === 0) return;
  const units = await findUnits(
    db,
    input.segments.map((s) => s.hash),
    input.targetLanguage,
  );
  const wanted = input.segments.flatMap((segment) => {
    const unit = units.get(segment.hash);
    return unit
      ? [
          {
            segment,
            unit,
            minLength: Math.floor(segment.text.length * 0.7),
            maxLength: Math.ceil(segment.text.length * 1.3),
          },
        ]
      : [];
  });
  if (wanted.length === 0) return;
  const candidatesOf = (range: {
    minLength: number;
    maxLength: number;
    limit: number;
    excludeHashes: string[];
  }) =>
    listFuzzyCandidates(db, {
      sourceLanguage: input.sourceLanguage,
      targetLanguage: input.targetLanguage,
      ...range,
    }).then((rows) => rows.map((row) => ({ ...row, length: codePoints(row.sourceText) })));
  // Newest first, as the database's length() counts (characters, not UTF-16 units).
  const read = await candidatesOf({
    minLength: Math.min(...wanted.map((w) => w.minLength)),
    maxLength: Math.max(...wanted.map((w) => w.maxLength)),
    limit: BATCH_CANDIDATES,
    excludeHashes: [],
  });
  const truncated = read.length >= BATCH_CANDIDATES;
  // Each text's words as numbers, sorted (its bag of words): two bags' shared words are a merge.
  const vocabulary = new Map<string, number>();
  const bagOf = (list: readonly string[]) => {
    const bag = new Int32Array(list.length);
    list.forEach((word, i) => {
      let id = vocabulary.get(word);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(word, id);
      }
      bag[i] = id;
    });
    return bag.sort();
  };
  const wordsOf = new Map<number, { list: string[]; bag: Int32Array | undefined }>();
  const matches: { unitId: number; matchUnitId: number; similarity: number }[] = [];
  for (const { segment, unit, minLength, maxLength } of wanted) {
    const inRange = (c: { sourceHash: string; length: number }) =>
      c.length >= minLength && c.length <= maxLength && c.sourceHash !== segment.hash;
    let candidates = firstOf(read, inRange, MAX_CANDIDATES);
    if (truncated && candidates.length < MAX_CANDIDATES) {
      // The batch's read stopped before this segment's oldest candidates: its own query.
      candidates = firstOf(
        await candidatesOf({
          minLength,
          maxLength,
          limit: MAX_CANDIDATES,
          excludeHashes: [segment.hash],
        }),
        inRange,
        MAX_CANDIDATES,
      );
    }
    const mine = words(plainText(segment.text));
    const myBag = bagOf(mine);
    const scored: { id: number; score: number }[] = [];
    for (const c of candidates) {
      let known = wordsOf.get(c.id);
      if (!known) {
        known = { list: words(plainText(c.sourceText)), bag: undefined };
        wordsOf.set(c.id, known);
      }
      const theirs = known.list;
      const longest = Math.max(mine.length, theirs.length, 1);
      // Shared words (at most the shorter text's) bound the similarity from above: most candidates stop here.
      if (
        Math.min(mine.length, theirs.length) / longest < FUZZY_THRESHOLD ||
        sharedCount(myBag, (known.bag ??= bagOf(theirs))) / longest < FUZZY_THRESHOLD
      ) {
        continue;
      }
      const score = 1 - editDistance(mine, theirs) / Math.max(mine.length, theirs.length);
      if (score >= FUZZY_THRESHOLD) scored.push({ id: c.id, score });
    }
    scored.sort((a, b) => b.score - a.score);
    for (const c of scored.slice(0, MATCHES_KEPT)) {
      matches.push({ unitId: unit.id, matchUnitId: c.id, similarity: round(c.score) });
    }
  }
  await saveFuzzyMatches(db, matches);
}

/**
 * Characters as the database's length() counts them (code points; a lone surrogate is one),
 * as `[...text].length` does without an array of every character of every candidate.
 */
export function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Words two texts share, each as often as both have it (from their sorted bags of word numbers). */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The first `limit` items that pass, in order (without filtering the rest). */
function firstOf<T>(items: readonly T[], passes: (item: T) => boolean, limit: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= limit) break;
    if (passes(item)) out.push(item);
  }
  return out;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
