import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTranslator } from "../../../platform/i18n/translator.js";
import { ApertiumLocalEngine } from "../engines/apertium-local.js";
import { planRoute, translateAlongRoute } from "../engines/routes.js";
import { plainText } from "../segments/index.js";
import { type CheckTerm, checkUnit } from "./checks.js";
import type { Finding } from "./finding.js";
import { formatFinding } from "./format.js";

function check(
  target: string,
  source: string,
  options: {
    to?: string;
    terms?: CheckTerm[];
    backTranslation?: string;
    unknownWords?: string[];
  } = {},
): Finding[] {
  return checkUnit({
    sourceLanguage: "en",
    targetLanguage: options.to ?? "fr",
    source,
    target,
    unknownWords: options.unknownWords ?? [],
    terms: options.terms ?? [],
    backTranslation: options.backTranslation,
  });
}
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const errors = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => f.code);

describe("the seed page's own errors", () => {
  it("finds “Comité Comité directeur” and points at both words", () => {
    const target = "Le Comité Comité directeur international est l’organe de direction du RCS.";
    const findings = check(
      target,
      "The International Steering Committee is the governing body of the SCN.",
      {
        terms: [{ source: "SCN", target: "RCS" }],
      },
    );
    expect(codes(findings)).toEqual(["repeated-word"]);
    expect(findings[0]?.span).toEqual([3, 16]);
    expect(target.slice(3, 16)).toBe("Comité Comité");
  });

  it("finds “le résumé résumé”", () => {
    expect(
      codes(
        check("Vous pouvez lire le résumé résumé ci-dessous.", "You can read the summary below."),
      ),
    ).toEqual(["repeated-word"]);
  });

  it("finds the broken start “Les premier Il met en évidence”", () => {
    const findings = check(
      "Les premier Il met en évidence dix mesures que les villes peuvent prendre.",
      "The first highlights ten actions that cities can take.",
    );
    expect(errors(findings)).toEqual(["sentence-agreement", "sentence-capital"]);
    expect(findings.map((f) => f.params)).toEqual([{ words: "Les premier" }, { word: "Il" }]);
  });

  it("finds the mid-sentence title “suivants Le rôle des villes”", () => {
    expect(
      errors(
        check(
          "Le RCS a organisé un événement sur les thèmes suivants Le rôle des villes dans la prévention.",
          "The SCN hosted an event on the theme: the role of cities in prevention.",
          { terms: [{ source: "SCN", target: "RCS" }] },
        ),
      ),
    ).toEqual(["sentence-capital"]);
  });
});

describe("entities", () => {
  const source =
    "The event was co-sponsored by the Ministry of Foreign Affairs of North Macedonia and the U.S. Department of State.";
  const added =
    "L’événement a été coparrainé par le ministère des Affaires étrangères de Macédoine du Nord et l’Union européenne Département d’État des États-Unis.";
  const clean =
    "L’événement a été coparrainé par le ministère des Affaires étrangères de Macédoine du Nord et le département d’État des États-Unis.";
  let engine: ApertiumLocalEngine;
  beforeAll(() => {
    engine = new ApertiumLocalEngine({ timeoutMs: 20_000 });
  });
  afterAll(async () => {
    await engine.close();
  });
  const backTranslate = async (texts: string[]) => {
    const route = planRoute(await engine.pairs(), "fr", "en");
    if (!route) throw new Error("no Apertium route fr > en");
    const { outputs } = await translateAlongRoute(engine, route, texts);
    return outputs.map((o) => plainText(o.text));
  };

  it("finds “l’Union européenne” added to “the U.S. Department of State”, an error once the back-translation confirms it", async () => {
    const [back = "", backClean = ""] = await backTranslate([added, clean]);
    expect(back).toMatch(/European Union/);
    const findings = check(added, source, { backTranslation: back });
    expect(errors(findings)).toEqual(["entity-added"]);
    expect(findings[0]?.params).toEqual({ entity: "Union" });
    expect(added.slice(...(findings[0]?.span ?? [0, 0]))).toBe("Union");
    // The faithful translation passes, with or without its back-translation.
    expect(check(clean, source, { backTranslation: backClean })).toEqual([]);
    expect(check(clean, source)).toEqual([]);
    // Without a back-translation the invented name is only a warning.
    expect(check(added, source).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("finds a dropped person, a changed e-mail address and an invented acronym", () => {
    expect(
      codes(
        check(
          "Parmi les intervenants figuraient les maires de Calgary et de Pittsburgh.",
          "Speakers included Mayor Naheed Nenshi of Calgary and Mayor Bill Peduto of Pittsburgh.",
        ),
      ),
    ).toEqual(["entity-missing", "entity-missing"]);
    expect(
      errors(check("Écrivez à contact@example.org.", "Write to info@example.org.")).sort(),
    ).toEqual(["entity-added", "entity-missing"]);
    expect(
      errors(
        check(
          "Le maire et l’OTAN ont accueilli 35 délégations.",
          "The mayor welcomed 35 delegations.",
        ),
      ),
    ).toEqual(["entity-added"]);
  });

  it("accepts exonyms, glossary forms and known equivalents", () => {
    expect(
      check(
        "L’atelier s’est tenu à Beyrouth, au Liban.",
        "The workshop was held in Beirut, Lebanon.",
      ),
    ).toEqual([]);
    expect(
      check("Partenaires : PNUD et UNESCO.", "Partners: UNDP and UNESCO.", {
        terms: [{ source: "UNDP", target: "PNUD" }],
      }).filter((f) => f.severity !== "info"),
    ).toEqual([]);
  });
});

describe("numbers and dates", () => {
  it("accepts 22 → 22, 76th → 76e / 76.ª, 120+ → plus de 120, 1,500 → 1 500, 6 p.m. → 18 h", () => {
    expect(
      check("Le 22 septembre 2021, la 76e Assemblée.", "On 22 September 2021, the 76th Assembly."),
    ).toEqual([]);
    expect(
      check(
        "El 22 de septiembre de 2021, la 76.ª Asamblea.",
        "On 22 September 2021, the 76th Assembly.",
        { to: "es" },
      ),
    ).toEqual([]);
    expect(check("Plus de 120 participants.", "120+ participants.")).toEqual([]);
    expect(check("Plus de 1 500 praticiens à 18 h.", "Over 1,500 practitioners at 6 p.m.")).toEqual(
      [],
    );
    expect(check("Deux événements ont eu lieu.", "2 events took place.")).toEqual([]);
  });

  it("finds 38 → 83 and a month changed", () => {
    const findings = check("Des participants de 83 pays.", "Participants from 38 countries.");
    expect(findings.map((f) => [f.code, f.params.number])).toEqual([
      ["number-missing", "38"],
      ["number-added", "83"],
    ]);
    expect(codes(check("Le 22 octobre 2021.", "On 22 September 2021."))).toEqual(["date-mismatch"]);
  });
});

describe("markup, glossary, untranslated text, unchanged segments, length", () => {
  const source = 'Read the <g id="1">full statement</g> of the mayors.<x id="2"/>';
  it("finds inline codes lost, duplicated, added and moved", () => {
    expect(codes(check('Lisez la déclaration complète des maires.<x id="2"/>', source))).toEqual([
      "markup-lost",
    ]);
    expect(
      codes(check('Lisez la <g id="1">déclaration</g> des maires.<x id="2"/><x id="2"/>', source)),
    ).toEqual(["markup-duplicated"]);
    expect(
      codes(check('Lisez la <g id="1">déclaration</g> <x id="3"/>des maires.<x id="2"/>', source)),
    ).toEqual(["markup-added"]);
    const moved = check(
      '<x id="2"/>Lisez la <g id="1">déclaration complète</g> des maires.',
      source,
    );
    expect(moved.map((f) => [f.code, f.severity])).toEqual([["markup-order", "warning"]]);
  });

  it("finds a required term not used and a do-not-translate term translated", () => {
    const terms = [
      { source: "hub", target: "pôle" },
      { source: "YouTube", target: null },
    ];
    expect(
      errors(
        check("Chaque centre a sa chaîne TuTube.", "Each hub has its YouTube channel.", { terms }),
      ),
    ).toEqual(["glossary-missing", "glossary-translated"]);
  });

  it("finds engine marks, English left in the target, and an unchanged segment", () => {
    expect(
      codes(
        check(
          "L’événement a été *coparrainé par la ville.",
          "The event was co-sponsored by the city.",
        ),
      ),
    ).toEqual(["untranslated-mark"]);
    expect(
      codes(
        check(
          "La prévention works best when it starts early.",
          "Prevention works best when it starts early.",
        ),
      ),
    ).toEqual(["source-words"]);
    const same = "Our newsletter is published every month.";
    expect(codes(check(same, same))).toContain("unchanged");
    expect(check("Naheed Nenshi", "Naheed Nenshi")).toEqual([]);
  });

  it("finds a translation far too short for the pair", () => {
    const findings = check(
      "Le second est une fiche.",
      "The second is an updated fact sheet describing the mission, objectives and structure of the network.",
    );
    expect(codes(findings)).toEqual(["length-ratio"]);
  });
});

describe("punctuation and typography", () => {
  it("finds final punctuation lost and brackets unbalanced", () => {
    expect(codes(check("Un résumé est disponible ici", "A summary is available here."))).toEqual([
      "punctuation-final-missing",
    ]);
    expect(
      codes(
        check(
          "Les recommandations (en quatre langues ont été adoptées.",
          "The recommendations (in four languages) were adopted.",
        ),
      ),
    ).toEqual(["punctuation-unbalanced"]);
  });

  it("knows French spacing: none is an error, an ordinary space is info", () => {
    expect(
      check("Qui devrait participer?", "Who should attend?").map((f) => [f.code, f.severity]),
    ).toEqual([["typography-space", "error"]]);
    expect(check("Qui devrait participer ?", "Who should attend?").map((f) => f.severity)).toEqual([
      "info",
    ]);
    expect(check("Qui devrait participer\u202f?", "Who should attend?")).toEqual([]);
  });

  it("knows Spanish opening marks", () => {
    expect(codes(check("Quién debería asistir?", "Who should attend?", { to: "es" }))).toEqual([
      "typography-inverted",
    ]);
    expect(check("¿Quién debería asistir?", "Who should attend?", { to: "es" })).toEqual([]);
  });
});

describe("messages", () => {
  it("writes every finding in the reviewer's language", () => {
    const [finding] = check(
      "Vous pouvez lire le résumé résumé ci-dessous.",
      "You can read the summary below.",
    );
    if (!finding) throw new Error("expected a finding");
    expect(formatFinding(getTranslator("fr").t, finding)).toBe(
      "Le mot «\u00a0résumé\u00a0» est écrit deux fois de suite\u00a0; l’original ne le répète pas.",
    );
    expect(formatFinding(getTranslator("en").t, { ...finding, code: "not-a-code" })).toBe(
      "Check not-a-code found a problem.",
    );
  });
});
