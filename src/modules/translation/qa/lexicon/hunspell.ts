/**
 * Hunspell (Debian's `hunspell` with hunspell-fr, hunspell-es) as a spelling
 * lexicon: one warm `hunspell -G` per language, asked only for the words
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

/**
 * A warm Hunspell for one dictionary, asked only whether words are spelt
 * right; a missing program or dictionary knows nothing.
 *
 * It runs `hunspell -w` (print the misspelt lines of a one-word-a-line
 * input) behind `stdbuf -oL` (so each answer is flushed), not `hunspell -a`:
 * the ispell pipe computes suggestions for every misspelt word (~0.1 s of
 * CPU each in French), and the words asked are mostly misspelt, since the
 * analysers did not know them. After each batch goes a made-up word no
 * dictionary has: the batch's answer ends when Hunspell prints it back.
 */
export class HunspellSpeller {
  private child: ChildProcess | undefined;
  private isBroken = false;
  private buffer = "";
  private waiting: {
    sentinel: string;
    misspelt: Set<string>;
    resolve: (misspelt: Set<string> | undefined) => void;
  }[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private batches = 0;

  constructor(private readonly dictionary: string) {}

  /** The words of `words` Hunspell accepts as spelt right. */
  known(words: readonly string[]): Promise<Set<string>> {
    // A line without a letter ("-") holds no word: Hunspell would not call it misspelt.
    const unique = [
      ...new Set(words.filter((w) => /^[\p{L}\p{M}'’-]+$/u.test(w) && /\p{L}/u.test(w))),
    ];
    const run = this.queue.then(async () => {
      if (unique.length === 0 || this.isBroken) return new Set<string>();
      const misspelt = await this.ask(unique);
      // No answer (Hunspell died): nothing is known.
      return new Set(misspelt ? unique.filter((word) => !misspelt.has(word)) : []);
    });
    this.queue = run.catch(() => undefined);
    return run.catch(() => new Set<string>());
  }

  close(): void {
    this.child?.stdin?.end();
    this.child?.kill();
    this.child = undefined;
  }

  private ask(words: readonly string[]): Promise<Set<string> | undefined> {
    const child = this.start();
    if (!child?.stdin) return Promise.resolve(undefined);
    // Letters only: in some dictionaries digits are not word characters.
    const sentinel = `qzxjcivend${String(++this.batches).replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "")}`;
    return new Promise((resolve) => {
      this.waiting.push({ sentinel, misspelt: new Set(), resolve });
      child.stdin?.write(`${words.join("\n")}\n${sentinel}\n`);
    });
  }

  private start(): ChildProcess | undefined {
    if (this.child || this.isBroken) return this.child;
    const child = spawn("stdbuf", ["-oL", "hunspell", "-w", "-i", "utf-8", "-d", this.dictionary], {
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
      const current = this.waiting[0];
      if (!current) continue;
      if (line === current.sentinel) {
        this.waiting.shift();
        current.resolve(current.misspelt);
      } else {
        current.misspelt.add(line);
      }
    }
  }

  private fail(): void {
    this.isBroken = true;
    this.child = undefined;
    for (const waiting of this.waiting.splice(0)) waiting.resolve(undefined);
  }
}
