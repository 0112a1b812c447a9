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

/** Finds and stores, for new units, the most similar units of the memory (≥ 75 %). */
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
  const matches: { unitId: number; matchUnitId: number; similarity: number }[] = [];
  for (const segment of input.segments) {
    const unit = units.get(segment.hash);
    if (!unit) continue;
    const text = plainText(segment.text);
    const candidates = await listFuzzyCandidates(db, {
      sourceLanguage: input.sourceLanguage,
      targetLanguage: input.targetLanguage,
      minLength: Math.floor(segment.text.length * 0.7),
      maxLength: Math.ceil(segment.text.length * 1.3),
      excludeHashes: [segment.hash],
      limit: MAX_CANDIDATES,
    });
    const mine = words(text);
    const scored = candidates
      .map((c) => {
        const theirs = words(plainText(c.sourceText));
        // Shared words bound the similarity from above: most candidates stop here.
        if (sharedCount(mine, theirs) / Math.max(mine.length, theirs.length, 1) < FUZZY_THRESHOLD) {
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

function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return shared;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
