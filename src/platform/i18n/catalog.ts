/** One interface string: an ICU message and a note for translators. */
export interface CatalogEntry {
  message: string;
  note: string;
}

/** A language's interface strings by key. */
export type Catalog = Readonly<Record<string, CatalogEntry>>;
