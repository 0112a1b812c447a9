/**
 * Names and title words written differently across languages: each group
 * lists the source-language forms (folded: lower case, no accents) and the
 * forms each target language uses. A source form present in the source
 * licenses the target forms, and the other way round. A form of several words
 * ("heure d europe centrale": words as the tokenizer splits them, apostrophes
 * apart) counts only as the whole phrase, and licenses each of its words on its
 * side ("Europe"). Small on purpose; the glossary and the back-translation
 * cover the rest, and an acronym localised with its letters reordered
 * (UNDP/PNUD) needs no entry.
 */
export interface EquivalentGroup {
  en: readonly string[];
  fr: readonly string[];
  es: readonly string[];
}

const g = (en: string, fr: string, es: string): EquivalentGroup => ({
  en: en.split("|"),
  fr: fr.split("|"),
  es: es.split("|"),
});

/** The groups, English → French and Spanish. */
export const EQUIVALENTS: readonly EquivalentGroup[] = [
  g(
    "us|usa|u.s|united|states|america|american",
    "etats-unis|etats|unis|amerique|americain|americaine|americains|americaines",
    "estados|unidos|ee|uu|eeuu|eua|america|estadounidense|estadounidenses",
  ),
  g("un-habitat", "onu-habitat", "onu-habitat"),
  g(
    "tv|television",
    "television|tele|televise|televisee|televises|televisees",
    "television|tele|televisado|televisada|televisivo|televisiva",
  ),
  // Time zones: CET = heure d'Europe centrale (HEC) = hora de Europa Central; EST = HNE.
  g(
    "cet|cest|central european time|central european summer time",
    "hec|heure d europe centrale|heure normale d europe centrale|heure avancee d europe centrale",
    "cet|hora de europa central|hora central europea",
  ),
  g(
    "est|edt|eastern time|eastern standard time|eastern daylight time",
    "hne|hae|heure de l est|heure normale de l est|heure avancee de l est",
    "est|hora del este|hora estandar del este|hora de verano del este",
  ),
  g(
    "gmt|greenwich mean time",
    "gmt|heure de greenwich|temps moyen de greenwich",
    "gmt|hora de greenwich|hora media de greenwich|tiempo medio de greenwich",
  ),
  g("un|united|nations|unga", "onu|nations|unies|ag", "onu|naciones|unidas"),
  g("eu|european|union|europe", "ue|europeenne|union|europe", "ue|europea|union|europa"),
  g(
    "uk|united|kingdom|britain|british",
    "royaume-uni|royaume|uni|britannique",
    "reino|unido|britanico|britanica",
  ),
  g("nato", "otan", "otan"),
  g("who", "oms", "oms"),
  g(
    "department|ministry|office",
    "departement|ministere|bureau",
    "departamento|ministerio|oficina",
  ),
  g("state|states", "etat|etats", "estado|estados"),
  g("foreign|affairs", "affaires|etrangeres", "asuntos|exteriores|relaciones"),
  g("general|assembly", "assemblee|generale|general", "asamblea|general"),
  g(
    "secretary|secretary-general|under|under-secretary|under-secretary-general",
    "secretaire|sous-secretaire|sous|general|generale|adjoint",
    "secretario|secretaria|subsecretario|subsecretaria|general",
  ),
  g(
    "steering|committee|board",
    "comite|directeur|pilotage|conseil",
    "comite|directivo|direccion|junta",
  ),
  g(
    "network|strong|cities|city|scn",
    "reseau|villes|ville|fortes|rvf|rcs",
    "red|ciudades|ciudad|fuertes|rcf",
  ),
  g("mayor|mayors|deputy", "maire|maires|adjoint|adjointe", "alcalde|alcaldesa|alcaldes|teniente"),
  g("council|councils", "conseil|conseils", "consejo|consejos"),
  g(
    "hub|hubs|regional|region",
    "pole|poles|centre|centres|regional|regionaux|region",
    "centro|centros|polo|regional|regionales|region",
  ),
  g("north|northern", "nord", "norte"),
  g("south|southern", "sud", "sur"),
  g("east|eastern|middle", "est|orient|moyen-orient", "este|oriente|medio"),
  g("west|western", "ouest|occidentale", "oeste|occidental"),
  g("africa|african", "afrique|africain|africaine", "africa|africano|africana"),
  g("asia|asian|pacific", "asie|pacifique", "asia|pacifico"),
  g("latin|caribbean", "latine|caraibes", "latina|caribe"),
  g("macedonia", "macedoine", "macedonia"),
  g("germany", "allemagne", "alemania"),
  g("spain", "espagne", "espana"),
  g("morocco", "maroc", "marruecos"),
  g("lebanon", "liban", "libano"),
  g("jordan", "jordanie", "jordania"),
  g("tunisia", "tunisie", "tunez"),
  g("kenya", "kenya", "kenia"),
  g("norway", "norvege", "noruega"),
  g("denmark", "danemark", "dinamarca"),
  g("belgium", "belgique", "belgica"),
  g("greece", "grece", "grecia"),
  g("sweden", "suede", "suecia"),
  g("netherlands|hague", "pays-bas|haye", "paises|bajos|haya"),
  g("greater|manchester", "grand|manchester", "gran|manchester"),
  g("conference|summit|forum", "conference|sommet|forum", "conferencia|cumbre|foro"),
  g(
    "day|week|annual|global",
    "journee|semaine|annuel|annuelle|mondial|mondiale",
    "dia|semana|anual|mundial|global",
  ),
  g("youth|women|young", "jeunes|jeunesse|femmes", "jovenes|juventud|mujeres"),
  g(
    "counter-terrorism|terrorism|office",
    "contre-terrorisme|terrorisme|lutte",
    "antiterrorista|terrorismo|lucha",
  ),
  g(
    "prevention|violent|extremism",
    "prevention|extremisme|violent",
    "prevencion|extremismo|violento",
  ),
  g(
    "civilian|security|democracy|human|rights",
    "securite|civile|democratie|droits|homme",
    "seguridad|civil|democracia|derechos|humanos",
  ),
  g("international", "international|internationale", "internacional"),
  g("secretariat", "secretariat", "secretaria"),
  g("mr|mrs|ms|dr", "m|mme|dr", "sr|sra|dr|dra"),
];

/**
 * Month and weekday names and nationality words are capitalised in English only, and "OK"
 * is a word (d'accord, de acuerdo, feu vert, visto bueno) written like an acronym: never entities.
 */
export const NOT_ENTITIES: ReadonlySet<string> = new Set(
  (
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday english french spanish arabic " +
    "catalan european american african asian canadian i ok"
  ).split(" "),
);
