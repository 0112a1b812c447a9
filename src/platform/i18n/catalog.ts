/** One interface string: an ICU message and a note for translators. */
export interface CatalogEntry {
  message: string;
  note: string;
}

/** A language's interface strings by key. */
export type Catalog = Readonly<Record<string, CatalogEntry>>;

/**
 * A translation of an English catalog: exactly one ICU message for each of its
 * keys, so a missing or an extra key is a compile error. Notes stay in English.
 */
export type Messages<T extends Catalog> = { readonly [K in keyof T]: string };

/** A complete catalog with the keys of the English reference `T`. */
export type CatalogOf<T extends Catalog> = { readonly [K in keyof T]: CatalogEntry };

/** Pairs translated messages with the English catalog's notes for translators. */
export function withNotes<T extends Catalog>(english: T, messages: Messages<T>): CatalogOf<T> {
  const entries = Object.entries(english).map(([key, { note }]) => [
    key,
    { message: messages[key as keyof T], note },
  ]);
  return Object.freeze(Object.fromEntries(entries)) as CatalogOf<T>;
}
