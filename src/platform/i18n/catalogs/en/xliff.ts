import type { Catalog } from "../../catalog.js";

/** English strings of the workspace's XLIFF page (files for translators). */
export const EN_XLIFF = {
  "xliff.title": {
    message: "XLIFF files for translators",
    note: "Title of the workspace page where translators download and upload XLIFF files",
  },
  "xliff.help": {
    message:
      "Download a language's file, translate the sentences in your translation tool, then upload it here. Each sentence is checked (its source, its links and formatting, the automatic checks) before it is saved.",
    note: "Explanation at the top of the XLIFF page",
  },
  "xliff.download": {
    message: "Sentences awaiting translation into {language}",
    note: "Link downloading an XLIFF 2.1 file; {language} is a language name",
  },
  "xliff.download12": {
    message: "XLIFF 1.2 (older tools)",
    note: "Second link, the same file in the older XLIFF 1.2 format",
  },
  "xliff.upload": { message: "Upload a translated file", note: "Heading of the upload form" },
  "xliff.file": { message: "XLIFF file", note: "Label of the file field" },
  "xliff.dryRun": {
    message: "Check only, save nothing",
    note: "Checkbox: run the checks without saving",
  },
  "xliff.submit": { message: "Import", note: "Button of the upload form" },
  "xliff.noFile": {
    message: "Choose a file to import.",
    note: "Error: the form was sent without a file",
  },
  "xliff.refusedFile": {
    message: "The file was refused as a whole and nothing was saved: {reason}",
    note: "Error; {reason} is a technical explanation in English",
  },
  "xliff.summary": {
    message:
      "{accepted} accepted, {refused} refused, {untranslated} untranslated; {pages} pages updated.",
    note: "Result of an import; numbers",
  },
  "xliff.summaryDry": {
    message:
      "Check only: {accepted} would be accepted, {refused} refused, {untranslated} untranslated. Nothing was saved.",
    note: "Result of a check-only import; numbers",
  },
  "xliff.col.unit": {
    message: "Sentence",
    note: "Report table column: which sentence of the file",
  },
  "xliff.col.result": { message: "Result", note: "Report table column" },
  "xliff.status.accepted": { message: "accepted", note: "Result of one sentence" },
  "xliff.status.refused": { message: "refused", note: "Result of one sentence" },
  "xliff.status.untranslated": {
    message: "untranslated",
    note: "Result of one sentence: the file had no translation for it",
  },
  "xliff.reason.unknownUnit": {
    message: "no sentence of the site has this id in this language",
    note: "Why a sentence was refused",
  },
  "xliff.reason.sourceChanged": {
    message: "source changed since export",
    note: "Why a sentence was refused: the original text is not the one exported",
  },
  "xliff.reason.codes": {
    message: "the links or formatting do not match the original ({detail})",
    note: "Why a sentence was refused; {detail} lists the codes",
  },
  "xliff.reason.refusedByDesk": {
    message: "refused when saving: {detail}",
    note: "Why a sentence was refused at the last step",
  },
  "xliff.held": {
    message: "saved, held by the checks: {codes}",
    note: "A sentence saved but kept from readers until a reviewer looks; {codes} are check codes",
  },
} as const satisfies Catalog;
