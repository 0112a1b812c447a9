/** LibreTranslate (self-hosted neural MT, Argos/OPUS models) over its HTTP API; codes travel as HTML tags. */
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

/** Settings of the LibreTranslate client. */
export interface LibreTranslateOptions extends Omit<HttpSettings, "engine"> {
  /** Base URL, e.g. `http://127.0.0.1:5000`. */
  url: string;
  /** Sent as `api_key` when the server requires one. */
  apiKey?: string;
  /** Segments per request (`q` as an array); default 25. */
  batchSize?: number;
}

/**
 * Translates through LibreTranslate: `GET /languages` for pairs, `POST
 * /translate` with `q` (an array), `source`, `target`, `format: "html"` and
 * `api_key` when set. It has no glossary API: the pipeline's protected terms
 * (codes) are what keeps glossary terms.
 */
export class LibreTranslateEngine implements TranslationEngine {
  readonly name = "libretranslate";
  private readonly url: string;
  private readonly http: HttpSettings;
  private pairList: Promise<LanguagePair[]> | undefined;

  constructor(private readonly options: LibreTranslateOptions) {
    this.url = options.url.replace(/\/+$/, "");
    this.http = { ...options, engine: "LibreTranslate" };
  }

  /** Every source → target the server's models offer (`/languages`), read once. */
  pairs(): Promise<LanguagePair[]> {
    this.pairList ??= this.loadPairs().catch((error: unknown) => {
      this.pairList = undefined;
      throw error;
    });
    return this.pairList;
  }

  /** Translates the segments holding words, in batches; the others come back as they were. */
  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    const pairs = await this.pairs();
    if (!pairs.some((p) => p.from === request.from && p.to === request.to)) {
      throw new UnsupportedPairError(request.from, request.to);
    }
    const outputs: EngineOutput[] = request.segments.map((text) => ({ text, unknownWords: [] }));
    const work = request.segments.flatMap((segment, index) => {
      const { lead, body, trail } = splitOuterSpace(segment);
      const flat = flattenSegment(body);
      return hasWords(flat) ? [{ index, lead, trail, flat }] : [];
    });
    const size = this.options.batchSize ?? 25;
    for (let start = 0; start < work.length; start += size) {
      const batch = work.slice(start, start + size);
      const { body } = await requestJson(this.http, {
        url: `${this.url}/translate`,
        method: "POST",
        body: {
          q: batch.map((w) => toTagged(w.flat)),
          source: request.from,
          target: request.to,
          format: "html",
          ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}),
        },
        ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
      });
      const parsed = TRANSLATE_RESPONSE.safeParse(body);
      if (!parsed.success || parsed.data.translatedText.length !== batch.length) {
        throw new EngineError(
          `LibreTranslate answered ${batch.length} segments with something else`,
        );
      }
      batch.forEach((w, i) => {
        const { items } = fromTagged(parsed.data.translatedText[i] ?? "", w.flat);
        outputs[w.index] = {
          text: `${w.lead}${renderSegment(items, w.flat)}${w.trail}`,
          unknownWords: [],
        };
      });
    }
    return outputs;
  }

  /** Nothing to release. */
  async close(): Promise<void> {}

  private async loadPairs(): Promise<LanguagePair[]> {
    const { body } = await requestJson(this.http, { url: `${this.url}/languages` });
    const parsed = LANGUAGES_RESPONSE.safeParse(body);
    if (!parsed.success)
      throw new EngineError("LibreTranslate answered /languages with something else");
    return parsed.data
      .flatMap((language) =>
        language.targets
          .filter((target) => target !== language.code)
          .map((target) => ({
            from: language.code.toLowerCase(),
            to: target.toLowerCase(),
            mode: `${language.code}-${target}`,
          })),
      )
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  }
}

const LANGUAGES_RESPONSE = z.array(
  z.object({ code: z.string().min(1), targets: z.array(z.string().min(1)).default([]) }),
);

const TRANSLATE_RESPONSE = z.object({ translatedText: z.array(z.string()) });
