import { describe, expect, it } from "vitest";
import { type LanguagePair } from "./engine.js";
import { InvalidRouteError } from "./engine-errors.js";
import { MEASURED_ROUTES, type RouteMeasurement } from "./route-figures.js";
import { describeLanguages, planRoute } from "./routes.js";

const pair = (from: string, to: string): LanguagePair => ({ from, to, mode: `${from}-${to}` });
const bothPivots = [pair("en", "es"), pair("es", "fr"), pair("en", "ca"), pair("ca", "fr")];
const site = ["en", "fr", "es"];

/** Figures in which the route through Catalan wins en>fr clearly, the one through Spanish not. */
const measured = (preferred: string[] | null): RouteMeasurement => ({
  date: "2026-12-04",
  command: "npx tsx bench/routes.ts",
  references: 380,
  directions: {
    "en>fr": {
      routes: [
        { route: ["en", "es", "fr"], chrF: 45.3 },
        { route: ["en", "ca", "fr"], chrF: 47.1 },
      ],
      best: ["en", "ca", "fr"],
      winShare: preferred ? 0.99 : 0.9,
      preferred,
    },
  },
});

describe("planRoute", () => {
  it("prefers the direct pair", () => {
    expect(planRoute([pair("en", "es"), pair("es", "fr"), pair("en", "fr")], "en", "fr")).toEqual([
      "en",
      "fr",
    ]);
  });

  it("pivots through the only bridge", () => {
    expect(planRoute([pair("en", "es"), pair("es", "fr")], "en", "fr")).toEqual(["en", "es", "fr"]);
  });

  it("breaks ties alphabetically whatever the order of the pairs", () => {
    const pairs = [pair("en", "es"), pair("es", "fr"), pair("en", "ca"), pair("ca", "fr")];
    expect(planRoute(pairs, "en", "fr", {}, [], null)).toEqual(["en", "ca", "fr"]);
    expect(planRoute([...pairs].reverse(), "en", "fr", {}, [], null)).toEqual(["en", "ca", "fr"]);
  });

  it("prefers pivots through the site's languages over other ties", () => {
    const pairs = [pair("en", "ca"), pair("ca", "fr"), pair("en", "es"), pair("es", "fr")];
    expect(planRoute(pairs, "en", "fr", {}, ["en", "fr", "es", "ar"], null)).toEqual([
      "en",
      "es",
      "fr",
    ]);
    expect(planRoute(pairs, "en", "fr", {}, ["en", "fr"], null)).toEqual(["en", "ca", "fr"]);
  });

  it("answers null for an unreachable language", () => {
    expect(planRoute([pair("en", "es")], "en", "ar")).toBeNull();
  });

  it("follows a valid override and refuses an invalid one", () => {
    const pairs = [pair("en", "es"), pair("es", "fr"), pair("en", "ca"), pair("ca", "fr")];
    expect(planRoute(pairs, "en", "fr", { "en>fr": ["en", "es", "fr"] })).toEqual([
      "en",
      "es",
      "fr",
    ]);
    expect(() => planRoute(pairs, "en", "fr", { "en>fr": ["en", "fr"] })).toThrow(
      InvalidRouteError,
    );
    expect(() => planRoute(pairs, "en", "fr", { "en>fr": ["es", "fr"] })).toThrow(
      InvalidRouteError,
    );
  });
});

describe("planRoute with measured figures", () => {
  it("takes the measured winner over the planner's own choice", () => {
    expect(planRoute(bothPivots, "en", "fr", {}, site, measured(["en", "ca", "fr"]))).toEqual([
      "en",
      "ca",
      "fr",
    ]);
    expect(planRoute(bothPivots, "en", "fr", {}, site, null)).toEqual(["en", "es", "fr"]);
  });

  it("keeps the planner's choice when no route was significantly better", () => {
    expect(planRoute(bothPivots, "en", "fr", {}, site, measured(null))).toEqual(["en", "es", "fr"]);
    expect(planRoute(bothPivots, "en", "fr", {}, [], measured(null))).toEqual(["en", "ca", "fr"]);
  });

  it("lets a configured override win over the figures", () => {
    const overrides = { "en>fr": ["en", "es", "fr"] };
    expect(
      planRoute(bothPivots, "en", "fr", overrides, site, measured(["en", "ca", "fr"])),
    ).toEqual(["en", "es", "fr"]);
  });

  it("falls back to the planner when a pair of the winner is missing", () => {
    const withoutCaFr = bothPivots.filter((p) => !(p.from === "ca" && p.to === "fr"));
    expect(planRoute(withoutCaFr, "en", "fr", {}, site, measured(["en", "ca", "fr"]))).toEqual([
      "en",
      "es",
      "fr",
    ]);
  });

  it("ignores figures that never compared the route planned (a direct pair installed since)", () => {
    const withDirect = [...bothPivots, pair("en", "fr")];
    expect(planRoute(withDirect, "en", "fr", {}, site, measured(["en", "ca", "fr"]))).toEqual([
      "en",
      "fr",
    ]);
  });

  it("applies the recorded figures by default: fr>en through Spanish, even without site languages", () => {
    const pairs = [
      ...bothPivots,
      pair("fr", "es"),
      pair("es", "en"),
      pair("fr", "ca"),
      pair("ca", "en"),
    ];
    expect(MEASURED_ROUTES.directions["fr>en"]?.preferred).toEqual(["fr", "es", "en"]);
    expect(planRoute(pairs, "fr", "en", {}, [], null)).toEqual(["fr", "ca", "en"]);
    expect(planRoute(pairs, "fr", "en")).toEqual(["fr", "es", "en"]);
  });
});

describe("describeLanguages", () => {
  it("gives a route for every ordered pair of site languages", () => {
    const report = describeLanguages(
      [pair("en", "es"), pair("es", "fr")],
      ["en", "fr", "ar"],
      {},
      null,
    );
    expect(report.routes).toEqual([
      { from: "en", to: "fr", route: ["en", "es", "fr"], isDirect: false, figures: null },
      { from: "en", to: "ar", route: null, isDirect: false, figures: null },
      { from: "fr", to: "en", route: null, isDirect: false, figures: null },
      { from: "fr", to: "ar", route: null, isDirect: false, figures: null },
      { from: "ar", to: "en", route: null, isDirect: false, figures: null },
      { from: "ar", to: "fr", route: null, isDirect: false, figures: null },
    ]);
  });

  it("gives the figures of the route taken and of the alternatives", () => {
    const report = describeLanguages(bothPivots, site, {}, measured(["en", "ca", "fr"]));
    const enFr = report.routes.find((r) => r.from === "en" && r.to === "fr");
    expect(enFr?.route).toEqual(["en", "ca", "fr"]);
    expect(enFr?.figures).toEqual({
      chrF: 47.1,
      alternatives: [{ route: ["en", "es", "fr"], chrF: 45.3 }],
      best: ["en", "ca", "fr"],
      winShare: 0.99,
      references: 380,
      date: "2026-12-04",
      command: "npx tsx bench/routes.ts",
    });
    const overridden = describeLanguages(
      bothPivots,
      site,
      { "en>fr": ["en", "es", "fr"] },
      measured(["en", "ca", "fr"]),
    ).routes.find((r) => r.from === "en" && r.to === "fr");
    expect(overridden?.figures?.chrF).toBe(45.3);
    expect(overridden?.figures?.alternatives).toEqual([{ route: ["en", "ca", "fr"], chrF: 47.1 }]);
    expect(report.routes.find((r) => r.from === "en" && r.to === "es")?.figures).toBeNull();
  });
});
