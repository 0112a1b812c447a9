import { describe, expect, it } from "vitest";
import { analyze } from "./analyzer.js";
import { parseSearchQuery, type ParsedQuery } from "./query.js";

describe("parseSearchQuery", () => {
  const parse = (raw: string, lang: string, prefix = false): ParsedQuery => {
    const parsed = parseSearchQuery(raw, { languages: [lang, "en", "fr", "es", "ar"], prefix });
    if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
    return parsed.query;
  };

  it("drops a stop word of the reader's language", () => {
    const query = parse("la ville", "fr");
    expect(query.parts).toEqual([
      { kind: "term", tokens: expect.arrayContaining(analyze("ville", "fr")), prefixes: [] },
    ]);
    expect(query.isHit("la", "fr")).toBe(false);
    expect(query.isHit("villes", "fr")).toBe(true);
  });

  it("keeps a stop word of another language", () => {
    expect(parse("la ville", "en").parts).toHaveLength(2);
  });

  it("keeps every word of a query made only of stop words", () => {
    const query = parse("the who", "en");
    expect(query.parts).toHaveLength(2);
    expect(query.isHit("who", "en")).toBe(true);
  });

  it("keeps every word of a phrase", () => {
    const query = parse('"la ville"', "fr");
    expect(query.parts).toHaveLength(1);
    const [phrase] = query.parts;
    expect(phrase?.kind === "phrase" && phrase.sequences[0]).toEqual([
      ...analyze("la", "fr"),
      ...analyze("ville", "fr"),
    ]);
  });

  it("drops stop words beside a phrase", () => {
    expect(parse('de "la ville"', "fr").parts.map((p) => p.kind)).toEqual(["phrase"]);
  });

  it("keeps a stop word being typed as a prefix", () => {
    expect(parse("de", "fr", true).parts).toEqual([
      { kind: "term", tokens: [], prefixes: expect.arrayContaining(["de"]) },
    ]);
    const parts = parse("ville de", "fr", true).parts;
    expect(parts).toHaveLength(2);
    expect(parts[1]).toMatchObject({ kind: "term", tokens: [], prefixes: ["de"] });
  });

  it("drops a last stop word that is no longer being typed", () => {
    expect(parse("ville de ", "fr", true).parts).toHaveLength(1);
  });

  it("counts stop words against the word limit", () => {
    expect(parseSearchQuery("de ".repeat(17), { languages: ["fr"], prefix: false })).toEqual({
      ok: false,
      reason: "too_many_words",
    });
  });
});
