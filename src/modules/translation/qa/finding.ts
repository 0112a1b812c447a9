import type { LexicalEvidence } from "./lexicon/evidence.js";

/** How bad a finding is: errors hold a translation back under the `gate` policy. */
export type Severity = "error" | "warning" | "info";

/** One problem an automatic check found in a translation unit. */
export interface Finding {
  /** Stable code, e.g. "repeated-word"; reviewers filter by it. */
  code: string;
  severity: Severity;
  /** Values for the message of the code in the reviewer's language. */
  params: Record<string, string | number>;
  /** The span of the target's plain text the finding points at, [start, end). */
  span: [number, number] | null;
}

/** What a check sees of a unit. */
export interface CheckInput {
  sourceLanguage: string;
  targetLanguage: string;
  /** Source and target in the segment inline format. */
  source: string;
  target: string;
  /** Words the engine did not know. */
  unknownWords: readonly string[];
  /** The target translated back into the source language (plain text), when measured: tells a translated name from an invented one. */
  backTranslation?: string | undefined;
  /** What the dictionaries say of the unit (see lexicon/evidence.ts); the lexical checks need it. */
  evidence?: LexicalEvidence | undefined;
  /** Folded words any target may use: glossary targets, the network's names. */
  allowedWords?: ReadonlySet<string> | undefined;
  /** Forms of one name in any language (the network's places); each form stands for the others. */
  names?: readonly (readonly string[])[] | undefined;
  /** Senses reviewers rejected for the pair (check-senses.ts). */
  rejectedSenses?: readonly RejectedSense[] | undefined;
}

/** Counts error-severity findings. */
export function countErrors(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === "error").length;
}

/** A sense reviewers rejected: a source lemma and the target lemma they took out for it. */
export interface RejectedSense {
  sourceLemma: string;
  targetWord: string;
  /** How many reviewers' fixes took it out: from CONFIRMING_FIXES on, it holds a unit. */
  fixes: number;
}
