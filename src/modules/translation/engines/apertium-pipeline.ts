/** One warm Apertium pipeline: the stages of a mode spawned once, connected stdout→stdin, answering null-flushed messages. */
import { type ChildProcess, spawn } from "node:child_process";
import { type Stage } from "./apertium-mode.js";
import { EngineError, EngineTimeoutError } from "./engine-errors.js";

let isKeptWarm = false;

/**
 * From now on, warm Apertium processes (engines' pipelines, lexicons'
 * dictionaries and spellers) outlive their last user, until this process
 * exits and their input closes. For the test workers, where each test file
 * builds runtimes of its own and would start the same processes again: a
 * pipeline's ~12 processes cost ~0.8 core-s to start. A server or a command
 * has one runtime and never calls it. `false` goes back to stopping them
 * with their last user (from the next close on).
 */
export function keepApertiumProcessesWarm(isKept = true): void {
  isKeptWarm = isKept;
}

/** Whether a warm process whose last user closes stays running (see keepApertiumProcessesWarm). */
export function areApertiumProcessesKeptWarm(): boolean {
  return isKeptWarm;
}

/** A running pipeline; `run` must not be called again before the previous call settles. */
export class ApertiumPipeline {
  private readonly processes: ChildProcess[] = [];
  private pending:
    | { resolve: (text: string) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
    | undefined;
  private received: Buffer[] = [];
  private failure: Error | undefined;
  private readonly stderrTail: string[] = [];

  constructor(
    stages: readonly Stage[],
    private readonly label: string,
  ) {
    let previous: ChildProcess | undefined;
    for (const stage of stages) {
      const child = spawn(stage.command, stage.args, {
        stdio: [previous?.stdout ?? "pipe", "pipe", "pipe"],
      });
      // The child now owns the read end; the parent's copy would only keep the pipe alive.
      previous?.stdout?.destroy();
      child.on("error", (error) =>
        this.fail(new EngineError(`${label}: ${stage.command} failed`, { cause: error })),
      );
      child.on("exit", (code, signal) =>
        this.fail(
          new EngineError(
            `${label}: ${stage.command} exited (${signal ?? code}) ${this.stderrTail.join("").slice(-500)}`,
          ),
        ),
      );
      child.stderr?.on("data", (chunk: Buffer) => {
        this.stderrTail.push(chunk.toString("utf8"));
        if (this.stderrTail.length > 10) this.stderrTail.shift();
      });
      this.processes.push(child);
      previous = child;
    }
    const first = this.processes[0];
    const last = this.processes.at(-1);
    first?.stdin?.on("error", (error) =>
      this.fail(new EngineError(`${label}: cannot write to the pipeline`, { cause: error })),
    );
    last?.stdout?.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  /** Process ids of the stages, first to last (for diagnostics and tests). */
  get pids(): number[] {
    return this.processes.flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
  }

  /** Whether every stage is still running. */
  get isAlive(): boolean {
    return this.failure === undefined;
  }

  /** Sends one message (a `\0` is appended) and resolves with the answer up to the next non-empty `\0`. */
  run(message: string, timeoutMs: number): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new EngineError(`${this.label}: pipeline is busy`));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new EngineTimeoutError(`${this.label}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending = { resolve, reject, timer };
      this.received = [];
      this.processes[0]?.stdin?.write(`${message}\0`);
    });
  }

  /** Kills every stage at once. */
  kill(): void {
    this.fail(new EngineError(`${this.label}: pipeline closed`));
  }

  /** Closes stdin so the stages finish on their own, killing them if they have not after `graceMs`. */
  async close(graceMs = 1000): Promise<void> {
    const exits = this.processes.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once("exit", () => resolve());
        }),
    );
    this.processes[0]?.stdin?.end();
    const timer = setTimeout(() => this.kill(), graceMs);
    await Promise.all(exits);
    clearTimeout(timer);
    this.kill();
  }

  private receive(chunk: Buffer): void {
    let rest = chunk;
    for (;;) {
      const nul = rest.indexOf(0);
      if (nul < 0) {
        if (rest.length > 0) this.received.push(rest);
        return;
      }
      this.received.push(rest.subarray(0, nul));
      rest = rest.subarray(nul + 1);
      const text = Buffer.concat(this.received).toString("utf8");
      this.received = [];
      // Stages may flush an empty message now and then; only a non-empty one is an answer.
      if (text === "" || !this.pending) continue;
      const { resolve, timer } = this.pending;
      clearTimeout(timer);
      this.pending = undefined;
      resolve(text);
    }
  }

  private fail(error: Error): void {
    if (!this.failure) {
      this.failure = error;
      for (const child of this.processes) {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
    }
    if (this.pending) {
      const { reject, timer } = this.pending;
      clearTimeout(timer);
      this.pending = undefined;
      reject(error);
    }
  }
}
