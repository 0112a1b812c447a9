/** Reading Apertium mode files: which pairs a modes directory offers and the programs a mode runs. */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { type LanguagePair, parseModeName } from "./engine.js";

/** One program of a pipeline, spawned directly (no shell). */
export interface Stage {
  command: string;
  args: string[];
}

/** Lists the direct pairs of a modes directory (`*.mode`, variants skipped). */
export async function listModePairs(modesDir: string): Promise<LanguagePair[]> {
  const files = await readdir(modesDir).catch(() => []);
  return files
    .filter((file) => file.endsWith(".mode"))
    .flatMap((file) => parseModeName(file.slice(0, -".mode".length)) ?? []);
}

/** Reads `modesDir/mode.mode` and turns it into null-flushing stages. */
export async function readModeStages(modesDir: string, mode: string): Promise<Stage[]> {
  return parseModeStages(await readFile(join(modesDir, `${mode}.mode`), "utf8"));
}

/**
 * Turns a mode file's text into stages the way `apertium -z` runs them
 * (`apertium-wblank-mode -z`): `$1` becomes `-g` (mark unknown words), `$2`
 * (the tagger's ambiguity flag) disappears, every program gets `-z`, and
 * `apertium-wblank-attach`/`-detach` go after the analyser and before the
 * generator so word-bound blanks follow their words.
 */
export function parseModeStages(text: string): Stage[] {
  const stages: Stage[] = [];
  let generatorAt = -1;
  for (const source of splitOutsideQuotes(text.trim(), "|")) {
    const words = shellWords(source);
    const command = words[0];
    if (command === undefined) continue;
    if (words.includes("$1")) generatorAt = stages.length;
    const args = words
      .slice(1)
      .filter((word) => word !== "$2")
      .map((word) => (word === "$1" ? "-g" : word));
    if (!args.includes("-z")) args.unshift("-z");
    stages.push({ command, args });
  }
  if (stages.length > 1 && !stages.some((stage) => stage.command.endsWith("wblank-attach"))) {
    const detachAt = generatorAt > 0 ? generatorAt : stages.length - 1;
    stages.splice(detachAt, 0, { command: "apertium-wblank-detach", args: [] });
    stages.splice(1, 0, { command: "apertium-wblank-attach", args: [] });
  }
  return stages;
}

/** Renders stages as a shell pipeline, for logs and for comparing with `apertium-wblank-mode`. */
export function formatStages(stages: readonly Stage[]): string {
  return stages
    .map((stage) =>
      [stage.command, ...stage.args]
        .map((word) => (/^[\w./$=:-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`))
        .join(" "),
    )
    .join(" | ");
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quote === undefined && char === "\\") {
      current += char + (text[i + 1] ?? "");
      i++;
    } else if (quote !== undefined) {
      if (char === quote) quote = undefined;
      current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      current += char;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

function shellWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else if (quote === '"' && char === "\\" && /["\\$`]/.test(text[i + 1] ?? "")) {
        current += text[++i] ?? "";
      } else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === "\\") {
      current += text[++i] ?? "";
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}
