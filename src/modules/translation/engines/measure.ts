/**
 * Words per second through the local engine against the `apertium` command on
 * the same text: `npx tsx src/modules/translation/engines/measure.ts [words]`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApertiumLocalEngine } from "./apertium-local.js";

const SENTENCES = [
  "The city council approved the new budget for public libraries.",
  "Volunteers from three neighbourhoods cleaned the river banks on Saturday.",
  'The <g id="1">strong cities</g> network shares its experience with other regions.',
  "Residents can read the full report on the website before the meeting.",
  "A new bicycle lane connects the station with the university campus.",
];

const target = Number(process.argv[2] ?? 20_000);
const segments: string[] = [];
let words = 0;
while (words < target) {
  const sentence = SENTENCES[segments.length % SENTENCES.length] ?? "";
  segments.push(sentence);
  words += sentence.split(/\s+/).length;
}

const engine = new ApertiumLocalEngine({ maxBatchSegments: Number(process.argv[3] ?? 250) });
await engine.translate({ from: "en", to: "es", segments: ["Warm up."] });
let started = performance.now();
await engine.translate({ from: "en", to: "es", segments, timeoutMs: 120_000 });
const localSeconds = (performance.now() - started) / 1000;
await engine.close();

const plain = segments.map((s) => s.replace(/<[^>]+>/g, "")).join("\n");
const dir = mkdtempSync(join(tmpdir(), "civitas-measure-"));
writeFileSync(join(dir, "in.txt"), `${plain}\n`);
started = performance.now();
execFileSync("apertium", ["eng-spa", join(dir, "in.txt"), join(dir, "out.txt")]);
const rawSeconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    words,
    segments: segments.length,
    localWordsPerSecond: Math.round(words / localSeconds),
    apertiumCommandWordsPerSecond: Math.round(words / rawSeconds),
  }),
);
