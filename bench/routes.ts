/**
 * Routes by measurement: for each direction between en, fr and es that the
 * installed Apertium pairs can serve in more than one way, translates the
 * sources of the human reference triples through every route with the local
 * engine (ApertiumLocalEngine + translateAlongRoute, as the pipeline does) and
 * scores each output with chrF against the human translation.
 *
 * Score: mean sentence chrF × 100 (chrf.ts, n = 1…6, β = 2), one sentence per
 * row. Significance: paired bootstrap, 1,000 resamples of the rows with a
 * fixed seed; "wins" is the share of resamples in which the best route's mean
 * is strictly higher than another route's. The route the pipeline took before
 * the measurement (the planner without figures: shortest chain, pivots
 * through site languages first) is printed first. A route becomes the
 * preferred one only when it beats every other route in ≥ 95 % of the
 * resamples; otherwise the planner's own choice stands. The result is copied
 * by hand into src/modules/translation/engines/route-figures.ts (`--json`
 * prints the entries of MEASURED_ROUTES.directions).
 *
 * Run: npx tsx bench/routes.ts [--max-hops 3] [--json]
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { createProgress } from "../src/platform/cli/progress.js";
import { ApertiumLocalEngine } from "../src/modules/translation/engines/apertium-local.js";
import type { LanguagePair } from "../src/modules/translation/engines/engine.js";
import { SIGNIFICANT_SHARE } from "../src/modules/translation/engines/route-figures.js";
import { planRoute, translateAlongRoute } from "../src/modules/translation/engines/routes.js";
import { chrF } from "../src/modules/translation/qa/chrf.js";
import { escapeInlineText, plainText } from "../src/modules/translation/segments/index.js";

const LANGUAGES = ["en", "fr", "es"] as const;
type Language = (typeof LANGUAGES)[number];
const REFERENCE_FILES = ["human/triples.tsv", "held-out-domains/triples.tsv"];
const RESAMPLES = 1000;
const SEED = 20261204;
const CHUNK = 50;

interface RouteScore {
  route: string[];
  chrF: number;
  sentences: number[];
}

interface DirectionResult {
  from: Language;
  to: Language;
  baseline: string[];
  routes: RouteScore[];
  best: string[];
  /** Share of resamples in which the best route beats each other route, keyed "a>b>c". */
  winShares: Record<string, number>;
  /** The lowest of winShares. */
  winShare: number;
  /** The best route when it beats every other in ≥ 95 % of resamples, else null (the planner's choice stands). */
  preferred: string[] | null;
}

const maxHops = Number(argument("--max-hops") ?? 3);
const isJson = process.argv.includes("--json");
const folder = fileURLToPath(new URL("../src/modules/translation/qa/labelled/", import.meta.url));
const references = REFERENCE_FILES.flatMap((file) => readTriples(`${folder}${file}`));
const engine = new ApertiumLocalEngine();
try {
  const pairs = await engine.pairs();
  const results: DirectionResult[] = [];
  const single: string[] = [];
  for (const from of LANGUAGES) {
    for (const to of LANGUAGES) {
      if (from === to) continue;
      const routes = simpleRoutes(pairs, from, to, maxHops);
      // The planner as it was before any figures: shortest chain, site languages as pivots first.
      const baseline = planRoute(pairs, from, to, {}, LANGUAGES, null);
      if (!baseline || routes.length < 2) {
        single.push(`${from}>${to}: ${routes.map((r) => r.join(">")).join("") || "no route"}`);
        continue;
      }
      const ordered = [baseline, ...routes.filter((r) => r.join(">") !== baseline.join(">"))];
      results.push(await measureDirection(from, to, ordered));
    }
  }
  if (isJson)
    console.log(JSON.stringify(Object.assign({}, ...results.map(withoutSentences)), null, 2));
  else printResults(results, single);
} finally {
  await engine.close();
}

async function measureDirection(
  from: Language,
  to: Language,
  routes: string[][],
): Promise<DirectionResult> {
  const sources = references.map((row) => escapeInlineText(row[from]));
  const targets = references.map((row) => row[to]);
  const scores: RouteScore[] = [];
  for (const route of routes) {
    const progress = createProgress(`${from}>${to} via ${route.join(">")}`);
    const outputs: string[] = [];
    for (let start = 0; start < sources.length; start += CHUNK) {
      const chunk = sources.slice(start, start + CHUNK);
      const routed = await translateAlongRoute(engine, route, chunk);
      outputs.push(...routed.outputs.map((output) => plainText(output.text)));
      progress.update(outputs.length, sources.length);
    }
    progress.done();
    const sentences = outputs.map((output, i) => 100 * chrF(output, targets[i] ?? ""));
    scores.push({ route, chrF: mean(sentences), sentences });
  }
  const best = scores.reduce((a, b) => (b.chrF > a.chrF ? b : a));
  const winShares: Record<string, number> = {};
  for (const other of scores) {
    if (other === best) continue;
    winShares[other.route.join(">")] = bootstrapWinShare(best.sentences, other.sentences);
  }
  const winShare = Math.min(...Object.values(winShares));
  return {
    from,
    to,
    baseline: routes[0] ?? [],
    routes: scores,
    best: best.route,
    winShares,
    winShare,
    preferred: winShare >= SIGNIFICANT_SHARE ? best.route : null,
  };
}

/** Share of paired resamples (rows drawn with replacement, same rows for both) in which `a`'s mean beats `b`'s. */
function bootstrapWinShare(a: readonly number[], b: readonly number[]): number {
  const random = mulberry32(SEED);
  const n = a.length;
  let wins = 0;
  for (let r = 0; r < RESAMPLES; r++) {
    let difference = 0;
    for (let k = 0; k < n; k++) {
      const i = Math.floor(random() * n);
      difference += (a[i] ?? 0) - (b[i] ?? 0);
    }
    if (difference > 0) wins++;
  }
  return wins / RESAMPLES;
}

/** Every chain of direct pairs from `from` to `to` without a repeated language, at most `limit` hops. */
function simpleRoutes(
  pairs: readonly LanguagePair[],
  from: string,
  to: string,
  limit: number,
): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path.at(-1);
    if (last === to) return void found.push(path);
    if (path.length > limit) return;
    for (const pair of pairs) {
      if (pair.from === last && !path.includes(pair.to)) walk([...path, pair.to]);
    }
  };
  walk([from]);
  return found.sort((a, b) => a.length - b.length || a.join(">").localeCompare(b.join(">")));
}

function printResults(results: readonly DirectionResult[], single: readonly string[]): void {
  console.log(`Reference set: ${references.length} human triples (${REFERENCE_FILES.join(", ")}).`);
  console.log(
    `Score: mean sentence chrF × 100; paired bootstrap ${RESAMPLES} resamples, seed ${SEED}; ` +
      `a route is preferred when it beats every other in ≥ ${SIGNIFICANT_SHARE * 100} % of them.`,
  );
  for (const result of results) {
    console.log(`\n${result.from}>${result.to}`);
    const baseline = result.routes[0];
    for (const score of result.routes) {
      const name = score.route.join(">");
      const isBaseline = score === baseline;
      const difference = isBaseline ? "      " : signed(score.chrF - (baseline?.chrF ?? 0));
      const wins =
        score.route === result.best
          ? "best"
          : `best wins ${(100 * (result.winShares[name] ?? 0)).toFixed(1)} %`;
      console.log(
        `  ${name.padEnd(12)} chrF ${score.chrF.toFixed(2)}  ${difference}  ${isBaseline ? "today" : "     "}  ${wins}`,
      );
    }
    const today = result.baseline.join(">");
    const best = result.best.join(">");
    if (!result.preferred) {
      console.log(
        `  decision: keep ${today}; ${best} is not significantly better (${(100 * result.winShare).toFixed(1)} % < ${SIGNIFICANT_SHARE * 100} %)`,
      );
    } else {
      console.log(`  decision: ${best === today ? "keep" : "switch to"} ${best}`);
    }
  }
  if (single.length > 0) {
    console.log(`\nOne route only (at most ${maxHops} hops), nothing to compare:`);
    for (const line of single) console.log(`  ${line}`);
  }
}

/** The entry of MEASURED_ROUTES.directions for a direction. */
function withoutSentences(result: DirectionResult) {
  return {
    [`${result.from}>${result.to}`]: {
      routes: result.routes.map((r) => ({ route: r.route, chrF: Number(r.chrF.toFixed(2)) })),
      best: result.best,
      winShare: Number(result.winShare.toFixed(3)),
      preferred: result.preferred,
    },
  };
}

function readTriples(path: string): Record<Language, string>[] {
  const [header = "", ...lines] = fs.readFileSync(path, "utf8").split("\n").filter(Boolean);
  const columns = header.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    const cell = (language: Language) => cells[columns.indexOf(language)] ?? "";
    return { en: cell("en"), fr: cell("fr"), es: cell("es") };
  });
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
}

function signed(value: number): string {
  return `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
