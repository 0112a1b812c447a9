import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { HUNSPELL_DICTIONARIES, HunspellSpeller } from "./hunspell.js";

// Real Hunspell (Debian's hunspell-fr, hunspell-es), no stand-in.
const french = new HunspellSpeller(HUNSPELL_DICTIONARIES.fr ?? "");
const spanish = new HunspellSpeller(HUNSPELL_DICTIONARIES.es ?? "");
afterAll(() => {
  french.close();
  spanish.close();
});

/** What the ispell pipe (`hunspell -a`, one word a line) accepts: the protocol the speller replaced. */
function acceptedByPipe(dictionary: string, words: readonly string[]): Set<string> {
  const out = execFileSync("hunspell", ["-a", "-i", "utf-8", "-d", dictionary], {
    input: words.map((w) => `^${w}\n`).join(""),
    encoding: "utf8",
  });
  const answers = out.split("\n").filter((line) => line !== "" && !line.startsWith("@(#)"));
  expect(answers).toHaveLength(words.length);
  return new Set(words.filter((_, i) => /^[*+-]/.test(answers[i] ?? "")));
}

describe("HunspellSpeller", () => {
  it("accepts inflected forms and refuses made-up words, as the ispell pipe does", async () => {
    const words = [
      "présélectionnés",
      "municipalité",
      "porte-monnaie",
      "aujourd’hui",
      "xyzzyq",
      "revitalising",
      "lockdowns",
      "maisonzq",
    ];
    const known = await french.known(words);
    expect(known).toEqual(acceptedByPipe(HUNSPELL_DICTIONARIES.fr ?? "", words));
    expect(known.has("présélectionnés")).toBe(true);
    expect(known.has("xyzzyq")).toBe(false);
  });

  it("answers Spanish, where digits are not word characters", async () => {
    const words = ["prorrogado", "ayuntamiento", "quehacedecisión", "webinar", "mayoríadedos"];
    const known = await spanish.known(words);
    expect(known).toEqual(acceptedByPipe(HUNSPELL_DICTIONARIES.es ?? "", words));
    expect([...known].sort()).toEqual(["ayuntamiento", "prorrogado"]);
  });

  it("keeps concurrent batches apart and counts a word without letters as unknown", async () => {
    const [a, b, c] = await Promise.all([
      french.known(["maison", "qwxv"]),
      french.known(["-", "’", "chats"]),
      french.known([]),
    ]);
    expect([...a]).toEqual(["maison"]);
    expect([...b]).toEqual(["chats"]);
    expect(c.size).toBe(0);
  });

  it("answers misspelt words about as fast as known ones (no suggestions are computed)", async () => {
    const letters = (i: number) => String(i).replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "");
    const misspelt = Array.from({ length: 200 }, (_, i) => `zqxw${letters(i)}`);
    expect(await french.known(misspelt)).toEqual(new Set());
    // Known words to compare with: 200 of the dictionary's own stems.
    const stems = readFileSync(`${HUNSPELL_DICTIONARIES.fr}.dic`, "utf8")
      .split("\n")
      .map((line) => line.split(/[/\s]/)[0] ?? "")
      .filter((word) => /^\p{Ll}{6,}$/u.test(word));
    const spelt = [...(await french.known(stems.filter((_, i) => i % 97 === 0)))].slice(0, 200);
    expect(spelt).toHaveLength(200);
    // The ispell pipe takes ~25 ms of CPU per misspelt French word for its suggestions (about
    // 7 s for this batch when tried), and nothing for a known word. Both batches are timed in turn, so that
    // a busy machine slows both; a misspelt batch under FLOOR_MS passes whatever the ratio, and
    // a failing pair is timed again, up to three pairs.
    const RATIO = 9;
    const FLOOR_MS = 250;
    let misspeltMs = Infinity;
    let speltMs = Infinity;
    const isFast = () => misspeltMs < FLOOR_MS || misspeltMs < RATIO * speltMs;
    for (let pair = 0; pair < 3 && !isFast(); pair += 1) {
      speltMs = Math.min(speltMs, await wallMs(() => french.known(spelt)));
      misspeltMs = Math.min(misspeltMs, await wallMs(() => french.known(misspelt)));
    }
    expect(
      isFast(),
      `${misspeltMs.toFixed(0)} ms for misspelt words, ${speltMs.toFixed(0)} ms for known ones`,
    ).toBe(true);
  }, 60_000);
});

/** The wall-clock time an answer takes (Hunspell's work is in another process). */
async function wallMs(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
