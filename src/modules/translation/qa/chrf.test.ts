import { describe, expect, it } from "vitest";
import { chrF } from "./chrf.js";

describe("chrF", () => {
  it("scores identical texts 1 and disjoint texts 0, ignoring whitespace", () => {
    expect(chrF("the cat", "thecat")).toBe(1);
    expect(chrF("abc", "xyz")).toBe(0);
    expect(chrF("", "")).toBe(1);
    expect(chrF("", "abc")).toBe(0);
  });

  it("matches a hand computation: “ab” against “ac”", () => {
    // n=1: a|b vs a|c → 1 match: P = R = 1/2; n=2: ab vs ac → 0. Means over the
    // two orders: P = R = 1/4, so F = 1/4 whatever β.
    expect(chrF("ab", "ac")).toBeCloseTo(0.25, 10);
  });

  it("matches a hand computation where recall and precision differ: “abc” against “abcd”", () => {
    // n=1: 3/3, 3/4; n=2: 2/2, 2/3; n=3: 1/1, 1/2; (n=4 has no hypothesis n-gram: not counted)
    // P = 1, R = (3/4 + 2/3 + 1/2)/3 = 23/36; F2 = 5PR/(4P+R) = (115/36)/(4 + 23/36) = 115/167.
    expect(chrF("abc", "abcd")).toBeCloseTo(115 / 167, 10);
    // β = 1 weighs them equally: 2PR/(P+R) = (46/36)/(59/36) = 46/59.
    expect(chrF("abc", "abcd", { beta: 1 })).toBeCloseTo(46 / 59, 10);
  });

  it("counts repeated n-grams with clipping: “aaaa” against “aa”", () => {
    // n=1: matches min(4,2)=2: P=2/4, R=2/2; n=2: hyp aa×3, ref aa×1 → 1: P=1/3, R=1.
    // P = (1/2 + 1/3)/2 = 5/12, R = 1; F2 = 5·(5/12)/(4·5/12 + 1) = (25/12)/(32/12) = 25/32.
    expect(chrF("aaaa", "aa")).toBeCloseTo(25 / 32, 10);
  });
});
