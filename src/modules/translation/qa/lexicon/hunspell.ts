/**
 * Hunspell (Debian's `hunspell` with hunspell-fr, hunspell-es) as a spelling
 * lexicon: one warm `hunspell -a` per language, asked only for the words
 * Apertium's analysers do not know. Its affix rules know the inflected forms
 * word lists lack ("prorrogado", "présélectionnés").
 */
import { type ChildProcess, spawn } from "node:child_process";

/** Dictionaries by language (Debian's paths without the .dic/.aff extension). */
export const HUNSPELL_DICTIONARIES: Readonly<Record<string, string>> = {
  fr: "/usr/share/hunspell/fr_FR",
  es: "/usr/share/hunspell/es_ES",
  en: "/usr/share/hunspell/en_US",
};

/** A warm `hunspell -a` for one dictionary; a missing program or dictionary knows nothing. */
export class HunspellSpeller {
  private child: ChildProcess | undefined;
  private isBroken = false;
  private buffer = "";
  private waiting: { lines: string[]; count: number; resolve: (lines: string[]) => void }[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dictionary: string) {}

  /** The words of `words` Hunspell accepts as spelt right. */
  known(words: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(words.filter((w) => /^[\p{L}\p{M}'’-]+$/u.test(w)))];
    const run = this.queue.then(async () => {
      if (unique.length === 0 || this.isBroken) return new Set<string>();
      const lines = await this.ask(unique);
      return new Set(unique.filter((_, i) => /^[*+-]/.test(lines[i] ?? "")));
    });
    this.queue = run.catch(() => undefined);
    return run.catch(() => new Set<string>());
  }

  close(): void {
    this.child?.stdin?.end();
    this.child?.kill();
    this.child = undefined;
  }

  private ask(words: readonly string[]): Promise<string[]> {
    const child = this.start();
    if (!child?.stdin) return Promise.resolve([]);
    return new Promise((resolve) => {
      this.waiting.push({ lines: [], count: words.length, resolve });
      // "^" makes every line a word to check, never a command.
      child.stdin?.write(words.map((w) => `^${w}\n`).join(""));
    });
  }

  private start(): ChildProcess | undefined {
    if (this.child || this.isBroken) return this.child;
    const child = spawn("hunspell", ["-a", "-i", "utf-8", "-d", this.dictionary], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    child.on("error", () => this.fail());
    child.on("exit", () => this.fail());
    // A process that died while being written to: its words count as unknown, nothing crashes.
    child.stdin.on("error", () => this.fail());
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => this.receive(chunk));
    this.child = child;
    return child;
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.indexOf("\n");
    while (newline >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      newline = this.buffer.indexOf("\n");
      // The banner, and the blank line closing each word's answer, carry nothing.
      if (line.startsWith("@(#)") || line === "") continue;
      const current = this.waiting[0];
      if (!current) continue;
      current.lines.push(line);
      if (current.lines.length === current.count) {
        this.waiting.shift();
        current.resolve(current.lines);
      }
    }
  }

  private fail(): void {
    this.isBroken = true;
    this.child = undefined;
    for (const waiting of this.waiting.splice(0)) waiting.resolve([]);
  }
}
