import type { ParsedQuery } from "./query.js";

/**
 * How many parts of a query a title matches, given the title's tokens as
 * the analyzer indexed them: a word by one of its stems, a word being typed
 * by a token it starts (or that starts it: "politiq" and the stem "polit"),
 * a phrase by its stems in order.
 */
export function titleMatchCount(query: ParsedQuery, tokens: readonly string[]): number {
  let count = 0;
  for (const part of query.parts) {
    const isMatched =
      part.kind === "phrase"
        ? part.sequences.some((seq) => containsSequence(tokens, seq))
        : part.tokens.some((t) => tokens.includes(t)) ||
          part.prefixes.some((p) =>
            tokens.some((t) => t.startsWith(p) || (t.length >= 4 && p.startsWith(t))),
          );
    if (isMatched) count += 1;
  }
  return count;
}

function containsSequence(tokens: readonly string[], seq: readonly string[]): boolean {
  if (seq.length === 0) return false;
  for (let i = 0; i + seq.length <= tokens.length; i += 1)
    if (seq.every((t, j) => tokens[i + j] === t)) return true;
  return false;
}
