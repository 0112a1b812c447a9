import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../platform/config.js";
import { type StandIn, startStandIn } from "../../test-support/stand-in-server.js";
import { CircuitBreakerEngine } from "./engines/circuit-breaker.js";
import { EngineUnavailableError } from "./engines/engine-errors.js";
import { TranslationRuntime } from "./runtime.js";

// A LibreTranslate stand-in on loopback (none can run here) that lists en>fr and then fails every translation.
let standIn: StandIn | undefined;
let runtime: TranslationRuntime | undefined;
afterEach(async () => {
  await runtime?.close();
  await standIn?.close();
});

describe("TranslationRuntime engines per pair", () => {
  it("builds each configured engine behind its own circuit breaker and gives each direction its engine", async () => {
    standIn = await startStandIn((request) =>
      request.path === "/languages"
        ? { body: [{ code: "en", name: "English", targets: ["fr"] }] }
        : { status: 500, body: { error: "model crashed" } },
    );
    const config = loadConfig(
      {},
      {
        CIVITAS_LANGUAGES: "en,fr,es",
        CIVITAS_MT_ENGINE: "none",
        CIVITAS_MT_RETRIES: "0",
        CIVITAS_TRANSLATION_ENGINES: "en>fr=libretranslate; fr>en=llm",
        CIVITAS_LIBRETRANSLATE_URL: standIn.url,
        CIVITAS_LLM_URL: "http://127.0.0.1:9",
        CIVITAS_LLM_MODEL: "m",
      },
    );
    runtime = TranslationRuntime.fromConfig(config);
    await runtime.load();
    expect(runtime.engines.get("libretranslate")).toBeInstanceOf(CircuitBreakerEngine);
    expect(runtime.engineFor("en", "fr")).toMatchObject({ name: "libretranslate", isCloud: false });
    expect(runtime.engineFor("en", "es")).toMatchObject({ name: "apertium", engine: null });
    expect(runtime.route("en", "fr")).toEqual(["en", "fr"]);
    expect(runtime.route("fr", "en")).toEqual(["fr", "en"]);
    expect(runtime.route("en", "es")).toBeNull();

    const libre = runtime.engineFor("en", "fr").engine;
    for (let i = 0; i < 5; i++) {
      await expect(
        libre?.translate({ from: "en", to: "fr", segments: ["Hello"] }),
      ).rejects.toThrow();
    }
    const sent = standIn.requests.length;
    await expect(
      libre?.translate({ from: "en", to: "fr", segments: ["Hello"] }),
    ).rejects.toBeInstanceOf(EngineUnavailableError);
    expect(standIn.requests.length).toBe(sent);
  });
});
