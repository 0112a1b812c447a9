import { describe, expect, it } from "vitest";
import { type LanguagePair } from "./engine.js";
import { InvalidRouteError } from "./engine-errors.js";
import { describeLanguages, planRoute } from "./routes.js";

const pair = (from: string, to: string): LanguagePair => ({ from, to, mode: `${from}-${to}` });

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
    expect(planRoute(pairs, "en", "fr")).toEqual(["en", "ca", "fr"]);
    expect(planRoute([...pairs].reverse(), "en", "fr")).toEqual(["en", "ca", "fr"]);
  });

  it("prefers pivots through the site's languages over other ties", () => {
    const pairs = [pair("en", "ca"), pair("ca", "fr"), pair("en", "es"), pair("es", "fr")];
    expect(planRoute(pairs, "en", "fr", {}, ["en", "fr", "es", "ar"])).toEqual(["en", "es", "fr"]);
    expect(planRoute(pairs, "en", "fr", {}, ["en", "fr"])).toEqual(["en", "ca", "fr"]);
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

describe("describeLanguages", () => {
  it("gives a route for every ordered pair of site languages", () => {
    const report = describeLanguages([pair("en", "es"), pair("es", "fr")], ["en", "fr", "ar"]);
    expect(report.routes).toEqual([
      { from: "en", to: "fr", route: ["en", "es", "fr"], isDirect: false },
      { from: "en", to: "ar", route: null, isDirect: false },
      { from: "fr", to: "en", route: null, isDirect: false },
      { from: "fr", to: "ar", route: null, isDirect: false },
      { from: "ar", to: "en", route: null, isDirect: false },
      { from: "ar", to: "fr", route: null, isDirect: false },
    ]);
  });
});
