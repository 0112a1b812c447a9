import type {
  EngineOutput,
  LanguagePair,
  TranslationEngine,
  TranslationRequest,
} from "./engine.js";

/**
 * Remembers what an engine answered for one job: a route through a pivot
 * (en → es → fr) asks its first hop for the same segments the direct
 * language (en → es) already asked, and gets them without a second engine
 * call. Lives only as long as the job; the translation memory is what lasts.
 */
export class HopMemo implements TranslationEngine {
  readonly name: string;
  private readonly answers = new Map<string, EngineOutput>();

  constructor(private readonly engine: TranslationEngine) {
    this.name = engine.name;
  }

  pairs(): Promise<LanguagePair[]> {
    return this.engine.pairs();
  }

  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    const key = (segment: string) => `${request.from}>${request.to}\n${segment}`;
    const missing = [...new Set(request.segments.filter((s) => !this.answers.has(key(s))))];
    if (missing.length > 0) {
      const outputs = await this.engine.translate({ ...request, segments: missing });
      missing.forEach((segment, i) => {
        const output = outputs[i];
        if (output) this.answers.set(key(segment), output);
      });
    }
    return request.segments.map((segment) => {
      const output = this.answers.get(key(segment));
      return output
        ? { text: output.text, unknownWords: [...output.unknownWords] }
        : { text: segment, unknownWords: [] };
    });
  }

  /** The engine belongs to the caller: closing the memo only forgets. */
  close(): Promise<void> {
    this.answers.clear();
    return Promise.resolve();
  }
}
