import { describe, expect, it } from "vitest";
import { CircuitBreakerEngine } from "./circuit-breaker.js";
import { type EngineOutput, type TranslationEngine } from "./engine.js";
import { EngineError, EngineUnavailableError, UnsupportedPairError } from "./engine-errors.js";

/** An in-process engine whose next answers the test decides. */
class ScriptedEngine implements TranslationEngine {
  readonly name = "scripted";
  isFailing = false;
  calls = 0;
  async pairs() {
    return [{ from: "en", to: "es", mode: "eng-spa" }];
  }
  async translate(request: { from: string; segments: readonly string[] }): Promise<EngineOutput[]> {
    this.calls++;
    if (request.from === "xx") throw new UnsupportedPairError("xx", "es");
    if (this.isFailing) throw new EngineError("down");
    return request.segments.map((text) => ({ text, unknownWords: [] }));
  }
  async close() {}
}

const request = { from: "en", to: "es", segments: ["a"] };

describe("CircuitBreakerEngine", () => {
  it("opens after consecutive failures, fails fast, then closes after a good trial", async () => {
    let now = 0;
    const inner = new ScriptedEngine();
    const breaker = new CircuitBreakerEngine(inner, {
      failureThreshold: 2,
      coolDownMs: 1000,
      now: () => now,
    });
    inner.isFailing = true;
    await expect(breaker.translate(request)).rejects.toBeInstanceOf(EngineError);
    await expect(breaker.translate(request)).rejects.toBeInstanceOf(EngineError);
    expect(breaker.state).toBe("open");
    await expect(breaker.translate(request)).rejects.toBeInstanceOf(EngineUnavailableError);
    expect(inner.calls).toBe(2);
    now = 1000;
    expect(breaker.state).toBe("half-open");
    inner.isFailing = false;
    await expect(breaker.translate(request)).resolves.toHaveLength(1);
    expect(breaker.state).toBe("closed");
  });

  it("re-opens when the half-open trial fails", async () => {
    let now = 0;
    const inner = new ScriptedEngine();
    const breaker = new CircuitBreakerEngine(inner, {
      failureThreshold: 1,
      coolDownMs: 500,
      now: () => now,
    });
    inner.isFailing = true;
    await expect(breaker.translate(request)).rejects.toBeInstanceOf(EngineError);
    now = 600;
    await expect(breaker.translate(request)).rejects.toBeInstanceOf(EngineError);
    expect(breaker.state).toBe("open");
    const error = await breaker.translate(request).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "engine_unavailable", status: 503, retryAfterMs: 500 });
  });

  it("does not count caller mistakes as failures", async () => {
    const breaker = new CircuitBreakerEngine(new ScriptedEngine(), { failureThreshold: 1 });
    await expect(breaker.translate({ ...request, from: "xx" })).rejects.toBeInstanceOf(
      UnsupportedPairError,
    );
    expect(breaker.state).toBe("closed");
  });
});
