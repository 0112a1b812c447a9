import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkUnits } from "./check-batch.js";
import { checkWithDictionaries } from "./dictionaries.test-kit.js";
import { decodeTexts, encodeTexts, parseReading } from "./lexicon/analysis.js";
import { gatherEvidence } from "./lexicon/evidence.js";
import { ApertiumLexicon, type Lexicon } from "./lexicon/lexicon.js";

const lexicon = new ApertiumLexicon();
afterAll(() => lexicon.close());

async function codes(target: string, source: string, language: "fr" | "es" = "fr") {
  const findings = await checkWithDictionaries(lexicon, { source, target, language });
  return findings.filter((f) => f.severity === "error").map((f) => f.code);
}

describe("Apertium's analysis stream", () => {
  it("reads several texts back, with multiwords, joined forms and unknown words", () => {
    const texts = ["des [x] a/b", "^Assemblée générale$"];
    const message = encodeTexts(texts);
    expect(message).toContain("\\[x\\]");
    const output =
      "^des/de<pr>+le<det><def><mf><pl>$ ^a/avoir<vbhaver><pri><p3><sg>$^b/*b$ [civ:t:0]\n" +
      "^Assemblée générale/assemblée générale<n><f><sg>$ [civ:t:1]\n";
    const [first, second] = decodeTexts(output, 2);
    expect(first?.[0]?.readings[0]?.parts.map((p) => p.lemma)).toEqual(["de", "le"]);
    expect(first?.[2]).toEqual({ surface: "b", readings: [] });
    expect(second?.[0]?.surface).toBe("Assemblée générale");
    expect(() => decodeTexts(output, 3)).toThrow(/ended after 2 of 3/);
  });

  it("keeps a split multiword's queue for the bilingual dictionary", () => {
    expect(parseReading("take<vblex><inf># place")).toMatchObject({
      lemma: "take place",
      queue: " place",
      tags: ["vblex", "inf"],
    });
  });
});

describe("the dictionary checks on real Apertium dictionaries", () => {
  it("passes correct French and Spanish", async () => {
    const source = "The network brings together more than 200 cities from around the world.";
    expect(await codes("Le réseau rassemble plus de 200 villes du monde entier.", source)).toEqual(
      [],
    );
    expect(
      await codes("La red reúne a más de 200 ciudades de todo el mundo.", source, "es"),
    ).toEqual([]);
  });

  it("finds a word of the pivot language in French, one is enough", async () => {
    expect(
      await codes(
        "Les membres ont fixé leurs priorités pour l'an venidero.",
        "Members set out their priorities for the coming year.",
      ),
    ).toContain("pivot-word");
  });

  it("finds an English word left in the translation", async () => {
    expect(
      await codes("Kigali a adopté une stratégie citywide.", "Kigali adopted a citywide strategy."),
    ).toContain("source-word");
  });

  it("finds a subject pronoun after its noun, and a lost elision", async () => {
    expect(
      await codes(
        "Majeur ils amènent des perspectives locales.",
        "Mayors bring local perspectives.",
      ),
    ).toContain("pronoun-after-noun");
    expect(await codes("Le ascensor est fermé.", "The lift is closed.")).toContain(
      "elision-missing",
    );
  });

  it("finds an article before a year before its noun, in Spanish too", async () => {
    expect(
      await codes(
        "Los alcaldes asisten a la 2024 Asamblea General.",
        "Mayors attend the 2024 General Assembly.",
        "es",
      ),
    ).toContain("article-year");
  });

  it("finds a dropped negation, a lost question and an empty target", async () => {
    expect(
      await codes("La réunion aura lieu à Nairobi.", "The meeting will not take place in Nairobi."),
    ).toContain("negation-lost");
    expect(
      await codes(
        "Votre ville a élaboré un plan de prévention.",
        "Has your city developed a prevention plan?",
      ),
    ).toContain("question-lost");
    expect(await codes(" ", "The meeting is open.")).toContain("empty-target");
  });

  it("finds Apertium's marks written twice or after an apostrophe", async () => {
    expect(await codes("Le **réseau grandit.", "The network grows.")).toContain(
      "untranslated-mark",
    );
    expect(await codes("Prenez l'*ascensor.", "Take the lift.")).toContain("untranslated-mark");
  });

  it("finds English habits of capitals, order and articles", async () => {
    expect(
      await codes(
        "Civitas Y UNDP han firmado un acuerdo.",
        "Civitas and UNDP signed an agreement.",
        "es",
      ),
    ).toContain("capital-midsentence");
    expect(
      await codes(
        "La Cime Globale aura lieu à Helsinki.",
        "The Global Summit takes place in Helsinki.",
      ),
    ).toContain("capitalised-adjective");
    expect(
      await codes("Le maire a annoncé un projet nouveau.", "The mayor announced a new project."),
    ).toContain("adjective-after-noun");
    expect(
      await codes(
        "La ville travaille avec soutien du réseau.",
        "The city works with the network's support.",
      ),
    ).toContain("article-missing");
    expect(
      await codes(
        "Bogotá ha formado encima 600 profesores.",
        "Bogotá has trained over 600 teachers.",
        "es",
      ),
    ).toContain("particle-number");
    expect(
      await codes("Villes de membre ont signé un accord.", "Member cities signed an agreement."),
    ).toContain("bare-noun-start");
  });

  it("keeps a first name that is also a verb, a set phrase and a sentence's own capitals", async () => {
    expect(
      await codes(
        "La entrenadora Lucía Romero dirige el equipo.",
        "Coach Lucía Romero leads the team.",
        "es",
      ),
    ).toEqual([]);
    expect(
      await codes("C'est avec tristesse que nous l'avons appris.", "We learnt it with sadness."),
    ).toEqual([]);
    expect(
      await codes(
        "¿Habrá interpretación al francés?",
        "Will there be interpretation into French?",
        "es",
      ),
    ).toEqual([]);
  });

  it("finds an English compound's order after a compass point, and keeps est (is) and este (this)", async () => {
    expect(await codes("L'Asie du sud pôle", "South Asia Hub")).toContain("compound-order");
    expect(await codes("Asia del sur centro", "South Asia Hub", "es")).toContain("compound-order");
    expect(
      await codes(
        "Este año se cumple el décimo aniversario.",
        "This year marks the tenth anniversary.",
        "es",
      ),
    ).toEqual([]);
  });

  it("finds a relational adjective before its noun and a place word before a title", async () => {
    expect(await codes("Rapports des régionaux pôles", "Reports from the regional hubs")).toContain(
      "adjective-before-noun",
    );
    expect(
      await codes(
        "En dessous Secrétaire d'État pour la sécurité",
        "Under Secretary of State for security",
      ),
    ).toContain("particle-number");
    expect(
      await codes(
        "Le bureau se trouve au-dessus de la mairie.",
        "The office is above the town hall.",
      ),
    ).toEqual([]);
  });

  it("finds an article written twice before an elided one", async () => {
    expect(
      await codes(
        "La l'Afrique de l'est relie des villes.",
        "The East Africa hub connects cities.",
      ),
    ).toContain("article-doubled");
  });

  it("finds words the pivot glued together and a half-translated English name", async () => {
    expect(
      await codes(
        "La formacióndecuatro jours aura lieu à Amman.",
        "The four-day training takes place in Amman.",
      ),
    ).toContain("glued-words");
    expect(
      await codes("Le Steering Comité se réunit lundi.", "The Steering Committee meets on Monday."),
    ).toContain("source-word");
    expect(
      await codes(
        "Le City Pass est-il valable dans le tram ?",
        "Is the City Pass valid on the tram?",
      ),
    ).toEqual([]);
  });

  it("checks a 100,000-letter word without stalling (bench/qa-long-word.ts times it)", async () => {
    const word = `W${"a".repeat(100_000)}@${"b".repeat(10)}`;
    const findings = await codes(`Intro. ${word}`, `Intro. ${word}`);
    expect(findings).not.toContain("source-word");
  }, 30_000);

  it("finds Spanish an institution does not write: vosotros, ser disponible, en el lunes", async () => {
    expect(
      await codes(
        "Registre vuestra ciudad antes del viernes.",
        "Register your city by Friday.",
        "es",
      ),
    ).toContain("vosotros-address");
    expect(
      await codes("El informe es disponible en línea.", "The report is available online.", "es"),
    ).toContain("ser-estar");
    expect(
      await codes(
        "La clínica abre en el primer miércoles del mes.",
        "The clinic opens on the first Wednesday of the month.",
        "es",
      ),
    ).toContain("day-preposition");
  });

  it("finds an instruction turned into a statement, and keeps one moved or in the infinitive", async () => {
    expect(
      await codes("Lavado vuestras manos con jabón.", "Wash your hands with soap.", "es"),
    ).toContain("imperative-lost");
    expect(
      await codes("No deja niños en el coche.", "Do not leave children in the car.", "es"),
    ).toContain("imperative-lost");
    expect(
      await codes(
        "Hasta nuevo aviso, hierva el agua.",
        "Boil the water until further notice.",
        "es",
      ),
    ).not.toContain("imperative-lost");
    expect(
      await codes("Merci de respecter le calme.", "Please respect the quiet.", "fr"),
    ).not.toContain("imperative-lost");
    expect(await codes("Nous contacter", "Contact us", "fr")).not.toContain("imperative-lost");
  });

  it("finds a subject the original has none for, and keeps impersonal il and a subject it has", async () => {
    expect(await codes("Il demande des applications", "Calls for applications")).toContain(
      "subject-added",
    );
    expect(await codes("Je nous contacte", "Contact us")).toContain("subject-added");
    expect(
      await codes("Il y a douze nouvelles villes.", "There are twelve new cities."),
    ).not.toContain("subject-added");
    expect(await codes("Il faut agir vite.", "Action is needed quickly.")).not.toContain(
      "subject-added",
    );
    expect(await codes("Elle préside le comité.", "She chairs the committee.")).not.toContain(
      "subject-added",
    );
  });

  it("finds a statement turned into a question, and keeps a question the original asks", async () => {
    expect(await codes("Qui est-ce qui nous sommes", "Who we are")).toContain("question-added");
    expect(await codes("Qu'est-ce que nous faisons", "What we do")).toContain("question-added");
    expect(
      await codes("Qu'est-ce que la cohésion sociale", "What is social cohesion"),
    ).not.toContain("question-added");
    expect(
      await codes("Est-ce que votre ville a un plan ?", "Does your city have a plan?"),
    ).not.toContain("question-added");
  });
});

describe("the network's places", () => {
  const check = (names: readonly (readonly string[])[]) =>
    checkUnits({
      lexicon,
      sourceLanguage: "en",
      targetLanguage: "fr",
      route: ["en", "es", "fr"],
      units: [
        { source: "The mayors met in Pretoria.", target: "Les maires se sont réunis à Tshwane." },
      ],
      names,
    });

  it("takes a city's own name for its English one: no unknown word, no name lost or added", async () => {
    const without = (await check([]))[0]?.map((f) => f.code) ?? [];
    expect(without).toEqual(
      expect.arrayContaining(["entity-missing", "entity-added", "unknown-word"]),
    );
    const withPlaces = (await check([["Pretoria", "Tshwane"]]))[0]?.map((f) => f.code) ?? [];
    expect(withPlaces).not.toContain("entity-missing");
    expect(withPlaces).not.toContain("entity-added");
    expect(withPlaces).not.toContain("unknown-word");
  });

  it("finds a place among hundreds, and a name of several words only whole", async () => {
    const network = Array.from({ length: 600 }, (_, i) => [`Ville ${i}`, `Pretoria ${i}`]);
    const amongMany = (await check([...network, ["Pretoria", "Tshwane"]]))[0]?.map((f) => f.code);
    expect(amongMany).not.toContain("entity-missing");
    expect(amongMany).not.toContain("entity-added");
    // "Pretoria 12" is not in the source: its group says nothing of Tshwane.
    const partOnly = (await check(network))[0]?.map((f) => f.code) ?? [];
    expect(partOnly).toEqual(expect.arrayContaining(["entity-added"]));
  });
});

describe("the analysers of one language", () => {
  const english = "/usr/share/apertium/apertium-eng-cat/eng-cat.automorf.bin";
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  /** A modes directory (removed after the tests) whose English analysers are eng-cat's, then (if given) another's. */
  function modesWith(second?: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-modes-"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "eng-cat.mode"), `lt-proc -w '${english}'\n`);
    if (second) fs.writeFileSync(path.join(dir, "eng-zzz.mode"), `lt-proc -w '${second}'\n`);
    return dir;
  }

  it("reads a word the first does not know as another one does", async () => {
    const both = new ApertiumLexicon({
      modesDir: modesWith("/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin"),
    });
    try {
      const [words] = (await both.analyse("en", ["Fighting disinformation together."])) ?? [];
      expect(words?.find((w) => w.surface === "disinformation")?.readings[0]?.lemma).toBe(
        "disinformation",
      );
    } finally {
      await both.close();
    }
  });

  it("asks another one only about the texts where the first left a word unknown", async () => {
    // The second analyser cannot start: asking it anything fails.
    const broken = new ApertiumLexicon({
      modesDir: modesWith("/nonexistent/eng-zzz.automorf.bin"),
      timeoutMs: 5_000,
    });
    try {
      const known = await broken.analyse("en", ["The mayors met.", "The city council voted."]);
      expect(known?.flat().every((w) => w.readings.length > 0)).toBe(true);
      await expect(broken.analyse("en", ["The mayors met in Zorblaxville."])).rejects.toThrow();
    } finally {
      await broken.close();
    }
  });

  it("leaves the route's other languages out of a target whose every word is an ordinary word", async () => {
    const asked: { language: string; texts: readonly string[] }[] = [];
    const recording: Lexicon = {
      close: () => Promise.resolve(),
      hasLanguage: (language) => lexicon.hasLanguage(language),
      analyse: (language, texts) => {
        asked.push({ language, texts });
        return lexicon.analyse(language, texts);
      },
      translate: (from, to, readings) => lexicon.translate(from, to, readings),
      isListed: (language, word) => lexicon.isListed(language, word),
      spelled: (language, words) => lexicon.spelled(language, words),
    };
    const plain = "Les maires se sont réunis.";
    const doubtful = "Les maires se sont réunis à Zorblaxville.";
    await gatherEvidence(recording, {
      route: ["en", "es", "fr"],
      units: [
        { source: "The mayors met.", target: plain },
        { source: "The mayors met in Zorblaxville.", target: doubtful },
      ],
    });
    const askedOf = (language: string) =>
      asked.filter((a) => a.language === language).flatMap((a) => a.texts);
    expect(askedOf("fr")).toEqual([plain, doubtful]);
    expect(askedOf("es")).toEqual([doubtful]);
    expect(askedOf("en")).toEqual(["The mayors met.", "The mayors met in Zorblaxville.", doubtful]);
  });
});
