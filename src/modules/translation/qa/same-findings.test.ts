import { createHash } from "node:crypto";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkUnits } from "./check-batch.js";
import { LABELLED_ROUTES, labelledEngineRoute } from "./gate-figures.js";
import { ApertiumLexicon } from "./lexicon/lexicon.js";

// What every check finds, unit by unit, on real Apertium output (the labelled pipeline set,
// en>es and en>es>fr) and on correct human translations, with the dictionaries, as the
// pipeline runs them: each unit's findings are fingerprinted (codes, severities, params,
// spans, in order). Making the checks faster must leave every fingerprint as it was; a
// change of what a check finds is made on purpose, and the fingerprints are then written
// again: `CIVITAS_WRITE_FINGERPRINTS=1 npx vitest run src/modules/translation/qa/same-findings.test.ts`
// (then `npx prettier --write` the file).
const LABELLED = fileURLToPath(new URL("./labelled/", import.meta.url));
const FINGERPRINTS = `${LABELLED}findings.fingerprints.json`;

interface CheckedSet {
  name: string;
  language: "fr" | "es";
  units: { source: string; target: string }[];
}

function readTsv(file: string): Record<string, string>[] {
  const [header = "", ...rows] = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  const columns = header.split("\t");
  return rows.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}

function sets(): CheckedSet[] {
  const human = readTsv(`${LABELLED}human/triples.tsv`);
  return (["fr", "es"] as const).flatMap((language) => [
    {
      name: `pipeline/en-${language}`,
      language,
      units: readTsv(`${LABELLED}pipeline/en-${language}.tsv`).map((row) => ({
        source: row["source"] ?? "",
        target: row["target"] ?? "",
      })),
    },
    {
      name: `human/${language}`,
      language,
      units: human.map((row) => ({ source: row["en"] ?? "", target: row[language] ?? "" })),
    },
  ]);
}

const fingerprint = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);

describe("the checks' findings on real pipeline output and human translations", () => {
  const lexicon = new ApertiumLexicon();
  afterAll(() => lexicon.close());

  it("are those recorded, unit by unit", async () => {
    const found: Record<string, string[]> = {};
    for (const set of sets()) {
      const findings = await checkUnits({
        lexicon,
        sourceLanguage: "en",
        targetLanguage: set.language,
        route: LABELLED_ROUTES[set.language],
        units: set.units,
        engineRoute: set.name.startsWith("pipeline/")
          ? labelledEngineRoute(set.language)
          : undefined,
      });
      found[set.name] = findings.map(fingerprint);
    }
    if (process.env["CIVITAS_WRITE_FINGERPRINTS"] === "1") {
      fs.writeFileSync(FINGERPRINTS, `${JSON.stringify(found, null, 1)}\n`);
    }
    const recorded = JSON.parse(fs.readFileSync(FINGERPRINTS, "utf8")) as Record<string, string[]>;
    for (const [name, prints] of Object.entries(recorded)) {
      const units = sets().find((s) => s.name === name)?.units ?? [];
      const changed = prints.flatMap((print, i) =>
        found[name]?.[i] === print ? [] : [`${name}:${i + 2} ${units[i]?.target ?? "(gone)"}`],
      );
      expect(changed, `findings changed on ${changed.length} units`).toEqual([]);
      expect(found[name]?.length).toBe(prints.length);
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(recorded).sort());
  }, 180_000);
});
