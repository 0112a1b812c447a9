import type { Finding } from "./finding.js";

const FINAL = /[.!?…:;]$/u;
const TRAILING = /(?<![\s\u00A0\u202F"'»”’)\]])[\s\u00A0\u202F"'»”’)\]]+$/u;
const PAIRS: readonly (readonly [string, string])[] = [
  ["(", ")"],
  ["[", "]"],
  ["«", "»"],
  ["“", "”"],
];

/**
 * Final punctuation lost or added, brackets and quotes left unbalanced (when
 * the source's are balanced), and the target language's typography: French
 * spaces before `; : ! ?` and inside `« »` (missing: error; an ordinary space
 * where a no-break one belongs: info), Spanish opening `¿ ¡`.
 */
export function checkPunctuation(
  source: string,
  target: string,
  targetLanguage: string,
): Finding[] {
  const findings: Finding[] = [];
  const sourceEnd = source.replace(TRAILING, "");
  const targetEnd = target.replace(TRAILING, "");
  const sourceMark = FINAL.exec(sourceEnd)?.[0];
  const targetMark = FINAL.exec(targetEnd)?.[0];
  if (sourceMark && !targetMark && targetEnd !== "") {
    findings.push({
      code: "punctuation-final-missing",
      severity: "error",
      params: { mark: sourceMark },
      span: [targetEnd.length, targetEnd.length],
    });
  } else if (!sourceMark && targetMark && /[\p{L}\p{N}]$/u.test(sourceEnd)) {
    findings.push({
      code: "punctuation-final-added",
      severity: "warning",
      params: { mark: targetMark },
      span: [targetEnd.length - 1, targetEnd.length],
    });
  }
  for (const [open, close] of [...PAIRS, ['"', '"'] as const]) {
    if (isBalanced(source, open, close) && !isBalanced(target, open, close)) {
      const at =
        target.lastIndexOf(open) >= 0 ? target.lastIndexOf(open) : target.lastIndexOf(close);
      findings.push({
        code: "punctuation-unbalanced",
        severity: "error",
        params: { mark: `${open}${close}` },
        span: at >= 0 ? [at, at + 1] : null,
      });
    }
  }
  if (targetLanguage === "fr") findings.push(...frenchTypography(target));
  if (targetLanguage === "es") findings.push(...spanishTypography(target));
  return findings;
}

function isBalanced(text: string, open: string, close: string): boolean {
  if (open === close) return text.split(open).length % 2 === 1;
  let depth = 0;
  for (const char of text) {
    if (char === open) depth++;
    else if (char === close && --depth < 0) return false;
  }
  return depth === 0;
}

function frenchTypography(text: string): Finding[] {
  const findings: Finding[] = [];
  const check = (mark: string, at: number, neighbour: string | undefined) => {
    if (neighbour === "\u00A0" || neighbour === "\u202F") return;
    if (neighbour === " ") findings.push(typography("typography-nbsp", "info", mark, at));
    else findings.push(typography("typography-space", "error", mark, at));
  };
  // Followed by a space or the end: "https://", "18:30" and "?id=" are not punctuation;
  // "?!" and "…?" need one space only, before the first mark.
  for (const match of text.matchAll(/[;:!?](?=[\s\u00A0\u202F»)]|$)/gu)) {
    const before = text[match.index - 1];
    if (before === undefined || /[;:!?.…]/u.test(before)) continue;
    check(match[0], match.index, before);
  }
  for (const match of text.matchAll(/[«»]/gu)) {
    const isOpening = match[0] === "«";
    const neighbour = text[match.index + (isOpening ? 1 : -1)];
    if (neighbour === undefined) continue;
    check(match[0], match.index, neighbour);
  }
  return findings;
}

function spanishTypography(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const [open, close] of [
    ["¿", "?"],
    ["¡", "!"],
  ] as const) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(close, from);
      if (at < 0) break;
      // The question or exclamation runs back to the previous sentence end.
      const sentenceStart =
        Math.max(...[".", "?", "!", "…"].map((m) => text.lastIndexOf(m, at - 1))) + 1;
      if (!text.slice(sentenceStart, at).includes(open)) {
        findings.push(typography("typography-inverted", "error", open, at));
      }
      from = at + 1;
    }
  }
  return findings;
}

function typography(code: string, severity: "error" | "info", mark: string, at: number): Finding {
  return { code, severity, params: { mark }, span: [at, at + 1] };
}
