/** Apertium APy over HTTP: segments sent as HTML so inline codes travel as tags and come back checked. */
import { z } from "zod";
import {
  type EngineOutput,
  type LanguagePair,
  type TranslationEngine,
  type TranslationRequest,
  dedupePairs,
  parseModeName,
} from "./engine.js";
import {
  EngineError,
  EngineTimeoutError,
  EngineUnavailableError,
  UnsupportedPairError,
} from "./engine-errors.js";
import { flattenSegment, renderSegment } from "./inline-codes.js";
import { fromTagged, hasWords, splitOuterSpace, toTagged } from "./tagged-codes.js";

/** Settings of the APy client; the lead wires them from config. */
export interface ApertiumApyOptions {
  /** Base URL, e.g. `http://127.0.0.1:2737`. */
  baseUrl: string;
  /** Time one HTTP request may take; default 30 s. */
  timeoutMs?: number;
  /** Requests in flight at once (one per segment); default 8. */
  concurrency?: number;
  /** Pick a variant mode for a direction, e.g. `{ "en>ca": "eng-cat_valencia" }`. */
  variants?: Readonly<Record<string, string>>;
}

/** Translates through an Apertium APy server. */
export class ApertiumApyEngine implements TranslationEngine {
  readonly name = "apertium-apy";
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly variants: Readonly<Record<string, string>>;

  constructor(options: ApertiumApyOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.concurrency = options.concurrency ?? 8;
    this.variants = options.variants ?? {};
  }

  /** The server's pairs (`/listPairs`), variants skipped unless chosen. */
  async pairs(): Promise<LanguagePair[]> {
    const body = PAIRS_RESPONSE.parse(await this.get("/listPairs", {}, this.timeoutMs));
    const pairs = body.responseData.flatMap((entry) => {
      const mode = `${entry.sourceLanguage}-${entry.targetLanguage}`;
      const pair = parseModeName(mode);
      if (pair) return [pair];
      const chosen = Object.entries(this.variants).find(([, variant]) => variant === mode);
      const [from, to] = chosen?.[0].split(">") ?? [];
      return from && to ? [{ from, to, mode }] : [];
    });
    return dedupePairs(pairs, this.variants);
  }

  /** Translates each segment with its own request, a few in parallel, order kept. */
  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    const pair = (await this.pairs()).find((p) => p.from === request.from && p.to === request.to);
    if (!pair) throw new UnsupportedPairError(request.from, request.to);
    const langpair = pair.mode.replace("-", "|");
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const outputs: EngineOutput[] = new Array<EngineOutput>(request.segments.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < request.segments.length) {
        const index = next++;
        outputs[index] = await this.translateOne(
          langpair,
          request.segments[index] ?? "",
          timeoutMs,
        );
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    return outputs;
  }

  /** Nothing to release: connections are not kept. */
  async close(): Promise<void> {}

  private async translateOne(
    langpair: string,
    segment: string,
    timeoutMs: number,
  ): Promise<EngineOutput> {
    const { lead, body, trail } = splitOuterSpace(segment);
    const flat = flattenSegment(body);
    if (!hasWords(flat)) return { text: segment, unknownWords: [] };
    const response = TRANSLATE_RESPONSE.parse(
      await this.get(
        "/translate",
        {
          langpair,
          q: toTagged(flat, { isMarkingLiterals: true }),
          markUnknown: "yes",
          deformat: "html",
          reformat: "html-noent",
        },
        timeoutMs,
      ),
    );
    const { items, unknownWords } = fromTagged(response.responseData.translatedText, flat, {
      isReadingUnknownMarks: true,
    });
    return { text: `${lead}${renderSegment(items, flat)}${trail}`, unknownWords };
  }

  private async get(
    path: string,
    query: Record<string, string>,
    timeoutMs: number,
  ): Promise<unknown> {
    const url = `${this.baseUrl}${path}?${new URLSearchParams(query).toString()}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") {
        throw new EngineTimeoutError(`APy did not answer ${path} within ${timeoutMs} ms`, error);
      }
      throw new EngineUnavailableError(`APy at ${this.baseUrl} cannot be reached`, 0, error);
    }
    if (!response.ok) {
      throw new EngineError(`APy answered ${path} with HTTP ${response.status}`);
    }
    return response.json();
  }
}

const PAIRS_RESPONSE = z.object({
  responseData: z.array(z.object({ sourceLanguage: z.string(), targetLanguage: z.string() })),
});

const TRANSLATE_RESPONSE = z.object({
  responseData: z.object({ translatedText: z.string() }),
});
