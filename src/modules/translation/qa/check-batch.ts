import { plainText } from "../segments/index.js";
import { type CheckTerm, checkUnit, type ForbiddenTerm } from "./checks.js";
import { checkReliability, type ReliabilityFigures } from "./engine-reliability.js";
import type { RejectedSense } from "./check-senses.js";
import type { Finding } from "./finding.js";
import { foldWord, gatherEvidence } from "./lexicon/evidence.js";
import type { Lexicon } from "./lexicon/lexicon.js";

/** A unit to check: source and target in the segment inline format. */
export interface UnitToCheck {
  source: string;
  target: string;
  unknownWords?: readonly string[];
  backTranslation?: string | undefined;
}

/**
 * Checks a batch of units of one language pair with the dictionaries'
 * evidence (one analyser message per language for the whole batch): what the
 * pipeline, `civitas qa` and the labelled-set figures all run. `route` is the
 * engine's path (en>es>fr), so words of the pivot are recognised; a unit a
 * person wrote is checked along the route the engine would take.
 * `engineRoute` says the targets are that engine route's raw output
 * ("apertium:en>es>fr"): each also carries the route's measured reliability
 * at its length (engine-reliability.ts); a person's text never does.
 */
export async function checkUnits(input: {
  lexicon: Lexicon | undefined;
  sourceLanguage: string;
  targetLanguage: string;
  route?: readonly string[] | undefined;
  units: readonly UnitToCheck[];
  terms?: readonly CheckTerm[];
  /** Target terms the glossary forbids for the pair (deprecated, superseded). */
  forbiddenTerms?: readonly ForbiddenTerm[];
  allowedWords?: ReadonlySet<string>;
  /** Forms of one name in any language (the network's places): allowed words, and each form stands for the others. */
  names?: readonly (readonly string[])[];
  rejectedSenses?: readonly RejectedSense[];
  engineRoute?: string | undefined;
  /** The reliability figures to judge engine output by (the measured ones unless given). */
  reliability?: ReliabilityFigures;
}): Promise<Finding[][]> {
  const route = input.route ?? [input.sourceLanguage, input.targetLanguage];
  const terms = input.terms ?? [];
  const allowed = new Set(input.allowedWords ?? []);
  for (const text of [
    ...terms.map((term) => term.target ?? term.source),
    ...(input.names ?? []).flat(),
  ]) {
    for (const word of text.split(/[\s'’-]+/u)) if (word) allowed.add(foldWord(word));
  }
  const evidence = input.lexicon
    ? await gatherEvidence(input.lexicon, {
        route,
        units: input.units.map((u) => ({
          source: plainText(u.source),
          target: plainText(u.target),
        })),
      })
    : input.units.map(() => undefined);
  const engineRoute = input.engineRoute;
  return input.units.map((unit, i) => {
    const findings = checkUnit({
      sourceLanguage: input.sourceLanguage,
      targetLanguage: input.targetLanguage,
      source: unit.source,
      target: unit.target,
      unknownWords: unit.unknownWords ?? [],
      backTranslation: unit.backTranslation,
      terms,
      forbiddenTerms: input.forbiddenTerms,
      evidence: evidence[i],
      allowedWords: allowed,
      names: input.names,
      rejectedSenses: input.rejectedSenses,
    });
    const unproven = engineRoute
      ? checkReliability(engineRoute, unit.source, input.reliability)
      : null;
    return unproven ? [...findings, unproven] : findings;
  });
}
