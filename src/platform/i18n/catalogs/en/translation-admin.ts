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
      "machine-translated: {machine}, reviewed: {reviewed}, held back: {flagged}, waiting: {waiting}",
    note: "Counts of items per translation status for one language; the language name comes before",
  },
  "translationAdmin.item": { message: "Item", note: "Table column: the content item" },
  "translationAdmin.status.source": {
    message: "original",
    note: "The item is written in this language",
  },
  "translationAdmin.status.awaiting": {
    message: "awaiting a translator",
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
