/**
 * Choosing an engine by measurement: translate a reference file's sources
 * with every configured engine that serves a pair, and score each against
 * the human references (chrF) and against the gate's own checks (the share
 * of sentences the gate would hold), so an administrator picks with numbers.
 */
import fs from "node:fs/promises";
import type { TranslationEngine } from "../engines/engine.js";
import { translateAlongRoute } from "../engines/routes.js";
import { postEdit } from "../post-edit.js";
import { escapeInlineText, plainText } from "../segments/index.js";
import { chrF } from "./chrf.js";
import { checkUnits } from "./check-batch.js";
import { UnreadableFileError } from "./bilingual-file.js";
import { countErrors } from "./finding.js";
import type { Lexicon } from "./lexicon/lexicon.js";

/** One source sentence and its human translation. */
export interface ReferenceRow {
  line: number;
  source: string;
  reference: string;
}

/** An engine to evaluate for the pair, with the language path it takes. */
export interface EngineCandidate {
  /** The configured name ("apertium", "deepl"…). */
  name: string;
  engine: TranslationEngine;
  route: readonly string[];
}

/** What one engine scored on the file. */
export interface EngineScore {
  name: string;
  /** The route as units record it, e.g. "apertium:en>es>fr". */
  route: string;
  sentences: number;
  /** Mean sentence chrF × 100 against the references. */
  chrF: number;
  /** Share of sentences the gate would hold now: the checks' errors plus the route's measured reliability. */
  heldByGate: number;
  /** Share the checks alone would hold (what the gate would hold once the route is proven). */
  heldByChecks: number;
  /** Share of resamples (paired bootstrap) in which the best engine's mean beats this one's; null for the best. */
  bestWins: number | null;
  /** Why the engine could not be scored (it failed); the other fields are then 0. */
  error?: string;
}

/** Largest reference file accepted. */
export const MAX_REFERENCE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a reference file: UTF-8 TSV, `source<TAB>reference` per line, an
 * optional header line `source<TAB>reference`, blank lines skipped. Refuses
 * with UnreadableFileError (naming the line) a missing, oversized, binary or
 * empty file, a line without exactly two columns, or an empty cell.
 */
export async function readReferenceFile(path: string): Promise<ReferenceRow[]> {
  const stat = await fs.stat(path).catch(() => undefined);
  if (!stat) throw new UnreadableFileError(`${path}: no such file`);
  if (!stat.isFile()) throw new UnreadableFileError(`${path}: not a file`);
  if (stat.size > MAX_REFERENCE_BYTES) {
    throw new UnreadableFileError(
      `${path}: ${stat.size} bytes, over the limit of ${MAX_REFERENCE_BYTES} bytes`,
    );
  }
  const bytes = await fs.readFile(path);
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UnreadableFileError(`${path}: a binary file, not TSV text`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new UnreadableFileError(`${path}: not UTF-8 text`);
  }
  const rows: ReferenceRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    if (i === 0 && /^source\t(reference|target)$/i.test(line.trim())) return;
    const columns = line.split("\t");
    if (columns.length !== 2) {
      throw new UnreadableFileError(
        `${path}: line ${i + 1} has ${columns.length} column(s); expected 2 (source<TAB>reference)`,
      );
    }
    const [source = "", reference = ""] = columns.map((c) => c.trim());
    if (source === "" || reference === "") {
      throw new UnreadableFileError(
        `${path}: line ${i + 1} has an empty ${source === "" ? "source" : "reference"}`,
      );
    }
    rows.push({ line: i + 1, source, reference });
  });
  if (rows.length === 0) throw new UnreadableFileError(`${path}: no sentence pairs`);
  return rows;
}

/**
 * Translates the rows with each candidate (batches of `batchSize`), as the
 * pipeline does (post-edit included), and scores it; `charge` is called
 * before each batch is sent (the engine's monthly budget) and may throw.
 */
export async function evaluateEngines(input: {
  from: string;
  to: string;
  rows: readonly ReferenceRow[];
  candidates: readonly EngineCandidate[];
  lexicon: Lexicon | undefined;
  timeoutMs?: number;
  batchSize?: number;
  charge?: (engine: string, segments: readonly string[]) => Promise<void>;
  onProgress?: (done: number, total: number, label: string) => void;
}): Promise<EngineScore[]> {
  const batchSize = input.batchSize ?? 40;
  const total = input.rows.length * input.candidates.length;
  let done = 0;
  const sentences: number[][] = [];
  const scores: EngineScore[] = [];
  for (const candidate of input.candidates) {
    const routeName = `${candidate.engine.name}:${candidate.route.join(">")}`;
    const perSentence: number[] = [];
    let heldByGate = 0;
    let heldByChecks = 0;
    try {
      for (let start = 0; start < input.rows.length; start += batchSize) {
        const batch = input.rows.slice(start, start + batchSize);
        const segments = batch.map((row) => escapeInlineText(row.source));
        await input.charge?.(candidate.name, segments);
        const { outputs, route } = await translateAlongRoute(
          candidate.engine,
          candidate.route,
          segments,
          input.timeoutMs,
        );
        const units = batch.map((row, i) => ({
          source: segments[i] ?? "",
          target: postEdit(outputs[i]?.text ?? "", segments[i] ?? "", input.to),
          unknownWords: outputs[i]?.unknownWords ?? [],
        }));
        const check = (engineRoute: string | undefined) =>
          checkUnits({
            lexicon: input.lexicon,
            sourceLanguage: input.from,
            targetLanguage: input.to,
            route: candidate.route,
            units,
            engineRoute,
          });
        heldByGate += (await check(route)).filter((f) => countErrors(f) > 0).length;
        heldByChecks += (await check(undefined)).filter((f) => countErrors(f) > 0).length;
        units.forEach((unit, i) =>
          perSentence.push(chrF(plainText(unit.target), batch[i]?.reference ?? "")),
        );
        done += batch.length;
        input.onProgress?.(done, total, candidate.name);
      }
    } catch (error) {
      done += input.rows.length - perSentence.length;
      input.onProgress?.(done, total, candidate.name);
      scores.push({
        name: candidate.name,
        route: routeName,
        sentences: 0,
        chrF: 0,
        heldByGate: 0,
        heldByChecks: 0,
        bestWins: null,
        error: error instanceof Error ? error.message : String(error),
      });
      sentences.push([]);
      continue;
    }
    const n = perSentence.length;
    scores.push({
      name: candidate.name,
      route: routeName,
      sentences: n,
      chrF: (100 * perSentence.reduce((a, b) => a + b, 0)) / n,
      heldByGate: heldByGate / n,
      heldByChecks: heldByChecks / n,
      bestWins: null,
    });
    sentences.push(perSentence);
  }
  const scored = scores.map((s, i) => ({ s, i })).filter(({ s }) => s.error === undefined);
  const best = scored.reduce<(typeof scored)[number] | undefined>(
    (a, b) => (a === undefined || b.s.chrF > a.s.chrF ? b : a),
    undefined,
  );
  for (const { s, i } of scored) {
    if (best && i !== best.i) {
      s.bestWins = bootstrapWinShare(sentences[best.i] ?? [], sentences[i] ?? []);
    }
  }
  return scores;
}

/** Share of paired resamples (1,000, fixed seed) in which `a`'s mean beats `b`'s, as bench/routes.ts. */
export function bootstrapWinShare(a: readonly number[], b: readonly number[]): number {
  const random = mulberry32(20261204);
  const n = a.length;
  let wins = 0;
  for (let r = 0; r < 1000; r++) {
    let difference = 0;
    for (let k = 0; k < n; k++) {
      const i = Math.floor(random() * n);
      difference += (a[i] ?? 0) - (b[i] ?? 0);
    }
    if (difference > 0) wins++;
  }
  return wins / 1000;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
