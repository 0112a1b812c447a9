import { afterEach, describe, expect, it } from "vitest";
import {
  type StandIn,
  type StandInRequest,
  type StandInResponse,
  startStandIn,
  translateTaggedText,
} from "../../../test-support/stand-in-server.js";
import { DeepLEngine, deeplEndpoint } from "./deepl.js";
import { EngineBudgetExhaustedError, EngineError, EngineTimeoutError } from "./engine-errors.js";
import { EngineRefusedError } from "./http-client.js";

// No DeepL can be reached from this machine: these tests talk to a stand-in on
// loopback that implements the DeepL API v2 contract (POST /v2/translate with
// JSON text[], source_lang, target_lang, tag_handling, ignore_tags, glossary_id;
// GET /v2/languages?type=source|target; Authorization: DeepL-Auth-Key; 403 bad
// key, 429 too many requests, 456 quota exceeded, 5xx).

const KEY = "0b6a1c2d-stand-in:fx";
const WORDS = { the: "les", strong: "fortes", cities: "villes", meet: "se réunissent" };

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function deeplStandIn(
  override?: (request: StandInRequest, count: number) => StandInResponse | undefined,
): Promise<StandIn> {
  let count = 0;
  standIn = await startStandIn((request) => {
    if (request.headers.authorization !== `DeepL-Auth-Key ${KEY}`) {
      return { status: 403, body: { message: "Wrong endpoint or authentication key" } };
    }
    if (request.method === "GET" && request.path === "/v2/languages") {
      return request.query.get("type") === "target"
        ? {
            body: [
              { language: "EN-GB" },
              { language: "EN-US" },
              { language: "ES" },
              { language: "FR" },
            ],
          }
        : { body: [{ language: "EN" }, { language: "ES" }, { language: "FR" }] };
    }
    if (request.method !== "POST" || request.path !== "/v2/translate")
      return { status: 404, body: {} };
    const answer = override?.(request, count++);
    if (answer) return answer;
    const body = request.body as { text: string[]; target_lang: string };
    return {
      body: {
        translations: body.text.map((text) => ({
          detected_source_language: "EN",
          text: translateTaggedText(text, WORDS),
        })),
      },
    };
  });
  return standIn;
}

function deepl(url: string, extra: Partial<ConstructorParameters<typeof DeepLEngine>[0]> = {}) {
  return new DeepLEngine({ apiKey: KEY, url, timeoutMs: 2000, sleep: async () => {}, ...extra });
}

describe("DeepLEngine (against a loopback stand-in of the DeepL API)", () => {
  it("picks the free endpoint for a key ending :fx and the pro endpoint otherwise", () => {
    expect(deeplEndpoint("abc:fx")).toBe("https://api-free.deepl.com");
    expect(deeplEndpoint("abc")).toBe("https://api.deepl.com");
  });

  it("lists pairs from the source and target languages, English as EN-GB", async () => {
    const server = await deeplStandIn();
    const pairs = await deepl(server.url).pairs();
    expect(pairs).toContainEqual({ from: "en", to: "fr", mode: "EN-FR" });
    expect(pairs).toContainEqual({ from: "fr", to: "en", mode: "FR-EN-GB" });
    expect(pairs.some((p) => p.from === p.to)).toBe(false);
  });

  it("sends XML tag handling, the glossary of the direction and the key header, and keeps the codes", async () => {
    const server = await deeplStandIn();
    const engine = deepl(server.url, { glossaries: { "en>fr": "gloss-1" } });
    const outputs = await engine.translate({
      from: "en",
      to: "fr",
      segments: ['the <g id="1">strong cities</g> meet<x id="2"/>', " "],
    });
    expect(outputs.map((o) => o.text)).toEqual([
      'les <g id="1">fortes villes</g> se réunissent<x id="2"/>',
      " ",
    ]);
    const sent = server.requests.find((r) => r.path === "/v2/translate");
    expect(sent?.body).toEqual({
      text: ['the <g id="civ0">strong cities</g> meet<x id="civ0"/>'],
      source_lang: "EN",
      target_lang: "FR",
      tag_handling: "xml",
      ignore_tags: ["x"],
      glossary_id: "gloss-1",
    });
    await engine.translate({ from: "fr", to: "en", segments: ["les villes"] });
    const back = server.requests.filter((r) => r.path === "/v2/translate").at(-1)?.body;
    expect(back).toMatchObject({ target_lang: "EN-GB" });
    expect(back).not.toHaveProperty("glossary_id");
  });

  it("stops with a spent budget on 456 and is refused with a wrong key", async () => {
    const server = await deeplStandIn(() => ({ status: 456, body: { message: "Quota exceeded" } }));
    const error = await deepl(server.url)
      .translate({ from: "en", to: "fr", segments: ["the cities"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineBudgetExhaustedError);
    expect((error as EngineBudgetExhaustedError).code).toBe("engine_budget_exhausted");
    const wrong = await deepl(server.url, { apiKey: "other" })
      .pairs()
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(EngineRefusedError);
    expect((wrong as EngineRefusedError).httpStatus).toBe(403);
  });

  it("retries 429 and 500, then fails with the status after its retries; times out a slow answer", async () => {
    const server = await deeplStandIn((_r, count) =>
      count === 0
        ? { status: 429, headers: { "retry-after": "1" }, body: {} }
        : count === 1
          ? { status: 500, body: {} }
          : undefined,
    );
    const [output] = await deepl(server.url).translate({
      from: "en",
      to: "fr",
      segments: ["the cities"],
    });
    expect(output?.text).toBe("les villes");
    await server.close();

    const failing = await deeplStandIn(() => ({ status: 502, body: {} }));
    const error = await deepl(failing.url, { retries: 1 })
      .translate({ from: "en", to: "fr", segments: ["the cities"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(failing.requests.filter((r) => r.path === "/v2/translate")).toHaveLength(2);
    await failing.close();

    const slow = await deeplStandIn(() => ({ delayMs: 400, body: { translations: [] } }));
    await expect(
      deepl(slow.url, { timeoutMs: 100 }).translate({
        from: "en",
        to: "fr",
        segments: ["the cities"],
      }),
    ).rejects.toBeInstanceOf(EngineTimeoutError);
  });
});
