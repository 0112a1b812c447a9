import type {
  EngineOutput,
  LanguagePair,
  TranslationEngine,
  TranslationRequest,
} from "./engines/engine.js";

/** An engine wrapper that records every request (tests count engine calls) and can be told to fail. */
export class RecordingEngine implements TranslationEngine {
  readonly name: string;
  readonly requests: TranslationRequest[] = [];
  /** Throws on the request with this index (0-based), once: a crash in the middle of a job. */
  failOnRequest: number | undefined;

  constructor(private readonly inner: TranslationEngine) {
    this.name = inner.name;
  }

  pairs(): Promise<LanguagePair[]> {
    return this.inner.pairs();
  }

  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    const index = this.requests.length;
    this.requests.push(request);
    if (this.failOnRequest === index) {
      this.failOnRequest = undefined;
      throw new Error("simulated crash in the middle of a job");
    }
    return this.inner.translate(request);
  }

  /** Segments sent for one direction, over every request. */
  segmentsSent(from: string, to: string): string[] {
    return this.requests
      .filter((r) => r.from === from && r.to === to)
      .flatMap((r) => [...r.segments]);
  }

  reset(): void {
    this.requests.length = 0;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
