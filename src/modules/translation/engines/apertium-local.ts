/** The Apertium engine run on this machine: one warm null-flush pipeline per pair, batches queued per pipeline. */
import { type Stage, listModePairs, readModeStages } from "./apertium-mode.js";
import { ApertiumPipeline, areApertiumProcessesKeptWarm } from "./apertium-pipeline.js";
import { decodeBatch, encodeBatch } from "./apertium-stream.js";
import {
  type EngineOutput,
  type LanguagePair,
  type TranslationEngine,
  type TranslationRequest,
  dedupePairs,
  pairKey,
} from "./engine.js";
import { EngineError, EngineTimeoutError, UnsupportedPairError } from "./engine-errors.js";

/** Settings of the local engine; the lead wires them from config. */
export interface ApertiumLocalOptions {
  /** Where `*.mode` files live; default `/usr/share/apertium/modes`. */
  modesDir?: string;
  /** Default time one batch may take, per attempt; default 30 s. */
  timeoutMs?: number;
  /** Segments per message; bigger requests are split; default 250 (bigger batches keep the stages busy: 100 → ~9k words/s, 400 → ~18k). */
  maxBatchSegments?: number;
  /** Characters per message; default 50,000. */
  maxBatchChars?: number;
  /** Pick a variant mode for a direction, e.g. `{ "en>ca": "eng-cat_valencia" }`. */
  variants?: Readonly<Record<string, string>>;
}

/** Translates through local Apertium pipelines, never a process per sentence. */
export class ApertiumLocalEngine implements TranslationEngine {
  readonly name = "apertium";
  private readonly modesDir: string;
  private readonly timeoutMs: number;
  private readonly maxBatchSegments: number;
  private readonly maxBatchChars: number;
  private readonly variants: Readonly<Record<string, string>>;
  private readonly lanes = new Map<string, Lane>();
  private pairList: Promise<LanguagePair[]> | undefined;
  private batchCounter = 0;
  private isClosed = false;

  constructor(options: ApertiumLocalOptions = {}) {
    this.modesDir = options.modesDir ?? "/usr/share/apertium/modes";
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxBatchSegments = options.maxBatchSegments ?? 250;
    this.maxBatchChars = options.maxBatchChars ?? 50_000;
    this.variants = options.variants ?? {};
  }

  /** The direct pairs of the modes directory, one per direction. */
  pairs(): Promise<LanguagePair[]> {
    this.pairList ??= listModePairs(this.modesDir).then((pairs) => {
      const variantPairs = Object.entries(this.variants).flatMap(([key, mode]) => {
        const [from, to] = key.split(">");
        return from && to ? [{ from, to, mode }] : [];
      });
      return dedupePairs([...pairs, ...variantPairs], this.variants);
    });
    return this.pairList;
  }

  /** Translates a batch on the pair's pipeline; a broken or hung pipeline is replaced and the batch retried once. */
  async translate(request: TranslationRequest): Promise<EngineOutput[]> {
    if (this.isClosed) throw new EngineError("The Apertium engine is closed");
    const pair = (await this.pairs()).find((p) => p.from === request.from && p.to === request.to);
    if (!pair) throw new UnsupportedPairError(request.from, request.to);
    const lane = this.laneFor(pair);
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const outputs: EngineOutput[] = [];
    for (const chunk of this.chunk(request.segments)) {
      outputs.push(...(await lane.enqueue(() => this.runBatch(lane, chunk, timeoutMs))));
    }
    return outputs;
  }

  /** Stops every pipeline it used that no other engine of this process uses. */
  async close(): Promise<void> {
    this.isClosed = true;
    const closing: Promise<void>[] = [];
    for (const lane of this.lanes.values()) {
      const shared = SHARED_LANES.get(lane.key);
      shared?.users.delete(this);
      if (shared && shared.users.size === 0 && !areApertiumProcessesKeptWarm()) {
        SHARED_LANES.delete(lane.key);
        closing.push(lane.close());
      }
    }
    this.lanes.clear();
    await Promise.all(closing);
  }

  /** Process ids of a pair's running stages (empty before first use); for diagnostics and tests. */
  stagePids(from: string, to: string): number[] {
    return this.lanes.get(pairKey(from, to))?.pipeline?.pids ?? [];
  }

  private laneFor(pair: LanguagePair): Lane {
    const key = pairKey(pair.from, pair.to);
    let lane = this.lanes.get(key);
    if (!lane) {
      const sharedKey = `${this.modesDir}\0${pair.mode}`;
      let shared = SHARED_LANES.get(sharedKey);
      if (!shared) {
        const modesDir = this.modesDir;
        shared = {
          lane: new Lane(sharedKey, `apertium ${pair.mode}`, () =>
            readModeStages(modesDir, pair.mode),
          ),
          users: new Set(),
        };
        SHARED_LANES.set(sharedKey, shared);
      }
      shared.users.add(this);
      lane = shared.lane;
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private async runBatch(
    lane: Lane,
    segments: readonly string[],
    timeoutMs: number,
  ): Promise<EngineOutput[]> {
    const batch = encodeBatch(segments, `civb${++this.batchCounter}`);
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      const pipeline = await lane.ready();
      try {
        return decodeBatch(await pipeline.run(batch.message, timeoutMs), batch);
      } catch (error) {
        lastError = error;
        pipeline.kill();
      }
    }
    if (lastError instanceof EngineError) throw lastError;
    throw new EngineError(`${lane.label}: unreadable output`, { cause: lastError });
  }

  private chunk(segments: readonly string[]): string[][] {
    const chunks: string[][] = [];
    let current: string[] = [];
    let chars = 0;
    for (const segment of segments) {
      if (
        current.length > 0 &&
        (current.length >= this.maxBatchSegments || chars + segment.length > this.maxBatchChars)
      ) {
        chunks.push(current);
        current = [];
        chars = 0;
      }
      current.push(segment);
      chars += segment.length;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }
}

/** A pair's pipeline and the queue that serialises its batches. */
class Lane {
  pipeline: ApertiumPipeline | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private stages: Promise<Stage[]> | undefined;

  constructor(
    /** Its place in SHARED_LANES: the modes directory and the mode. */
    readonly key: string,
    readonly label: string,
    private readonly loadStages: () => Promise<Stage[]>,
  ) {}

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  async ready(): Promise<ApertiumPipeline> {
    if (this.pipeline?.isAlive) return this.pipeline;
    this.stages ??= this.loadStages();
    const stages = await this.stages.catch((error: unknown) => {
      this.stages = undefined;
      throw new EngineError(`${this.label}: cannot read the mode`, { cause: error });
    });
    this.pipeline = new ApertiumPipeline(stages, this.label);
    return this.pipeline;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.pipeline?.close();
  }
}

/**
 * Warm pipelines, one per modes directory and mode for the whole process
 * however many engines use it (a server has one engine; tests and commands
 * build one per runtime), their batches in one queue; a pipeline stops when
 * the last engine that used it closes (unless they are kept warm:
 * keepApertiumProcessesWarm). The batches' ids are the engine's own, and a
 * lane runs one batch at a time, so engines never read each other's answers.
 */
const SHARED_LANES = new Map<string, { lane: Lane; users: Set<ApertiumLocalEngine> }>();

export { EngineTimeoutError };
