/**
 * chrF (Popović 2015): the character n-gram F-score of a hypothesis against a
 * reference, n = 1…6, β = 2 (recall weighs twice as much as precision).
 * Whitespace is removed first; precision and recall are the arithmetic means
 * over the orders both texts are long enough for; the result is in [0, 1].
 * Two empty texts score 1; one empty text scores 0.
 */
export function chrF(
  hypothesis: string,
  reference: string,
  options: { maxOrder?: number; beta?: number } = {},
): number {
  const maxOrder = options.maxOrder ?? 6;
  const beta = options.beta ?? 2;
  const hyp = [...hypothesis.replace(/\s+/gu, "")];
  const ref = [...reference.replace(/\s+/gu, "")];
  if (hyp.length === 0 && ref.length === 0) return 1;
  if (hyp.length === 0 || ref.length === 0) return 0;
  let precision = 0;
  let recall = 0;
  let orders = 0;
  for (let n = 1; n <= maxOrder; n++) {
    if (hyp.length < n || ref.length < n) break;
    const hypGrams = ngrams(hyp, n);
    const refGrams = ngrams(ref, n);
    let matches = 0;
    for (const [gram, count] of hypGrams) matches += Math.min(count, refGrams.get(gram) ?? 0);
    precision += matches / (hyp.length - n + 1);
    recall += matches / (ref.length - n + 1);
    orders++;
  }
  precision /= orders;
  recall /= orders;
  const b2 = beta * beta;
  const denominator = b2 * precision + recall;
  return denominator === 0 ? 0 : ((1 + b2) * precision * recall) / denominator;
}

function ngrams(chars: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join("");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}
