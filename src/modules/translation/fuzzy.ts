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
  const wordsOf = new Map<number, { list: string[]; counts: Map<string, number> | undefined }>();
  const matches: { unitId: number; matchUnitId: number; similarity: number }[] = [];
  for (const { segment, unit, minLength, maxLength } of wanted) {
    const inRange = (c: { sourceHash: string; length: number }) =>
      c.length >= minLength && c.length <= maxLength && c.sourceHash !== segment.hash;
    let candidates = read.filter(inRange).slice(0, MAX_CANDIDATES);
    if (truncated && candidates.length < MAX_CANDIDATES) {
      // The batch's read stopped before this segment's oldest candidates: its own query.
      candidates = (
        await candidatesOf({
          minLength,
          maxLength,
          limit: MAX_CANDIDATES,
          excludeHashes: [segment.hash],
        })
      )
        .filter(inRange)
        .slice(0, MAX_CANDIDATES);
    }
    const mine = words(plainText(segment.text));
    const myCounts = wordCounts(mine);
    const scored = candidates
      .map((c) => {
        let known = wordsOf.get(c.id);
        if (!known) {
          const list = words(plainText(c.sourceText));
          known = { list, counts: undefined };
          wordsOf.set(c.id, known);
        }
        const theirs = known.list;
        const longest = Math.max(mine.length, theirs.length, 1);
        // Shared words (at most the shorter text's) bound the similarity from above: most candidates stop here.
        if (
          Math.min(mine.length, theirs.length) / longest < FUZZY_THRESHOLD ||
          sharedCount(myCounts, (known.counts ??= wordCounts(theirs))) / longest < FUZZY_THRESHOLD
        ) {
          return { id: c.id, score: 0 };
        }
        return {
          id: c.id,
          score: 1 - editDistance(mine, theirs) / Math.max(mine.length, theirs.length),
        };
      })
      .filter((c) => c.score >= FUZZY_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, MATCHES_KEPT);
    for (const c of scored) {
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

/** How many times each word occurs in a text's words. */
function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words two texts share, each as often as both have it (from their counts, read once per text). */
function sharedCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return shared;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
