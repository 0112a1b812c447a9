import type { Finding } from "./finding.js";

/** A glossary term as the checks see it: target null means "do not translate". */
export interface CheckTerm {
  source: string;
  target: string | null;
}

/** A required glossary translation not used, or a do-not-translate term translated. */
export function checkGlossary(
  source: string,
  target: string,
  terms: readonly CheckTerm[],
): Finding[] {
  const findings: Finding[] = [];
  const lowerSource = source.toLowerCase();
  const lowerTarget = target.toLowerCase();
  for (const term of terms) {
    if (findWord(lowerSource, term.source.toLowerCase()) < 0) continue;
    const expected = term.target ?? term.source;
    if (findWord(lowerTarget, expected.toLowerCase()) >= 0) continue;
    findings.push(
      term.target === null
        ? {
            code: "glossary-translated",
            severity: "error",
            params: { term: term.source },
            span: null,
          }
        : {
            code: "glossary-missing",
            severity: "error",
            params: { term: term.source, expected },
            span: null,
          },
    );
  }
  return findings;
}

/** A target term the glossary forbids (TBX deprecated or superseded) for a source term. */
export interface ForbiddenTerm {
  source: string;
  target: string;
}

/** A forbidden target term used where the source has the term it was forbidden for. */
export function checkForbiddenTerms(
  source: string,
  target: string,
  forbidden: readonly ForbiddenTerm[],
): Finding[] {
  const findings: Finding[] = [];
  const lowerSource = source.toLowerCase();
  const lowerTarget = target.toLowerCase();
  const reported = new Set<string>();
  for (const term of forbidden) {
    const key = term.target.toLowerCase();
    if (reported.has(key) || findWord(lowerSource, term.source.toLowerCase()) < 0) continue;
    const at = findWord(lowerTarget, key);
    if (at < 0) continue;
    reported.add(key);
    findings.push({
      code: "glossary-forbidden",
      severity: "error",
      params: { term: term.target, source: term.source },
      span: [at, at + term.target.length],
    });
  }
  return findings;
}

/** Where `needle` stands as whole words in `haystack`, or -1. */
export function findWord(haystack: string, needle: string): number {
  if (needle === "") return -1;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return -1;
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    from = at + 1;
  }
}
