/**
 * The checks on one overlong "word" (a pasted blob, an attack): time of
 * checkUnits with the dictionaries for 1,000, 10,000 and 100,000 letters, and
 * each size's time over the 1,000-letter baseline of the same run. Linear work
 * shows ratios near the size ratios or below (process start dominates small sizes).
 * Usage: npx tsx bench/qa-long-word.ts
 */
import { checkUnits } from "../src/modules/translation/qa/check-batch.js";
import { ApertiumLexicon } from "../src/modules/translation/qa/lexicon/lexicon.js";

const lexicon = new ApertiumLexicon();
try {
  // Warm the dictionaries' processes first: a server keeps them running.
  await checkUnits({
    lexicon,
    sourceLanguage: "en",
    targetLanguage: "fr",
    route: ["en", "es", "fr"],
    units: [{ source: "Warm up.", target: "Échauffement zzqx." }],
  });
  let baseline = 0;
  for (const size of [1_000, 10_000, 100_000]) {
    const word = `W${"a".repeat(size)}@${"b".repeat(10)}`;
    const started = performance.now();
    await checkUnits({
      lexicon,
      sourceLanguage: "en",
      targetLanguage: "fr",
      route: ["en", "es", "fr"],
      units: [{ source: `Intro. ${word}`, target: `Intro. ${word}` }],
    });
    const ms = performance.now() - started;
    if (size === 1_000) baseline = ms;
    console.log(
      `${String(size).padStart(7)} letters: ${ms.toFixed(1)} ms (${(ms / baseline).toFixed(1)}× the 1,000-letter run)`,
    );
  }
} finally {
  await lexicon.close();
}
