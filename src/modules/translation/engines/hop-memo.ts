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
 * call. Answers still on their way count: a job that asked early (the
 * engine translating the next revisions while this one is checked) gets them
 * when they arrive. Lives only as long as the job; the translation memory is
 * what lasts.
 */
export class HopMemo implements TranslationEngine {
  readonly name: string;
  /** Answers, and answers still on their way (a job may ask early, then ask again when it needs them). */
  private readonly answers = new Map<string, Promise<EngineOutput | undefined>>();

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
      const call = this.engine.translate({ ...request, segments: missing });
      missing.forEach((segment, i) => {
        const answer = call.then((outputs) => outputs[i]);
        // Asked early and never asked again: a failure must not go unhandled.
        answer.catch(() => undefined);
        this.answers.set(key(segment), answer);
      });
      // A failed call is not remembered: whoever asks again asks the engine again.
      call.catch(() => {
        for (const segment of missing) this.answers.delete(key(segment));
      });
    }
    const outputs = await Promise.all(
      request.segments.map((segment) => this.answers.get(key(segment))),
    );
    return request.segments.map((segment, i) => {
      const output = outputs[i];
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
