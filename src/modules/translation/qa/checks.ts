import { listCodes, plainText } from "../segments/index.js";
import type { CheckInput, Finding } from "./finding.js";

/** A glossary term as the checks see it: target null means "do not translate". */
export interface CheckTerm {
  source: string;
  target: string | null;
}

/**
 * Runs the automatic checks on one unit. Codes are stable (reviewers filter
 * by them); spans point into the target's plain text.
 */
export function checkUnit(input: CheckInput & { terms?: readonly CheckTerm[] }): Finding[] {
  const findings: Finding[] = [];
  const source = plainText(input.source);
  const target = plainText(input.target);
  findings.push(...checkMarkup(input.source, input.target));
  findings.push(...checkRepeatedWords(source, target));
  findings.push(...checkNumbers(source, target));
  findings.push(...checkGlossary(source, target, input.terms ?? []));
  if (input.unknownWords.length > 0) {
    findings.push({
      code: "unknown-words",
      severity: "warning",
      params: { words: input.unknownWords.join(", ") },
      span: null,
    });
  }
  if (
    input.sourceLanguage !== input.targetLanguage &&
    source === target &&
    (source.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3
  ) {
    findings.push({ code: "unchanged", severity: "warning", params: {}, span: [0, target.length] });
  }
  return findings;
}

function checkMarkup(source: string, target: string): Finding[] {
  const a = listCodes(source).join(" ");
  const b = listCodes(target).join(" ");
  return a === b
    ? []
    : [{ code: "markup", severity: "error", params: { expected: a, found: b }, span: null }];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** A word written twice in a row ("Comité Comité") that the source does not repeat. */
function checkRepeatedWords(source: string, target: string): Finding[] {
  const repeatedInSource = new Set<string>();
  let previous = "";
  for (const match of source.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (word === previous) repeatedInSource.add(word);
    previous = word;
  }
  const findings: Finding[] = [];
  let last: { word: string; start: number } | undefined;
  for (const match of target.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const start = match.index;
    const between = last ? target.slice(last.start + last.word.length, start) : "";
    if (
      last &&
      last.word === word &&
      /^\s+$/.test(between) &&
      !repeatedInSource.has(word) &&
      !/^\p{N}+$/u.test(word)
    ) {
      findings.push({
        code: "repeated-word",
        severity: "error",
        params: { word: match[0] },
        span: [last.start, start + match[0].length],
      });
    }
    last = { word, start };
  }
  return findings;
}

/** Numbers of the source missing from the target, or numbers the target invents (38 → 83). */
function checkNumbers(source: string, target: string): Finding[] {
  const a = numbersOf(source);
  const b = numbersOf(target);
  const missing = difference(
    a.map((n) => n.value),
    b.map((n) => n.value),
  );
  const extra = difference(
    b.map((n) => n.value),
    a.map((n) => n.value),
  );
  const findings: Finding[] = [];
  for (const value of missing) {
    findings.push({
      code: "number-missing",
      severity: "error",
      params: { number: value },
      span: null,
    });
  }
  for (const value of extra) {
    const at = b.find((n) => n.value === value);
    findings.push({
      code: "number-added",
      severity: "error",
      params: { number: value },
      span: at ? [at.start, at.end] : null,
    });
  }
  return findings;
}

function numbersOf(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  // Digits with group separators (1,000 / 1 000 / 1.000) or decimals are one number.
  for (const match of text.matchAll(/\p{Nd}+(?:[.,\u00A0\u202F ]\p{Nd}+)*/gu)) {
    const raw = match[0];
    const groups = raw.split(/[.,\u00A0\u202F ]/);
    const isGrouped = groups.slice(1).every((g) => g.length === 3);
    const value = isGrouped ? groups.join("") : raw.replace(",", ".");
    out.push({ value, start: match.index, end: match.index + raw.length });
  }
  return out;
}

function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const value of a) {
    const at = left.indexOf(value);
    if (at >= 0) left.splice(at, 1);
    else out.push(value);
  }
  return out;
}

/** A required glossary translation not used, or a do-not-translate term translated. */
function checkGlossary(source: string, target: string, terms: readonly CheckTerm[]): Finding[] {
  const findings: Finding[] = [];
  const lowerSource = source.toLowerCase();
  const lowerTarget = target.toLowerCase();
  for (const term of terms) {
    if (!containsWord(lowerSource, term.source.toLowerCase())) continue;
    const expected = term.target ?? term.source;
    if (!containsWord(lowerTarget, expected.toLowerCase())) {
      findings.push({
        code: term.target === null ? "glossary-translated" : "glossary-missing",
        severity: "warning",
        params: { term: term.source, expected },
        span: null,
      });
    }
  }
  return findings;
}

function containsWord(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
