import { afterEach, describe, expect, it } from "vitest";
import {
  type StandIn,
  type StandInResponse,
  startStandIn,
  translateTaggedText,
} from "../../../test-support/stand-in-server.js";
import { EngineError, EngineTimeoutError, UnsupportedPairError } from "./engine-errors.js";
import { OpenAiChatEngine, checkChatAnswer, translationPrompt } from "./openai-chat.js";

// No model server can run on this machine: these tests talk to a stand-in on
// loopback that implements the OpenAI-compatible chat contract served by
// llama.cpp, vLLM and Ollama (POST /v1/chat/completions with model, messages,
// temperature → { choices: [{ message: { content } }] }; 429/5xx errors).

const WORDS = { the: "les", strong: "fortes", cities: "villes", meet: "se réunissent" };

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** A chat stand-in; `answer` turns the user message into the assistant's content (default: a toy translation). */
async function chatStandIn(
  answer: (user: string, count: number) => string | StandInResponse = (user) =>
    translateTaggedText(user, WORDS),
): Promise<StandIn> {
  let count = 0;
  standIn = await startStandIn((request) => {
    if (request.method !== "POST" || request.path !== "/v1/chat/completions") {
      return { status: 404, body: { error: { message: "not found" } } };
    }
    const body = request.body as { messages: { role: string; content: string }[] };
    const user = body.messages.find((m) => m.role === "user")?.content ?? "";
    const content = answer(user, count++);
    if (typeof content !== "string") return content;
    return {
      body: {
        id: "chatcmpl-stand-in",
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      },
    };
  });
  return standIn;
}

function llm(url: string, extra: Partial<ConstructorParameters<typeof OpenAiChatEngine>[0]> = {}) {
  return new OpenAiChatEngine({
    url,
    model: "qwen2.5-7b-instruct",
    directions: [{ from: "en", to: "fr" }],
    timeoutMs: 2000,
    sleep: async () => {},
    ...extra,
  });
}

describe("OpenAiChatEngine (against a loopback stand-in of an OpenAI-compatible server)", () => {
  it("sends the fixed prompt at temperature 0 with the key and keeps every code", async () => {
    const server = await chatStandIn();
    const engine = llm(server.url, { apiKey: "local-key" });
    const outputs = await engine.translate({
      from: "en",
      to: "fr",
      segments: ['the <g id="1">strong cities</g> meet<x id="2"/>', '<x id="3"/>'],
    });
    expect(outputs.map((o) => o.text)).toEqual([
      'les <g id="1">fortes villes</g> se réunissent<x id="2"/>',
      '<x id="3"/>',
    ]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer local-key");
    expect(server.requests[0]?.body).toEqual({
      model: "qwen2.5-7b-instruct",
      temperature: 0,
      stream: false,
      messages: [
        { role: "system", content: translationPrompt("en", "fr") },
        { role: "user", content: 'the <g id="civ0">strong cities</g> meet<x id="civ0"/>' },
      ],
    });
    expect(await engine.pairs()).toEqual([{ from: "en", to: "fr", mode: "qwen2.5-7b-instruct" }]);
    await expect(
      engine.translate({ from: "fr", to: "en", segments: ["x"] }),
    ).rejects.toBeInstanceOf(UnsupportedPairError);
  });

  it("refuses an answer with commentary, quotation marks or lost codes", async () => {
    for (const bad of [
      "Here is the translation: les villes",
      "« les villes »",
      "les villes\n\n(Note: « cities » means villes.)",
      'les <g id="civ0">villes</g>',
    ]) {
      const server = await chatStandIn(() => bad);
      const error = await llm(server.url)
        .translate({ from: "en", to: "fr", segments: ['the cities<x id="1"/>'] })
        .catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(EngineError);
      expect((error as EngineError).code, bad).toBe("engine_output_refused");
      await server.close();
    }
  });

  it("drops a reasoning model's think block and retries a busy server", async () => {
    const server = await chatStandIn((user, count) =>
      count < 2
        ? { status: 503, body: { error: { message: "loading model" } } }
        : `<think>cities → villes</think>\n${translateTaggedText(user, WORDS)}`,
    );
    const [output] = await llm(server.url).translate({
      from: "en",
      to: "fr",
      segments: ["the cities"],
    });
    expect(output?.text).toBe("les villes");
    expect(server.requests).toHaveLength(3);
  });

  it("answers a timeout when the model is slower than allowed", async () => {
    const server = await chatStandIn(() => ({ delayMs: 400, body: {} }));
    await expect(
      llm(server.url, { timeoutMs: 100 }).translate({
        from: "en",
        to: "fr",
        segments: ["the cities"],
      }),
    ).rejects.toBeInstanceOf(EngineTimeoutError);
  });

  it("accepts a plain translation whose source was itself quoted", () => {
    expect(checkChatAnswer('"the cities"', "« les villes »")).toEqual({
      ok: true,
      text: "« les villes »",
    });
    expect(checkChatAnswer("the cities", "Translation: les villes")).toMatchObject({ ok: false });
  });
});
