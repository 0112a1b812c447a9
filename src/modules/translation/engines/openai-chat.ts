/**
 * A self-hosted language model behind an OpenAI-compatible chat endpoint
 * (llama.cpp server, vLLM, Ollama): one fixed prompt per segment, temperature
 * 0, and an answer refused when it adds anything to the translation.
 */
import { z } from "zod";
import type {
  EngineOutput,
  LanguagePair,
  TranslationEngine,
  TranslationRequest,
} from "./engine.js";
import { EngineError, UnsupportedPairError } from "./engine-errors.js";
import { type HttpSettings, requestJson } from "./http-client.js";
import { flattenSegment, renderSegment } from "./inline-codes.js";
import { fromTagged, hasWords, splitOuterSpace, toTagged } from "./tagged-codes.js";

/** Settings of the chat client. */
export interface OpenAiChatOptions extends Omit<HttpSettings, "engine"> {
  /** Base URL of the server, e.g. `http://127.0.0.1:8080` (the client adds `/v1/chat/completions`). */
  url: string;
  model: string;
  apiKey?: string;
  /** The directions this model is given (a model lists none itself). */
  directions: readonly { from: string; to: string }[];
  /** Segments in flight at once; default 4. */
  concurrency?: number;
}

/** The system prompt, fixed so that figures measured with it stay true. */
export function translationPrompt(from: string, to: string): string {
  return [
    `You are a translation engine. Translate the user's message from ${languageName(from)} to ${languageName(to)}.`,
    'The message may contain inline tags <g id="…">…</g> and <x id="…"/>. Keep every tag exactly once with the same id, around the words that correspond to the words it wrapped; never translate or change a tag. Text inside a tag you cannot translate stays as it is.',
    "Answer with the translation only: no explanation, no note, no quotation marks, no greeting, on one line.",
  ].join("\n");
}

/**
 * Translates each segment with one `POST /v1/chat/completions` (`model`,
 * `messages`, `temperature: 0`); the answer passes `checkChatAnswer` or the
 * request fails with `engine_output_refused`.
 */
export class OpenAiChatEngine implements TranslationEngine {
  readonly name = "llm";
  private readonly url: string;
  private readonly http: HttpSettings;

  constructor(private readonly options: OpenAiChatOptions) {
    this.url = options.url.replace(/\/+$/, "").replace(/\/v1$/, "");
    this.http = { ...options, engine: "The language model server" };
  }

  /** The directions it was given. */
  async pairs(): Promise<LanguagePair[]> {
    return this.options.directions.map((d) => ({
      from: d.from,
      to: d.to,
      mode: this.options.model,
    }));
  }

  /** One chat request per segment holding words, a few in parallel, order kept. */
  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    if (!this.options.directions.some((d) => d.from === request.from && d.to === request.to)) {
      throw new UnsupportedPairError(request.from, request.to);
    }
    const outputs: EngineOutput[] = request.segments.map((text) => ({ text, unknownWords: [] }));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < request.segments.length) {
        const index = next++;
        const segment = request.segments[index] ?? "";
        const { lead, body, trail } = splitOuterSpace(segment);
        const flat = flattenSegment(body);
        if (!hasWords(flat)) continue;
        const sent = toTagged(flat);
        const answer = await this.ask(request, sent);
        const { items } = fromTagged(answer, flat);
        outputs[index] = { text: `${lead}${renderSegment(items, flat)}${trail}`, unknownWords: [] };
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 4 }, worker));
    return outputs;
  }

  /** Nothing to release. */
  async close(): Promise<void> {}

  private async ask(request: TranslationRequest, sent: string): Promise<string> {
    const { body } = await requestJson(this.http, {
      url: `${this.url}/v1/chat/completions`,
      method: "POST",
      headers: this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {},
      body: {
        model: this.options.model,
        temperature: 0,
        stream: false,
        messages: [
          { role: "system", content: translationPrompt(request.from, request.to) },
          { role: "user", content: sent },
        ],
      },
      ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
    });
    const parsed = CHAT_RESPONSE.safeParse(body);
    const content = parsed.success ? parsed.data.choices[0]?.message.content : undefined;
    if (typeof content !== "string") {
      throw new EngineError("The language model server answered without a message");
    }
    const checked = checkChatAnswer(sent, content);
    if (!checked.ok) {
      throw new EngineError(`The language model's answer was refused: ${checked.reason}`, {
        code: "engine_output_refused",
      });
    }
    return checked.text;
  }
}

/** Why a chat answer is not a bare translation of what was sent, or the translation itself. */
export type ChatAnswerCheck = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Accepts an answer only when it is a translation and nothing else: the same
 * tags (ids, each once), no added line, no wrapping quotation marks, no
 * preamble ("Here is…", "Translation:") or note, not far longer than the
 * source. A reasoning model's `<think>` block is dropped first.
 */
export function checkChatAnswer(sent: string, answer: string): ChatAnswerCheck {
  const text = answer.replace(/<think>[\s\S]*?<\/think>/g, "").trim();
  if (text === "") return { ok: false, reason: "empty answer" };
  if (text.includes("\n") && !sent.includes("\n")) return { ok: false, reason: "extra lines" };
  const quotes = /^["'“”«»„‘’`].*["'“”«»„‘’`]$/s;
  if (quotes.test(text) && !quotes.test(sent))
    return { ok: false, reason: "wrapped in quotation marks" };
  if (PREAMBLE.test(text) && !PREAMBLE.test(sent)) return { ok: false, reason: "commentary added" };
  if (NOTE.test(text) && !NOTE.test(sent)) return { ok: false, reason: "note added" };
  if (tagIds(text) !== tagIds(sent)) return { ok: false, reason: "inline codes lost or changed" };
  if (text.length > sent.length * 3 + 40)
    return { ok: false, reason: "far longer than the source" };
  return { ok: true, text };
}

const PREAMBLE =
  /^(here(?: is|'s)|sure\b|certainly\b|of course\b|translation\s*:|translated text\s*:|voici\b|traduction\s*:|aquí (?:está|tienes)|traducción\s*:|إليك|الترجمة\s*:)/i;
const NOTE = /\((?:note|nota|remarque)\b|\bnote\s*:|\bnota\s*:|\bremarque\s*:/i;

function tagIds(text: string): string {
  return [...text.matchAll(/<(g|x)\b[^<>]*\bid="([^"]*)"/g)]
    .map((m) => `${m[1]}:${m[2]}`)
    .sort()
    .join(" ");
}

const NAMES: Readonly<Record<string, string>> = {
  en: "English",
  fr: "French",
  es: "Spanish",
  ar: "Arabic",
  ca: "Catalan",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
};

function languageName(code: string): string {
  return NAMES[code] ?? code;
}

const CHAT_RESPONSE = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});
