import { describe, expect, it } from "vitest";
import { analyze, fold, words } from "./analyzer.js";
import { isStopWord, STOP_WORDS } from "./stop-words.js";

// Singular and plural of words a city network's news uses: each pair must give the same token.
const SAME: Record<string, string> = {
  es: `
    ciudad:ciudades mujer:mujeres vez:veces joven:jóvenes líder:líderes paz:paces voz:voces
    alcalde:alcaldes comunidad:comunidades política:políticas red:redes región:regiones
    nación:naciones país:países lugar:lugares hogar:hogares sociedad:sociedades
    universidad:universidades actividad:actividades mes:meses ley:leyes luz:luces
    capaz:capaces raíz:raíces ciudadano:ciudadanos barrio:barrios calle:calles
    sostenible:sostenibles autoridad:autoridades plan:planes origen:orígenes imagen:imágenes
    interés:intereses inglés:ingleses francés:franceses autobús:autobuses social:sociales
    municipal:municipales trabajador:trabajadores árbol:árboles nivel:niveles mar:mares
    popular:populares rural:rurales juventud:juventudes libertad:libertades
    necesidad:necesidades rey:reyes taller:talleres pirámide:pirámides ser:seres`,
  fr: `
    ville:villes maire:maires femme:femmes jeune:jeunes communauté:communautés
    politique:politiques réseau:réseaux région:régions nation:nations travail:travaux œil:yeux
    journal:journaux élu:élus conseiller:conseillers loi:lois emploi:emplois vélo:vélos
    métro:métros euro:euros enjeu:enjeux lieu:lieux milieu:milieux jeu:jeux crédit:crédits
    conflit:conflits déficit:déficits danger:dangers loyer:loyers foyer:foyers
    quartier:quartiers habitant:habitants citoyen:citoyens bureau:bureaux niveau:niveaux
    hôpital:hôpitaux local:locaux social:sociaux revenu:revenus individu:individus ami:amis
    abri:abris matériau:matériaux tuyau:tuyaux genou:genoux trou:trous pneu:pneus ciel:cieux
    monsieur:messieurs madame:mesdames vitrail:vitraux bail:baux commission:commissions
    essai:essais quai:quais appui:appuis projet:projets enfant:enfants rue:rues photo:photos
    vidéo:vidéos numéro:numéros`,
  en: `
    city:cities mayor:mayors community:communities policy:policies network:networks
    region:regions nation:nations woman:women man:men child:children youth:youths
    crisis:crises analysis:analyses thesis:theses hypothesis:hypotheses criterion:criteria
    phenomenon:phenomena councilwoman:councilwomen chairman:chairmen spokesman:spokesmen
    policeman:policemen businesswoman:businesswomen grandchild:grandchildren foot:feet
    tooth:teeth wife:wives knife:knives half:halves shelf:shelves bus:buses gas:gases
    index:indices appendix:appendices matrix:matrices curriculum:curricula
    millennium:millennia stimulus:stimuli nucleus:nuclei alumnus:alumni campus:campuses
    citizen:citizens neighbourhood:neighbourhoods election:elections budget:budgets
    committee:committees mouse:mice goose:geese bacterium:bacteria referendum:referenda
    thief:thieves wolf:wolves diagnosis:diagnoses`,
};

// Words a reader tells apart, which must keep different tokens (some close to a plural rule).
const DIFFERENT: Record<string, string> = {
  es: `
    ciudades:ciudadanos vez:vecino paz:pacto luz:lucha líder:liderazgo voz:voto país:paisaje
    región:regional nación:nacional red:rey mujer:mujeriego`,
  fr: `
    ville:vie mois:moi fois:foi mais:mai loyers:lois foyers:foi Paris:pari divers:diva nous:noue
    yeux:eux travaux:travailleurs élus:élan`,
  en: `
    new:news these:theses people:person media:medium data:date lives:life leaves:leaf Oman:omen
    man:many bases:basis analysis:analyst`,
};

describe("analyze", () => {
  for (const lang of ["es", "fr", "en"]) {
    it.each(pairsOf(SAME[lang]))(`${lang}: %s and %s give the same token`, (one, other) => {
      expect(analyze(one, lang)).toEqual(analyze(other, lang));
    });
    it.each(pairsOf(DIFFERENT[lang]))(`${lang}: %s and %s stay apart`, (one, other) => {
      expect(analyze(one, lang)).not.toEqual(analyze(other, lang));
    });
  }

  it("keeps Spanish verb forms in -ieres, -ides, -uyes with their verb", () => {
    expect(analyze("quieres", "es")).toEqual(analyze("quiere", "es"));
    expect(analyze("decides", "es")).toEqual(analyze("decidir", "es"));
    expect(analyze("incluyes", "es")).toEqual(analyze("incluir", "es"));
  });

  it("folds accents, case and ligatures before stemming", () => {
    expect(analyze("Résumé des POLITIQUES", "fr")).toEqual(analyze("resume des politiques", "fr"));
    expect(analyze("Œil", "fr")).toEqual(analyze("oeil", "fr"));
    expect(analyze("JÓVENES", "es")).toEqual(analyze("jovenes", "es"));
  });

  it("normalises Arabic alef forms, tashkeel, tatweel and taa marbuta", () => {
    expect(analyze("المدينةُ", "ar")).toEqual(analyze("مدينه", "ar"));
    expect(analyze("إقليمي", "ar")).toEqual(analyze("اقليمي", "ar"));
    expect(analyze("مـدينة", "ar")).toEqual(analyze("مدينة", "ar"));
  });

  it("reads a final haa after the Arabic article as the taa marbuta it stands for", () => {
    for (const [typed, written] of [
      ["المدينه", "المدينة"],
      ["الحكومه", "الحكومة"],
      ["بالمدينه", "بالمدينة"],
      ["للمدينه", "للمدينة"],
      ["السياسه", "السياسة"],
    ])
      expect(analyze(typed ?? "", "ar")).toEqual(analyze(written ?? "", "ar"));
    // Without the article a final haa may be "his": كتابه (his book) stays with كتاب.
    expect(analyze("كتابه", "ar")).toEqual(analyze("كتاب", "ar"));
    // Too short to hold the article and a word: الله is left alone.
    expect(analyze("الله", "ar")).toEqual(["الله"]);
  });

  it("leaves languages without a stemmer folded only", () => {
    expect(analyze("Ciudades Jóvenes", "xx")).toEqual(["ciudades", "jovenes"]);
  });
});

describe("isStopWord", () => {
  it("knows the function words of the reader's language only", () => {
    expect(isStopWord("la", "fr")).toBe(true);
    expect(isStopWord("la", "en")).toBe(false);
    expect(isStopWord("the", "en")).toBe(true);
    expect(isStopWord("ville", "fr")).toBe(false);
    expect(isStopWord("الى", "ar")).toBe(true);
    expect(isStopWord("the", "xx")).toBe(false);
  });

  it("leaves out words that are also content words", () => {
    expect(isStopWord("us", "en")).toBe(false);
    expect(isStopWord("may", "en")).toBe(false);
    expect(isStopWord("ete", "fr")).toBe(false);
    expect(isStopWord("car", "fr")).toBe(false);
    expect(isStopWord("era", "es")).toBe(false);
    expect(isStopWord("علي", "ar")).toBe(false);
  });

  it.each([...STOP_WORDS])("lists %s words as words() gives them", (_lang, list) => {
    expect(list.size).toBeGreaterThanOrEqual(100);
    for (const word of list) {
      expect(fold(word)).toBe(word);
      expect(words(word)).toEqual([word]);
    }
  });
});

/** "one:other" pairs separated by white space. */
function pairsOf(text = ""): [string, string][] {
  return text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [one = "", other = ""] = pair.split(":");
      return [one, other];
    });
}
