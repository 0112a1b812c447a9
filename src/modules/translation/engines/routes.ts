/** Choosing a chain of direct pairs between two languages and translating along it. */
import { type EngineOutput, type LanguagePair, type TranslationEngine, pairKey } from "./engine.js";
import { InvalidRouteError } from "./engine-errors.js";
import { MEASURED_ROUTES, type RouteFigure, type RouteMeasurement } from "./route-figures.js";

/** Route overrides keyed "from>to", e.g. `{ "en>fr": ["en", "es", "fr"] }`. */
export type RouteOverrides = Readonly<Record<string, readonly string[]>>;

/** Outputs of a routed translation and the route taken, e.g. "apertium:en>es>fr". */
export interface RoutedTranslation {
  outputs: EngineOutput[];
  route: string;
}

/** Data for `civitas languages`: the pairs offered and the route of every ordered site-language pair. */
export interface LanguageReport {
  pairs: LanguagePair[];
  routes: {
    from: string;
    to: string;
    route: string[] | null;
    isDirect: boolean;
    /** What bench/routes.ts measured for the direction; null when it was not measured or has no route. */
    figures: RouteFiguresReport | null;
  }[];
}

/** A direction's measured figures as `civitas languages` shows them. */
export interface RouteFiguresReport {
  /** Mean sentence chrF × 100 of the route taken; null when that route was not measured. */
  chrF: number | null;
  /** The other routes measured. */
  alternatives: RouteFigure[];
  /** The best-scoring route and the share of bootstrap resamples in which it beat every other. */
  best: string[];
  winShare: number;
  references: number;
  date: string;
  command: string;
}

/**
 * The language path from `from` to `to`: an override when given (checked
 * against the pairs, InvalidRouteError otherwise), else the measured
 * preference (`measured`, from bench/routes.ts) when every pair of it is
 * installed and the figures compared the route planned below, else the direct
 * pair, else the shortest chain; among chains of one length, pivots through
 * `prefer` (the site's languages: their translations are reviewed, so the
 * pairs are the best known) win, then alphabetical order; null when unreachable.
 */
export function planRoute(
  pairs: readonly LanguagePair[],
  from: string,
  to: string,
  overrides: RouteOverrides = {},
  prefer: readonly string[] = [],
  measured: RouteMeasurement | null = MEASURED_ROUTES,
): string[] | null {
  const override = overrides[pairKey(from, to)];
  if (override) return checkOverride(pairs, from, to, override);
  if (from === to) return [from];
  const planned = shortestRoute(pairs, from, to, prefer);
  return (planned && measuredChoice(pairs, pairKey(from, to), planned, measured)) ?? planned;
}

function shortestRoute(
  pairs: readonly LanguagePair[],
  from: string,
  to: string,
  prefer: readonly string[],
): string[] | null {
  const next = new Map<string, string[]>();
  for (const pair of pairs) next.set(pair.from, [...(next.get(pair.from) ?? []), pair.to]);
  const parent = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0 && !parent.has(to)) {
    const following: string[] = [];
    for (const language of frontier) {
      const rank = (l: string) => (prefer.includes(l) ? 0 : 1);
      const targets = [...(next.get(language) ?? [])].sort(
        (a, b) => rank(a) - rank(b) || a.localeCompare(b),
      );
      for (const target of targets) {
        if (parent.has(target)) continue;
        parent.set(target, language);
        following.push(target);
      }
    }
    frontier = following;
  }
  if (!parent.has(to)) return null;
  const path = [to];
  while (path[0] !== from) path.unshift(parent.get(path[0] ?? from) ?? from);
  return path;
}

/** Translates hop by hop; unknown words of every hop are kept (later hops' words are in the pivot language). */
export async function translateAlongRoute(
  engine: TranslationEngine,
  route: readonly string[],
  segments: readonly string[],
  timeoutMs?: number,
): Promise<RoutedTranslation> {
  let outputs: EngineOutput[] = segments.map((text) => ({ text, unknownWords: [] }));
  for (let hop = 1; hop < route.length; hop++) {
    const from = route[hop - 1] ?? "";
    const to = route[hop] ?? "";
    const next = await engine.translate({
      from,
      to,
      segments: outputs.map((output) => output.text),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    outputs = next.map((output, index) => ({
      text: output.text,
      unknownWords: [...new Set([...(outputs[index]?.unknownWords ?? []), ...output.unknownWords])],
    }));
  }
  return { outputs, route: `${engine.name}:${route.join(">")}` };
}

/** Describes what the engine offers for the site's languages. */
export function describeLanguages(
  pairs: readonly LanguagePair[],
  siteLanguages: readonly string[],
  overrides: RouteOverrides = {},
  measured: RouteMeasurement | null = MEASURED_ROUTES,
): LanguageReport {
  const routes = siteLanguages.flatMap((from) =>
    siteLanguages
      .filter((to) => to !== from)
      .map((to) => {
        const route = planRoute(pairs, from, to, overrides, siteLanguages, measured);
        return {
          from,
          to,
          route,
          isDirect: route !== null && route.length === 2,
          figures: route && measured ? reportFigures(measured, pairKey(from, to), route) : null,
        };
      }),
  );
  return { pairs: [...pairs], routes };
}

function reportFigures(
  measured: RouteMeasurement,
  key: string,
  route: readonly string[],
): RouteFiguresReport | null {
  const figures = measured.directions[key];
  if (!figures) return null;
  const isTaken = (figure: RouteFigure) => figure.route.join(">") === route.join(">");
  return {
    chrF: figures.routes.find(isTaken)?.chrF ?? null,
    alternatives: figures.routes.filter((figure) => !isTaken(figure)),
    best: [...figures.best],
    winShare: figures.winShare,
    references: measured.references,
    date: measured.date,
    command: measured.command,
  };
}

function checkOverride(
  pairs: readonly LanguagePair[],
  from: string,
  to: string,
  route: readonly string[],
): string[] {
  if (route[0] !== from || route.at(-1) !== to || route.length < 2) {
    throw new InvalidRouteError(`Route override for ${from}>${to} must run from ${from} to ${to}`);
  }
  for (let hop = 1; hop < route.length; hop++) {
    const a = route[hop - 1];
    const b = route[hop];
    if (!pairs.some((pair) => pair.from === a && pair.to === b)) {
      throw new InvalidRouteError(`Route override for ${from}>${to}: no direct pair ${a}>${b}`);
    }
  }
  return [...route];
}

/**
 * The measured preference for a direction, when the figures compared the
 * route the planner would take (a pair installed since, e.g. a direct one,
 * was never measured, so the figures say nothing about it) and every pair
 * of the preferred route is installed; null otherwise.
 */
function measuredChoice(
  pairs: readonly LanguagePair[],
  key: string,
  planned: readonly string[],
  measured: RouteMeasurement | null,
): string[] | null {
  const figures = measured?.directions[key];
  if (!figures) return null;
  const same = (route: readonly string[]) => route.join(">") === planned.join(">");
  if (!figures.routes.some((figure) => same(figure.route))) return null;
  const { preferred } = figures;
  if (!preferred) return null;
  for (let hop = 1; hop < preferred.length; hop++) {
    if (!pairs.some((pair) => pair.from === preferred[hop - 1] && pair.to === preferred[hop])) {
      return null;
    }
  }
  return [...preferred];
}
