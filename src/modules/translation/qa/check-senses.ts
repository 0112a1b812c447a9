import type { Finding, RejectedSense } from "./finding.js";
import type { LexWord } from "./lexicon/analysis.js";
import { foldWord, isNameReading, type LexicalEvidence } from "./lexicon/evidence.js";

export type { RejectedSense } from "./finding.js";

/**
 * Fixes that make a rejected sense an error. One fix may be a reviewer's
 * rewording (a right word taken out with the wrong one): it asks for a look.
 */
export const CONFIRMING_FIXES = 2;

/**
 * The engine's word for a source word that reviewers already took out
 * elsewhere ("Mayor" → "Majeur", "held" → "résisté"): the review desk teaches
 * the gate, so a mistake fixed once holds every other sentence that repeats it.
 */
export function checkSenses(
  target: string,
  evidence: LexicalEvidence,
  rejected: readonly RejectedSense[],
): Finding[] {
  if (rejected.length === 0) return [];
  const bySource = new Map<string, Map<string, number>>();
  for (const sense of rejected) {
    const words = bySource.get(sense.sourceLemma) ?? new Map<string, number>();
    words.set(sense.targetWord, (words.get(sense.targetWord) ?? 0) + sense.fixes);
    bySource.set(sense.sourceLemma, words);
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const word of evidence.senses) {
    const words = bySource.get(word.lemma.toLowerCase());
    if (!words) continue;
    for (const item of evidence.target) {
      const forms = formsOf(item);
      const hit = [...words.keys()].find((w) => forms.has(w));
      if (!hit || seen.has(`${word.lemma}>${hit}`)) continue;
      seen.add(`${word.lemma}>${hit}`);
      const at = target.indexOf(item.surface);
      findings.push({
        code: "rejected-sense",
        severity: (words.get(hit) ?? 0) >= CONFIRMING_FIXES ? "error" : "warning",
        params: { word: item.surface, source: word.surface },
        span: at < 0 ? null : [at, at + item.surface.length],
      });
    }
  }
  return findings;
}

/**
 * What a reviewer's fix teaches: each ordinary word of the machine's
 * translation that the fix took out, paired with the source word the
 * dictionaries say it came from ("Majeur" out, from "Mayor").
 */
export function learnRejectedSenses(input: {
  machine: LexicalEvidence;
  corrected: readonly LexWord[];
}): RejectedSense[] {
  const kept = new Set<string>();
  for (const word of input.corrected) for (const form of formsOf(word)) kept.add(form);
  const out = new Map<string, RejectedSense>();
  for (const word of input.machine.target) {
    const isOrdinary = word.readings.some(
      (r) => !isNameReading(r) && /^(?:n|adj|vblex|adv)$/.test(r.tags[0] ?? ""),
    );
    if (!isOrdinary || [...formsOf(word)].some((form) => kept.has(form))) continue;
    const lemmas = word.readings.map((r) => foldWord(r.lemma));
    const surface = foldWord(word.surface);
    for (const source of input.machine.senses) {
      // The dictionaries' translation, or the source word carried over as if a name
      // ("Mayor Ana Gómez" left as "Mayor", a Spanish adjective).
      const targetWord =
        lemmas.find((l) => source.translations.includes(l)) ??
        (foldWord(source.surface) === surface ? surface : undefined);
      if (!targetWord) continue;
      const sense = { sourceLemma: source.lemma.toLowerCase(), targetWord, fixes: 1 };
      out.set(`${sense.sourceLemma}>${targetWord}`, sense);
    }
  }
  return [...out.values()];
}

function formsOf(word: LexWord): Set<string> {
  const forms = new Set<string>([foldWord(word.surface)]);
  for (const reading of word.readings) forms.add(foldWord(reading.lemma));
  return forms;
}

/**
 * The senses a translation a person wrote or confirmed uses: a source word's
 * dictionary translation present in it. Such a sense is right at least
 * somewhere ("10 minutes"), so it is never held as rejected.
 */
export function acceptedSenses(evidence: LexicalEvidence): RejectedSense[] {
  const forms = new Set<string>();
  for (const word of evidence.target) for (const form of formsOf(word)) forms.add(form);
  const out = new Map<string, RejectedSense>();
  for (const source of evidence.senses) {
    for (const targetWord of [...source.translations, foldWord(source.surface)]) {
      if (!forms.has(targetWord)) continue;
      const sense = { sourceLemma: source.lemma.toLowerCase(), targetWord, fixes: 0 };
      out.set(`${sense.sourceLemma}>${targetWord}`, sense);
    }
  }
  return [...out.values()];
}
