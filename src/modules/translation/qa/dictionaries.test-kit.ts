import type { Finding } from "./finding.js";
import { checkUnits } from "./check-batch.js";
import type { Lexicon } from "./lexicon/lexicon.js";

/** Checks one English sentence's French or Spanish translation with the dictionaries, along the pipeline's route. */
export async function checkWithDictionaries(
  lexicon: Lexicon,
  input: { source: string; target: string; language: "fr" | "es" },
): Promise<Finding[]> {
  const [findings] = await checkUnits({
    lexicon,
    sourceLanguage: "en",
    targetLanguage: input.language,
    route: input.language === "fr" ? ["en", "es", "fr"] : ["en", "es"],
    units: [{ source: input.source, target: input.target }],
  });
  return findings ?? [];
}
