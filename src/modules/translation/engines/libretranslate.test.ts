import { afterEach, describe, expect, it } from "vitest";
import {
  type StandIn,
  type StandInRequest,
  type StandInResponse,
  startStandIn,
  translateTaggedText,
} from "../../../test-support/stand-in-server.js";
import { EngineError, EngineTimeoutError, UnsupportedPairError } from "./engine-errors.js";
import { EngineRefusedError } from "./http-client.js";
import { LibreTranslateEngine } from "./libretranslate.js";

// No LibreTranslate can run on this machine: these tests talk to a stand-in on
// loopback that implements its published API (POST /translate with q, source,
// target, format, api_key → { translatedText }; GET /languages → [{ code, targets }];
// errors as { error } with 400/403/429/500).

const WORDS = {
  the: "les",
  strong: "fortes",
  cities: "villes",
  meet: "se réunissent",
  today: "aujourd'hui",
};

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** A LibreTranslate stand-in: `override` may answer a /translate request itself. */
async function libreStandIn(
  override?: (request: StandInRequest, count: number) => StandInResponse | undefined,
): Promise<StandIn> {
  let count = 0;
  standIn = await startStandIn((request) => {
    if (request.method === "GET" && request.path === "/languages") {
      return {
        body: [
          { code: "en", name: "English", targets: ["en", "es", "fr"] },
          { code: "fr", name: "French", targets: ["en", "fr"] },
        ],
      };
    }
    if (request.method !== "POST" || request.path !== "/translate")
      return { status: 404, body: { error: "Not Found" } };
    const answer = override?.(request, count++);
    if (answer) return answer;
    const body = request.body as { q: string[]; source: string; target: string; format: string };
    if (!Array.isArray(body.q) || body.format !== "html")
      return { status: 400, body: { error: "Invalid request" } };
    // An HTML parser writes an empty element as <x …></x>, as LibreTranslate's does.
    return {
      body: {
        translatedText: body.q.map((q) =>
          translateTaggedText(q, WORDS).replace(/<x ([^<>]*?)\/>/g, "<x $1></x>"),
        ),
      },
    };
  });
  return standIn;
}

function engine(
  url: string,
  extra: Partial<ConstructorParameters<typeof LibreTranslateEngine>[0]> = {},
) {
  const waits: number[] = [];
  return {
    waits,
    engine: new LibreTranslateEngine({
      url,
      timeoutMs: 2000,
      sleep: async (ms) => {
        waits.push(ms);
      },
      ...extra,
    }),
  };
}

describe("LibreTranslateEngine (against a loopback stand-in of its API)", () => {
  it("lists the server's source → target pairs from /languages", async () => {
    const server = await libreStandIn();
    const pairs = await engine(server.url).engine.pairs();
    expect(pairs).toEqual([
      { from: "en", to: "es", mode: "en-es" },
      { from: "en", to: "fr", mode: "en-fr" },
      { from: "fr", to: "en", mode: "fr-en" },
    ]);
  });

  it("sends the segments as HTML in one batch with the API key and carries every code back exactly once", async () => {
    const server = await libreStandIn();
    const { engine: libre } = engine(server.url, { apiKey: "secret" });
    const outputs = await libre.translate({
      from: "en",
      to: "fr",
      segments: [
        ' the <g id="1">strong cities</g> meet<x id="2"/> today ',
        '<x id="3"/>',
        "AT&amp;T &lt;b&gt;",
      ],
    });
    expect(outputs.map((o) => o.text)).toEqual([
      ' les <g id="1">fortes villes</g> se réunissent<x id="2"/> aujourd\'hui ',
      '<x id="3"/>',
      "AT&amp;T &lt;b&gt;",
    ]);
    const sent = server.requests.filter((r) => r.path === "/translate");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      q: ['the <g id="civ0">strong cities</g> meet<x id="civ0"/> today', "AT&amp;T &lt;b&gt;"],
      source: "en",
      target: "fr",
      format: "html",
      api_key: "secret",
    });
  });

  it("puts back a code the engine lost or repeated", async () => {
    const server = await libreStandIn((request) => {
      const { q } = request.body as { q: string[] };
      return { body: { translatedText: q.map(() => 'les villes <x id="civ0"/><x id="civ0"/>') } };
    });
    const [output] = await engine(server.url).engine.translate({
      from: "en",
      to: "fr",
      segments: ['the <g id="1">cities</g><x id="2"/>'],
    });
    expect(output?.text.match(/<g id="1">/g)).toHaveLength(1);
    expect(output?.text.match(/<x id="2"\/>/g)).toHaveLength(1);
  });

  it("retries 429 after the Retry-After it was given and 5xx with growing backoff", async () => {
    const server = await libreStandIn((_request, count) => {
      if (count === 0)
        return { status: 429, headers: { "retry-after": "2" }, body: { error: "Slowdown" } };
      if (count === 1 || count === 2) return { status: 503, body: { error: "Busy" } };
      return undefined;
    });
    const { engine: libre, waits } = engine(server.url, { backoffMs: 100 });
    const [output] = await libre.translate({ from: "en", to: "fr", segments: ["the cities"] });
    expect(output?.text).toBe("les villes");
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
    expect(waits[2]).toBeGreaterThanOrEqual(200);
    expect(waits[2]).toBeLessThanOrEqual(400);
  });

  it("gives up after its retries with a rate-limit error, and does not retry a refused key", async () => {
    const limited = await libreStandIn(() => ({
      status: 429,
      body: { error: "Too many requests" },
    }));
    const { engine: libre } = engine(limited.url, { retries: 2 });
    const error = await libre
      .translate({ from: "en", to: "fr", segments: ["the cities"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe("engine_rate_limited");
    expect(limited.requests.filter((r) => r.path === "/translate")).toHaveLength(3);
    await limited.close();

    const refusing = await libreStandIn(() => ({
      status: 403,
      body: { error: "Invalid API key" },
    }));
    const refused = await engine(refusing.url)
      .engine.translate({ from: "en", to: "fr", segments: ["the cities"] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EngineRefusedError);
    expect((refused as EngineRefusedError).httpStatus).toBe(403);
    expect(refusing.requests.filter((r) => r.path === "/translate")).toHaveLength(1);
  });

  it("answers a timeout for a slow server and refuses a pair it does not offer", async () => {
    const server = await libreStandIn(() => ({ delayMs: 500, body: { translatedText: ["x"] } }));
    const { engine: libre } = engine(server.url, { timeoutMs: 100 });
    await expect(
      libre.translate({ from: "en", to: "fr", segments: ["the cities"] }),
    ).rejects.toBeInstanceOf(EngineTimeoutError);
    await expect(
      libre.translate({ from: "fr", to: "es", segments: ["les villes"] }),
    ).rejects.toBeInstanceOf(UnsupportedPairError);
  });

  it("refuses an answer with the wrong number of translations", async () => {
    const server = await libreStandIn(() => ({ body: { translatedText: [] } }));
    await expect(
      engine(server.url).engine.translate({ from: "en", to: "fr", segments: ["the cities"] }),
    ).rejects.toBeInstanceOf(EngineError);
  });
});
