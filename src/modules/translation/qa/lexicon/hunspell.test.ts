import { execFileSync } from "node:child_process";
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

  it("answers many misspelt words quickly (no suggestions are computed)", async () => {
    const words = Array.from({ length: 200 }, (_, i) => `zqxw${"abcdefghij"[i % 10]}${i}`);
    const started = performance.now();
    const known = await french.known(words.map((w) => w.replace(/\d/g, "")));
    expect(known.size).toBe(0);
    // The ispell pipe takes ~0.1 s of CPU per misspelt French word (≥ 20 s here).
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
