import { describe, expect, it } from "vitest";
import { decideGate, type GateInput } from "./gate.js";

const base: GateInput = {
  policy: "gate",
  kind: "text",
  isComplete: true,
  isReviewed: false,
  errorCount: 0,
};

describe("decideGate", () => {
  it("publishes machine text without errors under the gate policy", () => {
    expect(decideGate(base)).toEqual({ isLive: true, reason: null });
  });

  it("holds machine text with one error under the gate policy", () => {
    expect(decideGate({ ...base, errorCount: 1 })).toEqual({ isLive: false, reason: "errors" });
  });

  it("holds an incomplete translation whatever the policy", () => {
    for (const policy of ["immediate", "gate", "review"] as const) {
      expect(decideGate({ ...base, policy, isComplete: false, isReviewed: true }).reason).toBe(
        "incomplete",
      );
    }
  });

  it("publishes reviewed text under every policy, errors or not", () => {
    for (const policy of ["immediate", "gate", "review"] as const) {
      expect(decideGate({ ...base, policy, isReviewed: true, errorCount: 3 }).isLive).toBe(true);
    }
  });

  it("publishes machine text with errors only under the immediate policy", () => {
    expect(decideGate({ ...base, policy: "immediate", errorCount: 2 }).isLive).toBe(true);
    expect(decideGate({ ...base, policy: "review" })).toEqual({
      isLive: false,
      reason: "review-required",
    });
  });

  it("never publishes machine text under the draft policy, even without errors; a person's text goes live", () => {
    expect(decideGate({ ...base, policy: "draft" })).toEqual({
      isLive: false,
      reason: "machine-draft",
    });
    expect(decideGate({ ...base, policy: "draft", isReviewed: true })).toEqual({
      isLive: true,
      reason: null,
    });
  });

  it("never publishes a machine suggestion for vocabulary, even under immediate", () => {
    for (const policy of ["immediate", "gate", "review"] as const) {
      expect(decideGate({ ...base, policy, kind: "vocabulary" })).toEqual({
        isLive: false,
        reason: "vocabulary-unreviewed",
      });
    }
    expect(decideGate({ ...base, kind: "vocabulary", isReviewed: true }).isLive).toBe(true);
  });
});
