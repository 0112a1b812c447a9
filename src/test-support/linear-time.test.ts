import { describe, expect, it } from "vitest";
import { assertLinearTime, measureLinearTime } from "./linear-time.test-kit.js";

const N = 6_250;
/** The quadratic function's small size: ~35 ms at n, ~0.6 s at 4n on a quiet machine. */
const Q = 4_500;
const text = (length: number) => "ab ".repeat(Math.ceil(length / 3)).slice(0, length);

describe("the linear-time check", () => {
  it("fails a quadratic function", () => {
    const quadratic = (t: string) => {
      let n = 0;
      // n² steps. CI once passed n²/2 steps of a plain sum (~40 ms at n) when the check kept its
      // second round's times alone: a busy moment added to both small runs lifted the bound of nine
      // times above them. Each size's fastest time over all rounds is kept now.
      for (let i = 0; i < t.length; i += 1)
        for (let j = 0; j < t.length; j++) n = (Math.imul(n, 31) + t.charCodeAt(j) + i) | 0;
      return n;
    };
    // Seven runs at 4n (one, then three, then three again): seconds on a loaded machine.
    expect(() =>
      assertLinearTime("quadratic", quadratic, { small: text(Q), large: text(4 * Q) }),
    ).toThrow(/quadratic is not linear/);
  }, 120_000);

  it("passes a linear function that takes long enough to measure", () => {
    // 256 passes over the text: ~0.2 s at the large size, well above the floor, so the ratio decides.
    const linear = (t: string) => {
      let n = 0;
      for (let pass = 0; pass < 256; pass += 1)
        for (let j = 0; j < t.length; j++) n = (Math.imul(n, 31) + t.charCodeAt(j) + pass) | 0;
      return n;
    };
    const timing = measureLinearTime(linear, text(20 * N), text(80 * N));
    expect(timing.isLinear).toBe(true);
  });
});
