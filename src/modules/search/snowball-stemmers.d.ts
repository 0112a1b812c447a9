/** Types of the snowball-stemmers package (JavaScript ports of the Snowball stemmers; it ships none). */
declare module "snowball-stemmers" {
  /** A stemmer of one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** The languages it knows ("english", "french", "spanish", "arabic", …). */
  export function algorithms(): string[];
  /** A stemmer for one of {@link algorithms}. */
  export function newStemmer(language: string): Stemmer;
}
