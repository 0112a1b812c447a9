const collators = new Map<string, Intl.Collator>();

/**
 * The alphabetical order of a language ("Égalité" between "eau" and "État" in
 * French). Building an Intl.Collator costs more than sorting a small list with
 * it: one per language, kept.
 */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language);
    collators.set(language, collator);
  }
  return collator;
}
