import { parseInline, plainText, serializeInline } from "./segments/index.js";

/**
 * Deterministic corrections applied to engine output before it is stored,
 * for faults Apertium makes every time and a machine can fix without doubt:
 * - French: a no-break space (U+202F) before ; : ! ? and inside « » (the
 *   engine writes "Réseau: Actualisation"); never inside times (10:30) or URLs;
 * - Spanish: the opening ¿ / ¡ of a one-sentence question or exclamation;
 * - any language: a sentence that starts with a capital in the source starts
 *   with one in the translation (the engine lower-cases some starts);
 * - French and Spanish: a function word the engine capitalised in mid-sentence
 *   because the English word it came from was part of a name ("North Africa"
 *   → "África Del norte"), when the next word is lower-case.
 * Only text is touched, never inline codes; what remains wrong is left for
 * the checks to find.
 */
export function postEdit(target: string, source: string, language: string): string {
  const tokens = parseInline(target);
  const texts = tokens.filter((t): t is { type: "text"; text: string } => t.type === "text");
  if (texts.length === 0) return target;
  if (language === "fr") {
    tokens.forEach((token, i) => {
      if (token.type !== "text") return;
      token.text = frenchSpaces(token.text);
      // A mark right after a code ("<g>le rapport</g>: …") belongs to the words inside it.
      if (i > 0 && tokens[i - 1]?.type === "close") {
        token.text = token.text.replace(/^[ \u00a0]?([;:!?])(?=\s|$)/u, `${NNBSP}$1`);
      }
    });
  }
  const first = texts[0];
  const sourceStart = plainText(source).trimStart();
  if (first && /^\p{Lu}/u.test(sourceStart)) {
    first.text = first.text.replace(
      /^(\s*(?:[«"“¿¡(]\s*)?)(\p{Ll})/u,
      (_all, lead: string, letter: string) => lead + letter.toUpperCase(),
    );
  }
  const small = FUNCTION_WORDS[language];
  if (small) for (const token of texts) token.text = lowerFunctionWords(token.text, small);
  if (language === "es") spanishOpeners(texts);
  return serializeInline(tokens);
}

const NNBSP = "\u202f";

const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["du", "de", "des", "la", "le", "les", "et", "en", "au", "aux"]),
  es: new Set(["del", "de", "la", "el", "los", "las", "y", "en", "al"]),
};

function lowerFunctionWords(text: string, words: ReadonlySet<string>): string {
  return text.replace(/(?<=[\p{L}\p{N},] )(\p{Lu}\p{Ll}*)(?= \p{Ll})/gu, (word: string) =>
    words.has(word.toLowerCase()) ? word.toLowerCase() : word,
  );
}

function frenchSpaces(text: string): string {
  return (
    text
      // "mot:" / "mot :" → "mot : " with a narrow no-break space; a colon between digits (10:30) or before "//" stays.
      .replace(
        /(?<=[\p{L}\p{N})\]»"”’])[ \u00a0]?([;:!?])(?=\s|$|[»)\]])/gu,
        (match, mark: string, offset: number, all: string) =>
          mark === ":" &&
          /\d/.test(all[offset - 1] ?? "") &&
          /\d/.test(all[offset + match.length] ?? "")
            ? match
            : `${NNBSP}${mark}`,
      )
      .replace(/«[ \u00a0]?/g, `«${NNBSP}`)
      .replace(/[ \u00a0]?»/g, `${NNBSP}»`)
  );
}

function spanishOpeners(texts: { text: string }[]): void {
  const whole = texts.map((t) => t.text).join("");
  for (const [open, close] of [
    ["¿", "?"],
    ["¡", "!"],
  ] as const) {
    const trimmed = whole.trim();
    const closes = trimmed.split(close).length - 1;
    if (closes !== 1 || !trimmed.endsWith(close) || trimmed.includes(open)) continue;
    // One sentence only: a full stop inside would make the start ambiguous.
    if (/[.!?](?=\s)/.test(trimmed.slice(0, -1))) continue;
    const first = texts[0];
    if (first) first.text = first.text.replace(/^(\s*)/, `$1${open}`);
  }
}
