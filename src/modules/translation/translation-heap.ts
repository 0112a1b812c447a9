/**
 * V8's flags for a process that translates (the job processes' translate
 * lane, `npm start`'s demo load, bench/translate-demo.ts). Not in the `civitas`
 * command's shebang: every command and `serve`'s other lanes would inherit it.
 *
 * A job holds each batch's engine answers, dictionary analyses and findings
 * across its awaits, so much of what it allocates outlives the default young
 * generation (16 MiB semi-spaces) by a scavenge or two: it is copied, then
 * promoted, then collected again by the old generation. With 64 MiB it dies
 * young. One run of the demo from an empty memory into es and fr (2-core
 * machine, interleaved, 3 × 4 runs each): GC pauses 0.30–0.56 s → 0.17–0.29 s;
 * 128 MiB measured no better. A young generation that large costs memory
 * only while the process allocates that fast (V8 grows it on demand).
 */
export const TRANSLATION_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];

/** `execArgv` with the translation flags added (those already given are left as they are). */
export function withTranslationFlags(execArgv: readonly string[]): string[] {
  const missing = TRANSLATION_NODE_FLAGS.filter(
    (flag) => !execArgv.some((arg) => arg.split("=")[0] === flag.split("=")[0]),
  );
  return [...execArgv, ...missing];
}
