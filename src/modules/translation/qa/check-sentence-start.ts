import { splitSentences } from "../segments/index.js";
import type { Finding } from "./finding.js";
import { PLURAL_DETERMINERS, START_WORDS } from "./language-data.js";
import { tokenize } from "./text.js";

/**
 * Sentence starts that do not agree with themselves, the way a broken machine
 * translation reads ("Les premier Il met en évidence…"): a sentence opening
 * with a plural determiner before a word with no plural ending; a pronoun or
 * article capitalised in mid-sentence (unless the source does the same, or a
 * capitalised name follows: "La Haye"); a translation starting in lower case
 * when the source starts with a capital.
 */
export function checkSentenceStart(
  source: string,
  target: string,
  languages: { sourceLanguage: string; targetLanguage: string },
): Finding[] {
  const { sourceLanguage, targetLanguage } = languages;
  const findings: Finding[] = [];
  const plural = PLURAL_DETERMINERS[targetLanguage];
  if (plural) {
    let offset = 0;
    for (const sentence of splitSentences(target, targetLanguage)) {
      const at = target.indexOf(sentence, offset);
      offset = at + sentence.length;
      const [first, second] = tokenize(sentence);
      if (!first || !second) continue;
      const determiner = first.text.toLowerCase();
      const word = second.text;
      if (
        plural.determiners.has(determiner) &&
        /^\p{Ll}+$/u.test(word) &&
        !plural.plural.test(word) &&
        !plural.invariable.has(word) &&
        /^[\s\u00A0]+$/u.test(sentence.slice(first.end, second.start))
      ) {
        findings.push({
          code: "sentence-agreement",
          severity: "error",
          params: { words: sentence.slice(first.start, second.end) },
          span: [at + first.start, at + second.end],
        });
      }
    }
  }
  const capitalised = START_WORDS[targetLanguage];
  const sourceCapitalised = START_WORDS[sourceLanguage] ?? new Set<string>();
  if (capitalised && !hasMidSentenceCapital(source, sourceCapitalised)) {
    const tokens = tokenize(target);
    tokens.forEach((token, i) => {
      const previous = tokens[i - 1];
      const next = tokens[i + 1];
      if (!previous || !capitalised.has(token.text)) return;
      if (
        !/^\p{Ll}/u.test(previous.text) ||
        !/^[\s\u00A0]+$/u.test(target.slice(previous.end, token.start))
      )
        return;
      if (next && /^\p{Lu}/u.test(next.text)) return;
      findings.push({
        code: "sentence-capital",
        severity: "error",
        params: { word: token.text },
        span: [token.start, token.end],
      });
    });
  }
  const sourceFirst = /\p{L}/u.exec(source)?.[0];
  const targetFirst = /\p{L}/u.exec(target);
  if (sourceFirst && targetFirst && /\p{Lu}/u.test(sourceFirst) && /\p{Ll}/u.test(targetFirst[0])) {
    const word = tokenize(target.slice(targetFirst.index))[0]?.text ?? targetFirst[0];
    findings.push({
      code: "sentence-lowercase",
      severity: "error",
      params: { word },
      span: [targetFirst.index, targetFirst.index + word.length],
    });
  }
  return findings;
}

// The source's own mid-sentence capitals (a title without quotes: "on the
// theme The Role of Cities") excuse the target's.
function hasMidSentenceCapital(text: string, words: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  return tokens.some((token, i) => {
    const previous = tokens[i - 1];
    return (
      previous !== undefined &&
      words.has(token.text) &&
      /^\p{Ll}/u.test(previous.text) &&
      /^[\s\u00A0]+$/u.test(text.slice(previous.end, token.start))
    );
  });
}
