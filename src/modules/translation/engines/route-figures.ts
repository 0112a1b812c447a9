/**
 * What bench/routes.ts measured: for each direction between en, fr and es
 * that the installed Apertium pairs serve in more than one way, every route's
 * chrF against human translations. planRoute takes a direction's `preferred`
 * route when its pairs are installed (a configured override still wins).
 */

/** A route is preferred when it beats every other in this share of the bootstrap's resamples. */
export const SIGNIFICANT_SHARE = 0.95;

/** One route's score. */
export interface RouteFigure {
  /** The language path, e.g. ["en", "ca", "fr"]. */
  readonly route: readonly string[];
  /** Mean sentence chrF × 100 against the human reference. */
  readonly chrF: number;
}

/** The routes compared for one direction and the decision taken. */
export interface MeasuredDirection {
  /** Every route compared; the one the pipeline took before the measurement first. */
  readonly routes: readonly RouteFigure[];
  /** The route with the highest chrF. */
  readonly best: readonly string[];
  /** Share of the paired bootstrap's resamples in which `best` beat every other route (the lowest share). */
  readonly winShare: number;
  /** `best` when winShare ≥ SIGNIFICANT_SHARE, else null: no route is significantly better and the planner's own choice stands. */
  readonly preferred: readonly string[] | null;
}

/** A measurement: when, how, on how many references, and per direction ("from>to") the figures. */
export interface RouteMeasurement {
  readonly date: string;
  readonly command: string;
  readonly references: number;
  readonly directions: Readonly<Record<string, MeasuredDirection>>;
}

/**
 * 380 human triples (qa/labelled/human/triples.tsv and
 * qa/labelled/held-out-domains/triples.tsv), local Apertium (eng-spa, fr-es,
 * eng-cat, fra-cat), paired bootstrap of 1,000 resamples, seed 20261204.
 * en>fr: en>ca>fr scores higher but wins only 91.6 % of resamples, so the
 * pipeline keeps en>es>fr; fr>en: fr>es>en wins 98.8 % over fr>ca>en.
 */
export const MEASURED_ROUTES: RouteMeasurement = {
  date: "2026-12-04",
  command: "npx tsx bench/routes.ts",
  references: 380,
  directions: {
    "en>fr": {
      routes: [
        { route: ["en", "es", "fr"], chrF: 48.21 },
        { route: ["en", "ca", "fr"], chrF: 48.87 },
      ],
      best: ["en", "ca", "fr"],
      winShare: 0.916,
      preferred: null,
    },
    "fr>en": {
      routes: [
        { route: ["fr", "es", "en"], chrF: 47.62 },
        { route: ["fr", "ca", "en"], chrF: 46.61 },
      ],
      best: ["fr", "es", "en"],
      winShare: 0.988,
      preferred: ["fr", "es", "en"],
    },
    "en>es": {
      routes: [
        { route: ["en", "es"], chrF: 49.66 },
        { route: ["en", "ca", "fr", "es"], chrF: 46.56 },
      ],
      best: ["en", "es"],
      winShare: 1,
      preferred: ["en", "es"],
    },
    "es>en": {
      routes: [
        { route: ["es", "en"], chrF: 50.69 },
        { route: ["es", "fr", "ca", "en"], chrF: 45.61 },
      ],
      best: ["es", "en"],
      winShare: 1,
      preferred: ["es", "en"],
    },
    "fr>es": {
      routes: [
        { route: ["fr", "es"], chrF: 58.99 },
        { route: ["fr", "ca", "en", "es"], chrF: 53.09 },
      ],
      best: ["fr", "es"],
      winShare: 1,
      preferred: ["fr", "es"],
    },
    "es>fr": {
      routes: [
        { route: ["es", "fr"], chrF: 60.92 },
        { route: ["es", "en", "ca", "fr"], chrF: 54.03 },
      ],
      best: ["es", "fr"],
      winShare: 1,
      preferred: ["es", "fr"],
    },
  },
};
