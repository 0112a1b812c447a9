import type { Catalog } from "../../catalog.js";

/** English messages of the automatic translation checks (one per finding code), shown to reviewers and translators. */
export const EN_QA = {
  "qa.repeated-word": {
    message: "The word “{word}” is written twice in a row; the original does not repeat it.",
    note: "Finding of the translation checks; {word} is the repeated word",
  },
  "qa.number-missing": {
    message: "The number {number} of the original is not in the translation.",
    note: "Finding; {number} is a number as written in the original, digits only",
  },
  "qa.number-added": {
    message: "The number {number} is not in the original.",
    note: "Finding; {number} is a number the translation has and the original does not",
  },
  "qa.date-mismatch": {
    message: "The month “{month}” of the original is not in the translation.",
    note: "Finding; {month} is a month name as written in the original",
  },
  "qa.entity-missing": {
    message:
      "“{entity}” (a name, acronym, address or link of the original) is not in the translation.",
    note: "Finding; {entity} is a proper name, acronym, e-mail address or URL from the original",
  },
  "qa.entity-added": {
    message: "“{entity}” is in the translation but not in the original.",
    note: "Finding; {entity} is a name, acronym or link the translation added",
  },
  "qa.markup-lost": {
    message: "Formatting code {id} of the original (a link, emphasis or similar) is missing.",
    note: "Finding; {id} is the number of an inline formatting code",
  },
  "qa.markup-added": {
    message: "Formatting code {id} is not in the original.",
    note: "Finding; {id} is the number of an inline formatting code",
  },
  "qa.markup-duplicated": {
    message: "Formatting code {id} appears more than once.",
    note: "Finding; {id} is the number of an inline formatting code",
  },
  "qa.markup-broken": {
    message: "Formatting code {id} is not closed where it should be.",
    note: "Finding; {id} is the number of an inline formatting code whose pair is broken",
  },
  "qa.markup-order": {
    message:
      "Formatting codes are in a different order ({found} instead of {expected}); check that each wraps the right words.",
    note: "Finding; {found} and {expected} are lists of code numbers",
  },
  "qa.glossary-missing": {
    message:
      "The glossary translates “{term}” as “{expected}”, which the translation does not use.",
    note: "Finding; {term} is the glossary term of the original, {expected} its required translation",
  },
  "qa.glossary-translated": {
    message: "“{term}” must stay as it is (do not translate), but it was translated.",
    note: "Finding; {term} is a glossary term marked do-not-translate",
  },
  "qa.glossary-forbidden": {
    message: "The glossary forbids “{term}” (deprecated) as a translation of “{source}”.",
    note: "Finding; {term} is a target-language term the glossary marks deprecated or superseded, {source} the term of the original it was forbidden for",
  },
  "qa.untranslated-mark": {
    message: "The engine did not know “{word}” and left it untranslated.",
    note: "Finding; {word} is a word the machine translation marked as unknown",
  },
  "qa.source-words": {
    message: "Words of the original language were left untranslated: {words}.",
    note: "Finding; {words} is a comma-separated list of words",
  },
  "qa.unknown-words": {
    message: "The engine did not know these words: {words}.",
    note: "Finding; {words} is a comma-separated list of words",
  },
  "qa.unchanged": {
    message: "The translation is the same as the original.",
    note: "Finding: the target text equals the source text",
  },
  "qa.length-ratio": {
    message:
      "The translation is {ratio} times the length of the original, far from the usual for this language pair: a part may be missing or added.",
    note: "Finding; {ratio} is a decimal number such as 0.45",
  },
  "qa.punctuation-final-missing": {
    message: "The original ends with “{mark}”; the translation has no final punctuation.",
    note: "Finding; {mark} is a punctuation mark",
  },
  "qa.punctuation-final-added": {
    message: "The translation ends with “{mark}” but the original has no final punctuation.",
    note: "Finding; {mark} is a punctuation mark",
  },
  "qa.punctuation-unbalanced": {
    message: "Unbalanced {mark}: an opening or closing mark is missing.",
    note: "Finding; {mark} is a pair of brackets or quotation marks",
  },
  "qa.typography-space": {
    message: "A no-break space is missing next to “{mark}”.",
    note: "Finding (French typography); {mark} is one of ; : ! ? « »",
  },
  "qa.typography-nbsp": {
    message: "Use a no-break space next to “{mark}”, not an ordinary one.",
    note: "Finding (French typography); {mark} is one of ; : ! ? « »",
  },
  "qa.typography-inverted": {
    message: "The sentence should open with “{mark}”.",
    note: "Finding (Spanish typography); {mark} is ¿ or ¡",
  },
  "qa.sentence-agreement": {
    message:
      "The sentence starts with “{words}”, which do not agree (a plural word before a singular one).",
    note: "Finding; {words} are the first two words of a sentence of the translation",
  },
  "qa.sentence-capital": {
    message: "“{word}” is capitalised in mid-sentence: a sentence may be broken here.",
    note: "Finding; {word} is a pronoun or article",
  },
  "qa.sentence-lowercase": {
    message:
      "The translation starts in lower case (“{word}”) where the original starts with a capital.",
    note: "Finding; {word} is the first word of the translation",
  },
  "qa.source-word": {
    message:
      "“{word}” is a word of the original’s language, not of the translation’s: the engine left it untranslated.",
    note: "Finding; {word} is a word left in the source language",
  },
  "qa.pivot-word": {
    message:
      "“{word}” is a word of the language the engine translated through ({language}), not of the translation’s.",
    note: "Finding; {word} is a word of an intermediate language; {language} is its code, e.g. es",
  },
  "qa.unknown-word": {
    message: "No dictionary of the translation’s language knows “{word}”: check its spelling.",
    note: "Finding (warning); {word} is a word no dictionary knows",
  },
  "qa.empty-target": {
    message: "The translation is empty.",
    note: "Finding: the translation has no words",
  },
  "qa.negation-lost": {
    message: "The original says something is not so; the translation lost the negation.",
    note: "Finding: a negation (not, never, no) of the original is missing",
  },
  "qa.negation-added": {
    message: "The translation negates what the original affirms.",
    note: "Finding: the translation has a negation the original does not",
  },
  "qa.question-lost": {
    message: "The original asks a question; the translation does not.",
    note: "Finding: the question mark was lost",
  },
  "qa.meaning-unrelated": {
    message:
      "Only {found} of the original’s {total} content words have a translation here: the sentence may say something else.",
    note: "Finding; {found} and {total} are counts of words",
  },
  "qa.pronoun-after-noun": {
    message: "“{words}”: a subject pronoun right after its noun, a broken sentence.",
    note: "Finding; {words} is the noun and the pronoun",
  },
  "qa.preposition-verb": {
    message: "“{words}”: a preposition before a conjugated verb, a broken construction.",
    note: "Finding; {words} is the preposition and the verb",
  },
  "qa.elision-missing": {
    message: "“{words}” should be elided or contracted (l’, d’, del, al).",
    note: "Finding; {words} is the article or preposition and the next word",
  },
  "qa.article-year": {
    message: "“{words}”: an article, then a year, then its noun — English word order.",
    note: "Finding; {words} is the article, the year and the noun",
  },
  "qa.informal-address": {
    message: "“{words}” addresses readers informally (tu, tú, vosotros) on an institution’s site.",
    note: "Finding; {words} is the informal word",
  },
  "qa.capital-midsentence": {
    message:
      "“{words}” is capitalised in mid-sentence but is not a name (a conjunction or a verb): write it in lower case.",
    note: "Finding; {words} is a conjunction, auxiliary or conjugated verb written with a capital in mid-sentence, e.g. “Y” in “Civitas Y UNDP”",
  },
  "qa.capitalised-adjective": {
    message:
      "“{words}”: the adjective should be in lower case, as French capitalises only the first word of a name.",
    note: "Finding (French); {words} is a capitalised word and the capitalised adjective after it, e.g. “Cime Globale”",
  },
  "qa.particle-number": {
    message:
      "“{words}”: “over” or “under” before a number was translated as a place word instead of “more than” or “less than”.",
    note: "Finding; {words} is the place word and the number, e.g. “dessus 1,200” or “encima 600”",
  },
  "qa.adjective-after-noun": {
    message: "“{words}”: in French this adjective goes before its noun, not after it.",
    note: "Finding (French); {words} is the noun and the adjective after it, e.g. “projet nouveau” (nouveau, bon, jeune…)",
  },
  "qa.article-missing": {
    message:
      "“{words}”: a preposition before a noun without its article; the article is probably missing.",
    note: "Finding (French); {words} is the preposition and the noun, e.g. “avec soutien”",
  },
  "qa.bare-noun-start": {
    message:
      "The sentence opens on “{words}”, a plural noun without an article: an article is probably missing, or the sentence is broken.",
    note: "Finding; {words} is the plural noun the sentence starts with, e.g. “Délégués” in “Délégués de jeunesse a présenté”",
  },
  "qa.article-doubled": {
    message: "“{words}”: the article is written twice; keep only one.",
    note: "Finding; {words} is the two articles, e.g. “La l’” in “La l’Afrique”",
  },
  "qa.english-possessive": {
    message:
      "“{words}” keeps the apostrophe of an English possessive: rewrite the phrase the way this language says it.",
    note: "Finding; {words} is the word with the apostrophe left on it, e.g. “Majeur’” in “Majeur’ panneau”",
  },
  "qa.glued-words": {
    message: "“{word}” is several words the engine glued together: separate them.",
    note: "Finding; {word} is a run of words written without spaces, e.g. “presentacióndetres”",
  },
  "qa.rejected-sense": {
    message:
      "Elsewhere, reviewers replaced “{word}” as the translation of “{source}”: the engine has probably chosen the wrong sense here too.",
    note: "Finding; {word} is a word of the translation, {source} the word of the original it translates; reviewers replaced this translation of that word in other sentences",
  },
  "qa.vosotros-address": {
    message: "“{words}” addresses readers as vosotros; an institution writes to them as usted.",
    note: "Finding (Spanish); {words} is the vosotros form, e.g. “vuestra”",
  },
  "qa.imperative-lost": {
    message:
      "The original gives an instruction; the translation does not (“{words}” is no imperative).",
    note: "Finding; {words} is the translation's first word, where the instruction's verb was expected",
  },
  "qa.ser-estar": {
    message: "“{words}”: availability is a state, said with estar (“está disponible”).",
    note: "Finding (Spanish); {words} is the form of ser before disponible",
  },
  "qa.day-preposition": {
    message: "“{words}”: Spanish days take no preposition (“el primer miércoles”).",
    note: "Finding (Spanish); {words} is “en el” before a day's name",
  },
  "qa.compound-order": {
    message:
      "“{words}”: an English compound's order (“South Asia Hub”); the noun comes first (“pôle d’Asie du Sud”).",
    note: "Finding; {words} is the compass point and the noun after it",
  },
  "qa.adjective-before-noun": {
    message:
      "“{words}”: this adjective follows its noun in French and Spanish (“pôles régionaux”).",
    note: "Finding; {words} is the adjective and the noun after it",
  },
  "qa.engine-unproven": {
    message:
      "{passed, plural, =0 {No one has judged this engine’s output on {route} yet: held until a person reads it.} one {On {route}, of the one judged sentence of {words} words that passed every check, {acceptable, plural, =0 {none was} one {only one was} other {only # were}} acceptable: held until a person reads it.} other {On {route}, of # judged sentences of {words} words that passed every check, {acceptable, plural, =0 {none was} one {only one was} other {only # were}} acceptable: held until a person reads it.}}",
    note: "Finding on machine output the engine route is not proven on; {route} is the languages it went through (en → es → fr), {words} a length range such as 8–14, {passed} how many judged sentences of that length passed the checks, {acceptable} how many of those were acceptable",
  },
  "qa.subject-added": {
    message:
      "“{words}”: the translation adds a subject the original does not have (a title or an instruction turned into a statement).",
    note: "Finding (French); {words} is the subject pronoun the translation opens with, e.g. “Il”",
  },
  "qa.question-added": {
    message: "“{words}”: the translation asks a question the original does not ask.",
    note: "Finding (French); {words} is the question form, e.g. “est-ce que”",
  },
  "qa.unknown": {
    message: "Check {code} found a problem.",
    note: "Finding of a check this version does not describe; {code} is its code",
  },
} as const satisfies Catalog;
