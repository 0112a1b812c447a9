import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { CheckTerm } from "./check-glossary.js";
import { CHECK_KINDS, type CheckKind, checkUnit, kindOf } from "./checks.js";
import type { Finding, Severity } from "./finding.js";

/** One labelled pair: a clean human translation, or one with the listed kinds of error. */
export interface LabelledPair {
  file: string;
  line: number;
  sourceLanguage: string;
  targetLanguage: string;
  kinds: CheckKind[];
  source: string;
  target: string;
  terms: CheckTerm[];
}

/** Per kind: pairs with that error and how many the checks caught; clean pairs and how many were flagged. */
export interface LabelledFigures {
  kinds: Record<CheckKind, { present: number; caught: number; missed: string[] }>;
  clean: { total: number; flaggedByErrors: number; flaggedByWarnings: number; flagged: string[] };
}

/** Severities that count as "caught" for an error pair. */
export const CAUGHT_SEVERITIES: readonly Severity[] = ["error", "warning"];
/** Severities that count as "flagged" for a clean pair (the gate holds back errors only). */
export const FLAGGED_SEVERITIES: readonly Severity[] = ["error"];

const FOLDER = fileURLToPath(new URL("./labelled/", import.meta.url));

/**
 * Reads the labelled set (`labelled/en-fr.tsv`, `labelled/en-es.tsv`): columns
 * expect (clean, or kinds separated by commas), source, target (inline format),
 * terms (`source=>target;…`, an empty target meaning do-not-translate).
 */
export function loadLabelledSet(folder = FOLDER): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const file of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".tsv"))
    .sort()) {
    const [sourceLanguage = "", targetLanguage = ""] = file.replace(/\.tsv$/, "").split("-");
    const lines = fs.readFileSync(`${folder}/${file}`, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (i === 0 || line.trim() === "") return;
      const [expect = "", source = "", target = "", terms = ""] = line.split("\t");
      const kinds =
        expect === "clean" ? [] : expect.split(",").map((k) => toKind(k.trim(), file, i + 1));
      pairs.push({
        file,
        line: i + 1,
        sourceLanguage,
        targetLanguage,
        kinds,
        source,
        target,
        terms: parseTerms(terms),
      });
    });
  }
  return pairs;
}

/** Runs the checks on every labelled pair (with back-translations when given, by pair index). */
export function evaluateLabelledSet(
  pairs: readonly LabelledPair[],
  backTranslations?: readonly (string | undefined)[],
): LabelledFigures {
  const kinds = Object.fromEntries(
    Object.keys(CHECK_KINDS).map((k) => [k, { present: 0, caught: 0, missed: [] as string[] }]),
  ) as LabelledFigures["kinds"];
  const clean: LabelledFigures["clean"] = {
    total: 0,
    flaggedByErrors: 0,
    flaggedByWarnings: 0,
    flagged: [],
  };
  pairs.forEach((pair, i) => {
    const findings = checkUnit({
      sourceLanguage: pair.sourceLanguage,
      targetLanguage: pair.targetLanguage,
      source: pair.source,
      target: pair.target,
      unknownWords: [],
      terms: pair.terms,
      backTranslation: backTranslations?.[i],
    });
    const where = `${pair.file}:${pair.line}`;
    if (pair.kinds.length === 0) {
      clean.total++;
      if (findings.some((f) => FLAGGED_SEVERITIES.includes(f.severity))) {
        clean.flaggedByErrors++;
        clean.flagged.push(`${where} ${describe(findings)}`);
      } else if (findings.some((f) => f.severity === "warning")) clean.flaggedByWarnings++;
      return;
    }
    for (const kind of pair.kinds) {
      const figures = kinds[kind];
      figures.present++;
      const isCaught = findings.some(
        (f) => kindOf(f.code) === kind && CAUGHT_SEVERITIES.includes(f.severity),
      );
      if (isCaught) figures.caught++;
      else figures.missed.push(`${where} ${describe(findings)}`);
    }
  });
  return { kinds, clean };
}

function describe(findings: readonly Finding[]): string {
  return (
    findings.map((f) => `${f.code}(${Object.values(f.params).join("|")})`).join(" ") || "(none)"
  );
}

function toKind(value: string, file: string, line: number): CheckKind {
  if (value in CHECK_KINDS) return value as CheckKind;
  throw new Error(`${file}:${line}: unknown kind "${value}"`);
}

function parseTerms(value: string): CheckTerm[] {
  return value
    .split(";")
    .filter((t) => t.includes("=>"))
    .map((t) => {
      const [source = "", target = ""] = t.split("=>");
      return { source, target: target === "" ? null : target };
    });
}
