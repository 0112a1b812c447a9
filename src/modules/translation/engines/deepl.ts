/** The DeepL API (cloud): `/v2/translate` with XML tag handling so inline codes travel as tags. */
import { z } from "zod";
import type {
  EngineOutput,
  LanguagePair,
  TranslationEngine,
  TranslationRequest,
} from "./engine.js";
import { EngineBudgetExhaustedError, EngineError, UnsupportedPairError } from "./engine-errors.js";
import { EngineRefusedError, type HttpSettings, requestJson } from "./http-client.js";
import { flattenSegment, renderSegment } from "./inline-codes.js";
import { fromTagged, hasWords, splitOuterSpace, toTagged } from "./tagged-codes.js";

/** Settings of the DeepL client. */
export interface DeepLOptions extends Omit<HttpSettings, "engine"> {
  apiKey: string;
  /** Defaults by key: a key ending ":fx" is a free account (api-free.deepl.com), others pro (api.deepl.com). */
  url?: string;
  /** DeepL glossary ids by direction, e.g. `{ "en>fr": "def3a26b-…" }`. */
  glossaries?: Readonly<Record<string, string>>;
  /** Texts per request; DeepL takes at most 50. */
  batchSize?: number;
}

/** The endpoint a key belongs to. */
export function deeplEndpoint(apiKey: string): string {
  return apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

/**
 * Translates through DeepL: `GET /v2/languages` (source and target) for
 * pairs, `POST /v2/translate` with `text[]`, `source_lang`, `target_lang`,
 * `tag_handling: "xml"`, `ignore_tags: ["x"]` and the direction's
 * `glossary_id`, authenticated by `Authorization: DeepL-Auth-Key`. HTTP 456
 * (quota exceeded) is a spent budget, not a failure.
 */
export class DeepLEngine implements TranslationEngine {
  readonly name = "deepl";
  private readonly url: string;
  private readonly http: HttpSettings;
  private languages: Promise<{ pairs: LanguagePair[]; targets: Map<string, string> }> | undefined;

  constructor(private readonly options: DeepLOptions) {
    this.url = (options.url ?? deeplEndpoint(options.apiKey)).replace(/\/+$/, "");
    this.http = { ...options, engine: "DeepL" };
  }

  /** Every source language to every target language DeepL lists, read once. */
  async pairs(): Promise<LanguagePair[]> {
    return (await this.loadLanguages()).pairs;
  }

  /** Translates the segments holding words, 50 to a request; the others come back as they were. */
  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    const { pairs, targets } = await this.loadLanguages();
    const pair = pairs.find((p) => p.from === request.from && p.to === request.to);
    if (!pair) throw new UnsupportedPairError(request.from, request.to);
    const glossaryId = this.options.glossaries?.[`${request.from}>${request.to}`];
    const outputs: EngineOutput[] = request.segments.map((text) => ({ text, unknownWords: [] }));
    const work = request.segments.flatMap((segment, index) => {
      const { lead, body, trail } = splitOuterSpace(segment);
      const flat = flattenSegment(body);
      return hasWords(flat) ? [{ index, lead, trail, flat }] : [];
    });
    const size = Math.min(50, this.options.batchSize ?? 50);
    for (let start = 0; start < work.length; start += size) {
      const batch = work.slice(start, start + size);
      const body = await this.post(
        {
          text: batch.map((w) => toTagged(w.flat)),
          source_lang: request.from.toUpperCase(),
          target_lang: targets.get(request.to) ?? request.to.toUpperCase(),
          tag_handling: "xml",
          ignore_tags: ["x"],
          ...(glossaryId ? { glossary_id: glossaryId } : {}),
        },
        request.timeoutMs,
      );
      const parsed = TRANSLATE_RESPONSE.safeParse(body);
      if (!parsed.success || parsed.data.translations.length !== batch.length) {
        throw new EngineError(`DeepL answered ${batch.length} texts with something else`);
      }
      batch.forEach((w, i) => {
        const { items } = fromTagged(parsed.data.translations[i]?.text ?? "", w.flat);
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

  private async post(body: unknown, timeoutMs: number | undefined): Promise<unknown> {
    try {
      const answer = await requestJson(this.http, {
        url: `${this.url}/v2/translate`,
        method: "POST",
        headers: this.headers(),
        body,
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
      return answer.body;
    } catch (error) {
      if (error instanceof EngineRefusedError && error.httpStatus === 456) {
        throw new EngineBudgetExhaustedError(
          this.name,
          "DeepL's quota for this account is spent (HTTP 456): translation waits for the next period or a larger quota",
        );
      }
      throw error;
    }
  }

  private headers(): Record<string, string> {
    return { authorization: `DeepL-Auth-Key ${this.options.apiKey}` };
  }

  private loadLanguages(): Promise<{ pairs: LanguagePair[]; targets: Map<string, string> }> {
    this.languages ??= this.readLanguages().catch((error: unknown) => {
      this.languages = undefined;
      throw error;
    });
    return this.languages;
  }

  private async readLanguages(): Promise<{ pairs: LanguagePair[]; targets: Map<string, string> }> {
    const list = async (type: "source" | "target") => {
      const { body } = await requestJson(this.http, {
        url: `${this.url}/v2/languages?type=${type}`,
        headers: this.headers(),
      });
      const parsed = LANGUAGES_RESPONSE.safeParse(body);
      if (!parsed.success)
        throw new EngineError("DeepL answered /v2/languages with something else");
      return parsed.data.map((l) => l.language);
    };
    const sources = await list("source");
    // A site language maps to DeepL's plain target, else its first variant ("EN" → "EN-GB").
    const targets = new Map<string, string>();
    for (const code of (await list("target")).sort()) {
      const site = code.split("-")[0]?.toLowerCase() ?? "";
      if (!targets.has(site) || code.toLowerCase() === site) targets.set(site, code);
    }
    const pairs = sources.flatMap((source) => {
      const from = source.toLowerCase();
      return [...targets.entries()]
        .filter(([to]) => to !== from)
        .map(([to, target]) => ({ from, to, mode: `${source}-${target}` }));
    });
    return {
      pairs: pairs.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
      targets,
    };
  }
}

const LANGUAGES_RESPONSE = z.array(z.object({ language: z.string().min(1) }));
const TRANSLATE_RESPONSE = z.object({ translations: z.array(z.object({ text: z.string() })) });
