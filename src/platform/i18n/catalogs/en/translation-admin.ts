import type { Catalog } from "../../catalog.js";

/** English strings of the workspace's translation pages: status per item and language, and the glossary. */
export const EN_TRANSLATION_ADMIN = {
  "translationAdmin.nav": { message: "Translations", note: "Workspace menu link" },
  "translationAdmin.title": {
    message: "Translations",
    note: "Title of the page listing every item's translation status per language",
  },
  "translationAdmin.progress": { message: "Progress by language", note: "Heading" },
  "translationAdmin.progressLine": {
    message:
      "machine-translated: {machine}, reviewed: {reviewed}, held for review: {flagged}, waiting: {waiting}",
    note: "Counts of items per translation status for one language; the language name comes before",
  },
  "translationAdmin.item": { message: "Item", note: "Table column: the content item" },
  "translationAdmin.status.source": {
    message: "original",
    note: "The item is written in this language",
  },
  "translationAdmin.status.awaiting": {
    message: "waiting for a translator",
    note: "No engine serves this language; people must translate it",
  },
  "translationAdmin.status.pending": {
    message: "being translated",
    note: "The engine will translate it shortly",
  },
  "translationAdmin.status.outdated": {
    message: "outdated",
    note: "Readers see the translation of an earlier version",
  },
  "translationAdmin.status.flagged": {
    message: "held for review",
    note: "Translated, but the checks found errors or the language requires review before publication",
  },
  "translationAdmin.status.machine": {
    message: "machine-translated",
    note: "Live machine translation",
  },
  "translationAdmin.status.reviewed": {
    message: "reviewed",
    note: "Every sentence reviewed by a person",
  },
  "translationAdmin.openReview": {
    message: "Open in the review desk",
    note: "Tooltip of the link from a status cell to the side-by-side review editor of the item in that language",
  },
  "translationAdmin.held.review": {
    message: "Held for review: every sentence must be reviewed before publication.",
    note: "Why a translation is held back, under its status on the translations page: the language publishes only translations a person has reviewed",
  },
  "translationAdmin.held.errors1": {
    message:
      "Held for review: {sentences, plural, one {# sentence} other {# sentences}} with errors — {first}.",
    note: "Why a translation is held back, under its status on the translations page; {sentences} is the number of sentences not yet reviewed in which the automatic checks found errors; {first} is the most frequent kind of error with its count, a qa.label.* message such as “3 repeated words”",
  },
  "translationAdmin.held.errors2": {
    message:
      "Held for review: {sentences, plural, one {# sentence} other {# sentences}} with errors — {first}, {second}.",
    note: "Why a translation is held back, under its status on the translations page; {sentences} is the number of sentences not yet reviewed in which the automatic checks found errors; {first} and {second} are the two kinds of error found, most frequent first, each a qa.label.* message with its count such as “3 repeated words”",
  },
  "translationAdmin.held.errors3": {
    message:
      "Held for review: {sentences, plural, one {# sentence} other {# sentences}} with errors — {first}, {second}, {third}.",
    note: "Why a translation is held back, under its status on the translations page; {sentences} is the number of sentences not yet reviewed in which the automatic checks found errors; {first}, {second} and {third} are the three kinds of error found, most frequent first, each a qa.label.* message with its count such as “3 repeated words”",
  },
  "translationAdmin.held.errorsMore": {
    message:
      "Held for review: {sentences, plural, one {# sentence} other {# sentences}} with errors — {first}, {second}, {third} and other kinds.",
    note: "Why a translation is held back, under its status on the translations page; {sentences} is the number of sentences not yet reviewed in which the automatic checks found errors; {first}, {second} and {third} are the three most frequent kinds of error, each a qa.label.* message with its count such as “3 repeated words”; more kinds were found",
  },
  "translationAdmin.held.unlabelled": {
    message:
      "{count, plural, one {# problem found by check {code}} other {# problems found by check {code}}}",
    note: "One kind of error in a held translation's reason (see translationAdmin.held.errors1) for a check that has no short label yet; {code} is the check's code such as “negation-lost”, {count} how many errors it found",
  },
  "qa.label.repeated-word": {
    message: "{count, plural, one {# repeated word} other {# repeated words}}",
    note: "Short label of the translation check repeated-word (a word written twice in a row) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.number-missing": {
    message: "{count, plural, one {# missing number} other {# missing numbers}}",
    note: "Short label of the translation check number-missing (a number of the original missing from the translation) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.number-added": {
    message: "{count, plural, one {# added number} other {# added numbers}}",
    note: "Short label of the translation check number-added (a number in the translation that the original does not have) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.date-mismatch": {
    message: "{count, plural, one {# wrong month} other {# wrong months}}",
    note: "Short label of the translation check date-mismatch (a month of the original missing from the translation) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.entity-missing": {
    message: "{count, plural, one {# missing name or link} other {# missing names or links}}",
    note: "Short label of the translation check entity-missing (a name, acronym, e-mail address or link of the original missing from the translation) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.entity-added": {
    message: "{count, plural, one {# added name or link} other {# added names or links}}",
    note: "Short label of the translation check entity-added (a name, acronym or link the translation added) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.markup-lost": {
    message: "{count, plural, one {# lost formatting code} other {# lost formatting codes}}",
    note: "Short label of the translation check markup-lost (a link or emphasis of the original missing) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.markup-added": {
    message: "{count, plural, one {# added formatting code} other {# added formatting codes}}",
    note: "Short label of the translation check markup-added (a formatting code the original does not have) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.markup-duplicated": {
    message: "{count, plural, one {# doubled formatting code} other {# doubled formatting codes}}",
    note: "Short label of the translation check markup-duplicated (a formatting code written more than once) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.markup-broken": {
    message: "{count, plural, one {# broken formatting code} other {# broken formatting codes}}",
    note: "Short label of the translation check markup-broken (a formatting code not closed where it should be) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.markup-order": {
    message:
      "{count, plural, one {# sentence with formatting codes reordered} other {# sentences with formatting codes reordered}}",
    note: "Short label of the translation check markup-order (formatting codes in another order than in the original) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.glossary-missing": {
    message: "{count, plural, one {# glossary term not used} other {# glossary terms not used}}",
    note: "Short label of the translation check glossary-missing (the glossary's required translation of a term is not used) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.glossary-translated": {
    message:
      "{count, plural, one {# term translated that must stay as it is} other {# terms translated that must stay as they are}}",
    note: "Short label of the translation check glossary-translated (a do-not-translate glossary term was translated) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.glossary-forbidden": {
    message: "{count, plural, one {# forbidden term used} other {# forbidden terms used}}",
    note: "Short label of the translation check glossary-forbidden (a term the glossary marks deprecated was used) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.untranslated-mark": {
    message:
      "{count, plural, one {# word left untranslated by the engine} other {# words left untranslated by the engine}}",
    note: "Short label of the translation check untranslated-mark (the engine marked a word it did not know) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.source-words": {
    message:
      "{count, plural, one {# sentence with words left in the original language} other {# sentences with words left in the original language}}",
    note: "Short label of the translation check source-words (words of the original language left untranslated) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.unknown-words": {
    message:
      "{count, plural, one {# sentence with words the engine did not know} other {# sentences with words the engine did not know}}",
    note: "Short label of the translation check unknown-words (the engine did not know some words) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.unchanged": {
    message:
      "{count, plural, one {# sentence left as in the original} other {# sentences left as in the original}}",
    note: "Short label of the translation check unchanged (the translation is the same as the original) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.length-ratio": {
    message:
      "{count, plural, one {# sentence of unusual length} other {# sentences of unusual length}}",
    note: "Short label of the translation check length-ratio (a translation far longer or shorter than usual: a part may be missing or added) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.punctuation-final-missing": {
    message:
      "{count, plural, one {# missing final punctuation mark} other {# missing final punctuation marks}}",
    note: "Short label of the translation check punctuation-final-missing (the original ends with a punctuation mark, the translation with none) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.punctuation-final-added": {
    message:
      "{count, plural, one {# added final punctuation mark} other {# added final punctuation marks}}",
    note: "Short label of the translation check punctuation-final-added (the translation ends with a punctuation mark the original does not have) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.punctuation-unbalanced": {
    message:
      "{count, plural, one {# unbalanced bracket or quotation mark} other {# unbalanced brackets or quotation marks}}",
    note: "Short label of the translation check punctuation-unbalanced (an opening or closing bracket or quotation mark is missing) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.typography-space": {
    message: "{count, plural, one {# missing no-break space} other {# missing no-break spaces}}",
    note: "Short label of the translation check typography-space (French typography: no space where a no-break space belongs) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.typography-nbsp": {
    message:
      "{count, plural, one {# ordinary space for a no-break one} other {# ordinary spaces for no-break ones}}",
    note: "Short label of the translation check typography-nbsp (French typography: an ordinary space where a no-break space belongs) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.typography-inverted": {
    message:
      "{count, plural, one {# question or exclamation without its opening ¿ or ¡} other {# questions or exclamations without their opening ¿ or ¡}}",
    note: "Short label of the translation check typography-inverted (Spanish typography: a question or exclamation without its opening mark) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.sentence-agreement": {
    message:
      "{count, plural, one {# sentence starting with words that do not agree} other {# sentences starting with words that do not agree}}",
    note: "Short label of the translation check sentence-agreement (a plural word before a singular one at a sentence start) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.sentence-capital": {
    message: "{count, plural, one {# capital in mid-sentence} other {# capitals in mid-sentence}}",
    note: "Short label of the translation check sentence-capital (a pronoun or article capitalised in mid-sentence, where a sentence may be broken) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.sentence-lowercase": {
    message:
      "{count, plural, one {# sentence starting in lower case} other {# sentences starting in lower case}}",
    note: "Short label of the translation check sentence-lowercase (the translation starts in lower case where the original starts with a capital) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.source-word": {
    message:
      "{count, plural, one {# word left in the original language} other {# words left in the original language}}",
    note: "Short label of the translation check source-word (a word of the original's language left in the translation) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.pivot-word": {
    message:
      "{count, plural, one {# word of the engine's intermediate language} other {# words of the engine's intermediate language}}",
    note: "Short label of the translation check pivot-word (a word of the language the engine translated through) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.unknown-word": {
    message:
      "{count, plural, one {# word no dictionary knows} other {# words no dictionary knows}}",
    note: "Short label of the translation check unknown-word (a word no dictionary of the translation's language knows) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.empty-target": {
    message: "{count, plural, one {# empty translation} other {# empty translations}}",
    note: "Short label of the translation check empty-target (a translation with no words) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.negation-lost": {
    message: "{count, plural, one {# lost negation} other {# lost negations}}",
    note: "Short label of the translation check negation-lost (the original says something is not so, the translation does not) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.negation-added": {
    message: "{count, plural, one {# added negation} other {# added negations}}",
    note: "Short label of the translation check negation-added (the translation negates what the original affirms) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.question-lost": {
    message:
      "{count, plural, one {# question turned into a statement} other {# questions turned into statements}}",
    note: "Short label of the translation check question-lost (the original asks a question, the translation does not) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.meaning-unrelated": {
    message:
      "{count, plural, one {# sentence that may say something else} other {# sentences that may say something else}}",
    note: "Short label of the translation check meaning-unrelated (few of the original's content words have a translation) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.pronoun-after-noun": {
    message:
      "{count, plural, one {# pronoun right after its noun} other {# pronouns right after their nouns}}",
    note: "Short label of the translation check pronoun-after-noun (a subject pronoun right after its noun, a broken sentence) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.preposition-verb": {
    message:
      "{count, plural, one {# preposition before a conjugated verb} other {# prepositions before a conjugated verb}}",
    note: "Short label of the translation check preposition-verb (a broken construction) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.elision-missing": {
    message:
      "{count, plural, one {# missing elision or contraction} other {# missing elisions or contractions}}",
    note: "Short label of the translation check elision-missing (French l’ d’, Spanish del al not applied) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.article-year": {
    message:
      "{count, plural, one {# phrase in English word order (article, year, noun)} other {# phrases in English word order (article, year, noun)}}",
    note: "Short label of the translation check article-year (an article, then a year, then its noun) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.informal-address": {
    message:
      "{count, plural, one {# informal form of address} other {# informal forms of address}}",
    note: "Short label of the translation check informal-address (readers addressed as tu, tú or vosotros on an institution's site) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.capital-midsentence": {
    message:
      "{count, plural, one {# conjunction or verb capitalised in mid-sentence} other {# conjunctions or verbs capitalised in mid-sentence}}",
    note: "Short label of the translation check capital-midsentence (a conjunction, auxiliary or conjugated verb capitalised in mid-sentence) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.capitalised-adjective": {
    message:
      "{count, plural, one {# capitalised adjective in a name} other {# capitalised adjectives in names}}",
    note: "Short label of the translation check capitalised-adjective (French: an adjective capitalised after a capitalised word, where French capitalises only a name's first word) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.particle-number": {
    message:
      "{count, plural, one {# place word before a number} other {# place words before a number}}",
    note: "Short label of the translation check particle-number (“over” or “under” a number translated as a place word before the number) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.adjective-after-noun": {
    message:
      "{count, plural, one {# adjective after its noun} other {# adjectives after their nouns}}",
    note: "Short label of the translation check adjective-after-noun (French: an adjective that goes before its noun placed after it) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.article-missing": {
    message: "{count, plural, one {# missing article} other {# missing articles}}",
    note: "Short label of the translation check article-missing (French: a preposition before a noun without its article) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.bare-noun-start": {
    message:
      "{count, plural, one {# sentence starting on a noun without its article} other {# sentences starting on a noun without its article}}",
    note: "Short label of the translation check bare-noun-start (a sentence that opens on a plural noun without an article) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.article-doubled": {
    message: "{count, plural, one {# doubled article} other {# doubled articles}}",
    note: "Short label of the translation check article-doubled (an article written twice) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.vosotros-address": {
    message: "{count, plural, one {# vosotros form} other {# vosotros forms}}",
    note: "Short label of the translation check vosotros-address (readers addressed as vosotros in Spanish) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.imperative-lost": {
    message:
      "{count, plural, one {# instruction turned into a statement} other {# instructions turned into statements}}",
    note: "Short label of the translation check imperative-lost (an instruction of the original not given in the translation) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.ser-estar": {
    message: "{count, plural, one {# ser where estar belongs} other {# ser where estar belongs}}",
    note: "Short label of the translation check ser-estar (Spanish ser used for a state, e.g. “es disponible”) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.day-preposition": {
    message:
      "{count, plural, one {# preposition before a day} other {# prepositions before a day}}",
    note: "Short label of the translation check day-preposition (Spanish “en el” before a day's name) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.compound-order": {
    message: "{count, plural, one {# English compound order} other {# English compound orders}}",
    note: "Short label of the translation check compound-order (an English compound's word order after a compass point) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.adjective-before-noun": {
    message:
      "{count, plural, one {# adjective before its noun} other {# adjectives before their noun}}",
    note: "Short label of the translation check adjective-before-noun (an adjective such as régional placed before its noun, English order) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.engine-unproven": {
    message:
      "{count, plural, one {# machine sentence awaiting a reader} other {# machine sentences awaiting a reader}}",
    note: "Short label of the gate's engine-unproven hold (machine output of a length the engine route is not proven on, held until a person reads it) with how many sentences, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.subject-added": {
    message: "{count, plural, one {# subject added} other {# subjects added}}",
    note: "Short label of the translation check subject-added (a subject pronoun the original does not have) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.question-added": {
    message: "{count, plural, one {# question added} other {# questions added}}",
    note: "Short label of the translation check question-added (a statement turned into a question) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.english-possessive": {
    message:
      "{count, plural, one {# English possessive apostrophe} other {# English possessive apostrophes}}",
    note: "Short label of the translation check english-possessive (an English possessive's apostrophe left on a word) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.glued-words": {
    message:
      "{count, plural, one {# run of words glued together} other {# runs of words glued together}}",
    note: "Short label of the translation check glued-words (words the engine glued together without spaces) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "qa.label.rejected-sense": {
    message:
      "{count, plural, one {# word reviewers replaced elsewhere} other {# words reviewers replaced elsewhere}}",
    note: "Short label of the translation check rejected-sense (a word that reviewers already replaced as a translation of the same source word in other sentences: the engine chose a wrong sense) with how many it found, listed in a held translation's reason; {count} is that number",
  },
  "glossary.title": { message: "Glossary", note: "Title of the translation glossary page" },
  "glossary.intro": {
    message:
      "Terms listed here are always translated the same way; terms without a translation are never translated (names, acronyms).",
    note: "Explains the glossary",
  },
  "glossary.notice.added": {
    message: "The term is saved.",
    note: "After adding or changing a term",
  },
  "glossary.notice.deleted": { message: "The term is deleted.", note: "After deleting a term" },
  "glossary.notice.imported": {
    message: "{count, plural, one {# term imported.} other {# terms imported.}}",
    note: "After a CSV import",
  },
  "glossary.add": { message: "Add or change a term", note: "Heading of the form" },
  "glossary.targetLanguage": { message: "Language", note: "Form field: the target language" },
  "glossary.sourceTerm": {
    message: "Term",
    note: "Form field and column: the term in the source language",
  },
  "glossary.targetTerm": { message: "Translation", note: "Form field and column" },
  "glossary.targetTermHint": {
    message: "Leave empty for a term that must never be translated.",
    note: "Hint under the translation field",
  },
  "glossary.note": { message: "Note", note: "Form field and column: a note for translators" },
  "glossary.save": { message: "Save the term", note: "Button" },
  "glossary.terms": {
    message: "{count, plural, =0 {No terms yet} one {# term} other {# terms}}",
    note: "Heading of the list of terms",
  },
  "glossary.actions": { message: "Actions", note: "Table column" },
  "glossary.everyLanguage": {
    message: "every language (do not translate)",
    note: "Option for a term kept as it is in every language",
  },
  "glossary.doNotTranslate": {
    message: "do not translate",
    note: "Shown instead of a translation",
  },
  "glossary.delete": { message: "Delete", note: "Button" },
  "glossary.deleteTerm": {
    message: "Delete the term {term}",
    note: "Accessible name of a delete button",
  },
  "glossary.import": { message: "Import from CSV", note: "Heading" },
  "glossary.csv": { message: "CSV text", note: "Form field" },
  "glossary.csvHint": {
    message:
      "First line: source,target,note. One term per line; an empty target means do not translate. Nothing is imported if a line is wrong.",
    note: "Hint under the CSV field",
  },
  "glossary.importSubmit": { message: "Import", note: "Button" },
} as const satisfies Catalog;
