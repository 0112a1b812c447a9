import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTranslator } from "../../../platform/i18n/translator.js";
import { ApertiumLocalEngine } from "../engines/apertium-local.js";
import { planRoute, translateAlongRoute } from "../engines/routes.js";
import { plainText } from "../segments/index.js";
import { checkWithDictionaries } from "./dictionaries.test-kit.js";
import { checkUnits } from "./check-batch.js";
import { type CheckTerm, checkUnit, type ForbiddenTerm } from "./checks.js";
import type { Finding } from "./finding.js";
import { formatFinding } from "./format.js";
import { gatherEvidence } from "./lexicon/evidence.js";
import { ApertiumLexicon } from "./lexicon/lexicon.js";

function check(
  target: string,
  source: string,
  options: {
    to?: string;
    terms?: CheckTerm[];
    forbiddenTerms?: ForbiddenTerm[];
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
    forbiddenTerms: options.forbiddenTerms ?? [],
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

  it("pairs an acronym localised with its letters reordered (UNDP/PNUD, NGOs/ONG, PVE/PEV, CSO/OSC)", () => {
    expect(
      errors(
        check(
          "Avec le soutien du PNUD, la ville a ouvert un centre.",
          "With support from UNDP, the city opened a centre.",
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        check(
          "Las ONG locales desempeñaron un papel decisivo.",
          "Local NGOs played a decisive role.",
          { to: "es" },
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        check(
          "Sigles : PEV (prévention de l'extrémisme violent), OSC (organisation de la société civile).",
          "Acronyms: PVE (prevention of violent extremism), CSO (civil society organisation).",
        ),
      ),
    ).toEqual([]);
    // Other letters are another body: still an error.
    expect(
      errors(
        check(
          "Avec le soutien du PNUE, la ville a ouvert un centre.",
          "With support from UNDP, the city opened a centre.",
        ),
      ).sort(),
    ).toEqual(["entity-added", "entity-missing"]);
  });

  it("knows TV, OK, time zones (EST = HNE, CET = heure d’Europe centrale), US$ and UN-Habitat in French and Spanish", () => {
    expect(
      errors(
        check(
          "Le discours a été retransmis à la télévision nationale.",
          "The speech was broadcast on national TV.",
        ),
      ),
    ).toEqual([]);
    expect(
      errors(check("El alcalde dio el visto bueno.", "The mayor gave the OK.", { to: "es" })),
    ).toEqual([]);
    expect(
      errors(
        check(
          "Tous les horaires sont indiqués en heure normale de l'Est (HNE).",
          "All times are given in Eastern Standard Time (EST).",
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        check(
          "La date limite a été reportée au vendredi 15 mars à midi (heure d'Europe centrale).",
          "The deadline has been extended to Friday, 15 March, at noon (CET).",
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        check(
          "El plazo se ha ampliado hasta el mediodía del viernes 15 de marzo (hora de Europa Central).",
          "The deadline has been extended to Friday, 15 March, at noon (CET).",
          { to: "es" },
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        check(
          "Cada ciudad recibirá una subvención de hasta 50.000 dólares estadounidenses.",
          "Each city will receive a grant of up to US$50,000.",
          { to: "es" },
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        "Entre los socios figuran ONU-Hábitat y varias fundaciones.",
        "Partners include UN-Habitat and several foundations.",
        { to: "es" },
      ),
    ).toEqual([]);
    // A time zone dropped is still missing.
    expect(
      errors(check("Le webinaire commence à 15 h.", "The webinar starts at 3 p.m. CET.")),
    ).toEqual(["entity-missing"]);
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

  it("compares clock times in minutes of the day: 2:30 p.m. = 14 h 30 = las 14:30 = las dos y media de la tarde", () => {
    const es = { to: "es" };
    expect(check("La séance commencera à 14 h 30.", "The session will start at 2:30 p.m.")).toEqual(
      [],
    );
    expect(
      check("La sesión comenzará a las 14:30.", "The session will start at 2:30 p.m.", es),
    ).toEqual([]);
    expect(
      check(
        "La sesión comenzará a las dos y media de la tarde.",
        "The session will start at 2:30 p.m.",
        es,
      ),
    ).toEqual([]);
    expect(check("La réception aura lieu à 19 h 30.", "The reception is at 7:30 p.m.")).toEqual([]);
    expect(
      check(
        "La recepción tendrá lugar a las siete y media de la tarde.",
        "The reception is at 7:30 p.m.",
        es,
      ),
    ).toEqual([]);
    expect(check("Ouverture des portes à 18 h 45.", "Doors open at 6:45 p.m.")).toEqual([]);
    expect(check("Clôture à 23 h 59.", "Closes at 11:59 p.m.")).toEqual([]);
    expect(check("Pauses à 10 h 30 et à 15 h 30.", "Breaks at 10:30 a.m. and 3:30 p.m.")).toEqual(
      [],
    );
    // A range shares its a.m./p.m.: "from 3 to 4:30 p.m." is 15:00 to 16:30.
    expect(check("De 15 h à 16 h 30.", "From 3 to 4:30 p.m.")).toEqual([]);
    expect(check("Ouverture à 9 h 15.", "Opening at a quarter past nine.")).toEqual([]);
    expect(check("El almuerzo es a las doce y media.", "Lunch is at 12:30.", es)).toEqual([]);
  });

  it("knows noon and midnight: midi = mediodía = 12 h, minuit = medianoche = 0:00", () => {
    expect(check("La date limite est à 12 h.", "The deadline is at noon.")).toEqual([]);
    expect(
      check("El plazo vence a las 12:00.", "The deadline is at midday.", { to: "es" }),
    ).toEqual([]);
    expect(check("La date limite est à midi.", "The deadline is at 12:00.")).toEqual([]);
    expect(
      check("El plazo vence a medianoche.", "The deadline is at 12 a.m.", { to: "es" }),
    ).toEqual([]);
    expect(codes(check("La date limite est à minuit.", "The deadline is at 12 p.m."))).toEqual([
      "number-missing",
    ]);
  });

  it("still finds a time in the wrong half of the day, and a.m./p.m. left in French and Spanish", () => {
    expect(codes(check("La réception aura lieu à 7 h.", "The reception is at 7 p.m."))).toEqual([
      "number-missing",
      "number-added",
    ]);
    expect(
      codes(
        check("La recepción es a las siete de la mañana.", "The reception is at 7 p.m.", {
          to: "es",
        }),
      ),
    ).toEqual(["number-missing"]);
    expect(
      codes(
        check("La ceremonia tendrá lugar en 5:00 p.m.", "The ceremony is at 5:00 p.m.", {
          to: "es",
        }),
      ),
    ).toEqual(["number-missing", "number-added"]);
  });

  it("reads numbers written out, in English, French and Spanish", () => {
    const es = { to: "es" };
    expect(check("La ville compte seize arrondissements.", "The city has 16 boroughs.")).toEqual(
      [],
    );
    expect(check("La ciudad tiene dieciséis distritos.", "The city has 16 boroughs.", es)).toEqual(
      [],
    );
    expect(check("Des délégués de 42 villes.", "Delegates from forty-two cities.")).toEqual([]);
    expect(
      check("Environ 200 jeunes chaque semaine.", "About two hundred young people each week."),
    ).toEqual([]);
    expect(
      check("L'enquête a porté sur quatorze villes.", "The survey covered 14 cities."),
    ).toEqual([]);
    expect(
      check("La encuesta abarcó catorce ciudades.", "The survey covered 14 cities.", es),
    ).toEqual([]);
    expect(check("Trois mille personnes sont attendues.", "3,000 people are expected.")).toEqual(
      [],
    );
    expect(check("Quatre-vingt-dix-neuf villes ont signé.", "99 cities signed.")).toEqual([]);
    expect(check("Treinta y cinco ciudades firmaron.", "35 cities signed.", es)).toEqual([]);
    // A number written out is read whole: "seven thirty" is not 37.
    expect(codes(check("Trente-sept villes ont signé.", "Seven cities signed 30 times."))).toEqual([
      "number-missing",
    ]);
  });

  it("reads ordinals and Roman numerals: 12th = duodécima, 5th = 5e = el V Foro, 21st = vingt et unième", () => {
    const es = { to: "es" };
    expect(check("La duodécima edición del Foro.", "The 12th edition of the Forum.", es)).toEqual(
      [],
    );
    expect(check("Florence accueillera le 5e Forum.", "Florence will host the 5th Forum.")).toEqual(
      [],
    );
    expect(check("Florencia acogerá el V Foro.", "Florence will host the 5th Forum.", es)).toEqual(
      [],
    );
    expect(check("La vingt et unième réunion.", "The 21st meeting.")).toEqual([]);
    // "Le", "Ce" are no Roman numerals.
    expect(codes(check("Le rapport.", "The 50 reports."))).toEqual(["number-missing"]);
  });

  it("reads decades: the 1990s = les années 1990 = les années 90 = los años noventa = los noventa", () => {
    const es = { to: "es" };
    const source = "In the 1990s, the city changed.";
    expect(check("Dans les années 1990, la ville a changé.", source)).toEqual([]);
    expect(check("Dans les années 90, la ville a changé.", source)).toEqual([]);
    expect(check("En los años noventa, la ciudad cambió.", source, es)).toEqual([]);
    expect(check("En los noventa, la ciudad cambió.", source, es)).toEqual([]);
    expect(codes(check("En los años ochenta, la ciudad cambió.", source, es))).toEqual([
      "number-missing",
    ]);
  });

  it("compares durations in minutes: two and a half hours = 2 h 30, 90 minutes = une heure et demie", () => {
    expect(check("Le module dure 2 h 30.", "The module lasts two and a half hours.")).toEqual([]);
    expect(
      check("Il faut environ une heure et demie.", "The course takes about 90 minutes."),
    ).toEqual([]);
    expect(
      check("El curso dura una hora y media.", "The course takes 90 minutes.", { to: "es" }),
    ).toEqual([]);
    expect(check("Le hackathon dure 48 heures.", "The hackathon lasts 48 hours.")).toEqual([]);
  });

  it("reads 2,000 in French and Spanish as two: the comma is their decimal mark", () => {
    const findings = check(
      "Más de 2,000 residentes participaron.",
      "More than 2,000 residents took part.",
      { to: "es" },
    );
    expect(findings.map((f) => [f.code, f.params.number])).toEqual([
      ["number-missing", "2000"],
      ["number-added", "2,000"],
    ]);
    expect(check("Plus de 2 000 habitants.", "More than 2,000 residents.")).toEqual([]);
    expect(check("Más de 2.000 residentes.", "More than 2,000 residents.", { to: "es" })).toEqual(
      [],
    );
    expect(check("Le taux est de 18,5 %.", "The rate is 18.5%.")).toEqual([]);
  });

  it("takes only a capitalised English month name for a month: “will march” is a verb", () => {
    expect(
      check(
        "Les maires défileront jusqu'au mémorial à 17 h.",
        "Mayors will march to the memorial at 5 p.m.",
      ),
    ).toEqual([]);
    expect(codes(check("L'événement du 8 avril.", "The March 8 event."))).toEqual([
      "date-mismatch",
    ]);
  });
});

describe("negation idioms", () => {
  it("reads “no more than 300 words” as 300 maximum, not a negation", () => {
    expect(
      check(
        "Présentez votre idée en 300 mots maximum.",
        "Submit your idea in no more than 300 words.",
      ),
    ).toEqual([]);
    expect(
      check(
        "Presente su idea en un máximo de 300 palabras.",
        "Submit your idea in no more than 300 words.",
        { to: "es" },
      ),
    ).toEqual([]);
    expect(
      check(
        "Presente su idea en no más de 300 palabras.",
        "Submit your idea in at most 300 words.",
        {
          to: "es",
        },
      ),
    ).toEqual([]);
  });

  it("reads “sans faille” as unwavering, not a negation", () => {
    expect(
      errors(
        check(
          "Ils ont salué leur engagement sans faille envers les jeunes.",
          "They praised their unwavering commitment to young people.",
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        check(
          "Ils ont salué leur engagement envers les jeunes.",
          "They did not praise young people.",
        ),
      ),
    ).toEqual(["negation-lost"]);
  });
});

describe("with the dictionaries' evidence", () => {
  const lexicon = new ApertiumLexicon();
  afterAll(() => lexicon.close());
  const checkWith = async (target: string, source: string, language: "fr" | "es" = "fr") =>
    (await checkWithDictionaries(lexicon, { source, target, language })).filter(
      (f) => f.severity !== "info",
    );

  it("counts neither adverbs nor words with a function-word reading as content words", async () => {
    const [evidence] = await gatherEvidence(lexicon, {
      route: ["en", "es"],
      units: [
        { source: "The mayors unanimously adopted the plan about youth since 2020.", target: "" },
      ],
    });
    expect(evidence?.content.map((w) => w.surface)).toEqual(["mayors", "adopted", "plan", "youth"]);
  });

  it("passes a correct paraphrase that shares few dictionary words, and finds an unrelated sentence", async () => {
    expect(
      await checkWith(
        "C'est avec tristesse que nous avons appris le décès de notre ancien président, le maire Jan Kowalski.",
        "We are saddened by the passing of our former chair, Mayor Jan Kowalski.",
      ),
    ).toEqual([]);
    expect(
      await checkWith(
        "Todos los horarios se indican en hora estándar del Este (EST).",
        "All times are given in Eastern Standard Time (EST).",
        "es",
      ),
    ).toEqual([]);
    const source =
      "The mayors adopted a new strategy to prevent violent extremism in schools and neighbourhoods.";
    expect(
      (
        await checkWith("Le déjeuner sera servi dans la grande salle à côté de la piscine.", source)
      ).map((f) => f.code),
    ).toEqual(["meaning-unrelated"]);
  });

  it("makes informal address a warning in Spanish (youth calls say tú) and keeps it an error in French", async () => {
    const source = "Are you a young leader aged 18 to 30? Apply now!";
    expect(
      (
        await checkWith(
          "¿Eres un joven líder de entre 18 y 30 años? ¡Presenta tu candidatura!",
          source,
          "es",
        )
      ).map((f) => [f.code, f.severity]),
    ).toEqual([["informal-address", "warning"]]);
    expect(
      (
        await checkWith(
          "Tu es un jeune leader âgé de 18 à 30 ans ? Postule dès maintenant !",
          source,
        )
      ).map((f) => [f.code, f.severity]),
    ).toEqual([["informal-address", "error"]]);
  });

  it("finds no preposition before a verb in “sans faille”", async () => {
    expect(
      await checkWith(
        "M. Okafor a remercié les partenaires pour leur « engagement sans faille » envers les jeunes de la ville.",
        'Mr. Okafor thanked the partners for their "unwavering commitment" to the city\'s young people.',
      ),
    ).toEqual([]);
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

  it("finds a forbidden (deprecated) target term used for its source term, and only then", () => {
    const forbiddenTerms = [{ source: "audible alert", target: "alarme sonore" }];
    const terms = [{ source: "audible alert", target: "signal sonore" }];
    const used = check(
      "Une alarme sonore prévient le patient.",
      "An audible alert warns the patient.",
      {
        terms,
        forbiddenTerms,
      },
    );
    expect(errors(used)).toEqual(["glossary-missing", "glossary-forbidden"]);
    expect(used.find((f) => f.code === "glossary-forbidden")).toMatchObject({
      params: { term: "alarme sonore", source: "audible alert" },
      span: [4, 17],
    });
    const right = check(
      "Un signal sonore prévient le patient.",
      "An audible alert warns the patient.",
      {
        terms,
        forbiddenTerms,
      },
    );
    expect(errors(right)).toEqual([]);
    const elsewhere = check("Une alarme sonore retentit.", "A loud alarm rings.", {
      forbiddenTerms,
    });
    expect(codes(elsewhere)).not.toContain("glossary-forbidden");
  });

  it("passes the glossary's forbidden terms through a batch (the pipeline's and the review desk's path)", async () => {
    const [findings = []] = await checkUnits({
      lexicon: undefined,
      sourceLanguage: "en",
      targetLanguage: "fr",
      units: [{ source: "The town hall is open.", target: "La maison du peuple est ouverte." }],
      forbiddenTerms: [{ source: "town hall", target: "maison du peuple" }],
    });
    const forbidden = findings.find((f) => f.code === "glossary-forbidden");
    expect(forbidden).toBeDefined();
    expect(formatFinding(getTranslator("fr").t, forbidden as Finding)).toBe(
      "Le glossaire proscrit «\u00a0maison du peuple\u00a0» (terme déconseillé) pour traduire «\u00a0town hall\u00a0».",
    );
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
