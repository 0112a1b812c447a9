/** Measured quality of competing routes between the site languages (bench/routes.ts). */

export interface RouteFigure {
  /** The language path, e.g. ["en", "ca", "fr"]. */
  readonly route: readonly string[];
  /** Mean sentence chrF × 100 against the human reference. */
  readonly chrF: number;
}

export interface MeasuredDirection {
  /** The route planRoute takes when its pairs are installed. */
  readonly preferred: readonly string[];
  /** Every route compared; the route used before the measurement first. */
  readonly routes: readonly RouteFigure[];
}

export interface RouteMeasurement {
  readonly date: string;
  readonly command: string;
  readonly references: number;
  /** Keyed "from>to". */
  readonly directions: Readonly<Record<string, MeasuredDirection>>;
}

export const MEASURED_ROUTES: RouteMeasurement = {
  date: "",
  command: "npx tsx bench/routes.ts",
  references: 0,
  directions: {},
};
