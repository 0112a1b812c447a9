import type { Catalog } from "../../catalog.js";

/** Strings of the workspace's translation memory (TMX) and glossary file (TBX, CSV) exchange. */
export const EN_EXCHANGE = {
  "exchange.memory.title": {
    message: "Translation memory (TMX)",
    note: "Title of the workspace page to download and import the translation memory as a TMX file (TMX: the standard exchange format of translation memories)",
  },
  "exchange.memory.intro": {
    message:
      "Exchange the translation memory with other translation tools as TMX 1.4b. Imported translations count as a person's reviewed translations; a sentence the memory already translates differently is kept.",
    note: "Introduction of the translation memory page",
  },
  "exchange.memory.download": {
    message: "Download",
    note: "Heading of the download section of the translation memory page",
  },
  "exchange.memory.downloadHuman": {
    message: "Reviewed translations (TMX)",
    note: "Link: download the translations people wrote or approved, as a TMX file",
  },
  "exchange.memory.downloadAll": {
    message: "Every translation, machine output included (TMX)",
    note: "Link: download every unit of the memory, machine translations included, as a TMX file",
  },
  "exchange.memory.upload": {
    message: "Import a TMX file",
    note: "Heading of the form that imports a TMX file into the memory",
  },
  "exchange.memory.uploadHint": {
    message:
      "TMX 1.1 to 1.4b, in UTF-8, UTF-16 or a declared encoding; at most 50 MB. Nothing is imported if the file cannot be read.",
    note: "Hint under the TMX file field",
  },
  "exchange.file": {
    message: "File",
    note: "Label of a file field of an import form",
  },
  "exchange.importSubmit": {
    message: "Import",
    note: "Button that sends an import form",
  },
  "exchange.noFile": {
    message: "Choose a file to import.",
    note: "Error when an import form was sent without a file",
  },
  "exchange.refused": {
    message: "The file was not imported: {message}",
    note: "Error of an import; {message} says why (in English, from the file reader)",
  },
  "exchange.report.title": {
    message: "Import report",
    note: "Heading of the report shown after an import",
  },
  "exchange.report.memory": {
    message: "Units read: {read}. Translations added: {added}. Already in the memory: {unchanged}.",
    note: "Summary of a TMX import; {read} is the number of translation units in the file, {added} translations added, {unchanged} translations the memory already had",
  },
  "exchange.report.flagged": {
    message:
      "{count, plural, one {# translation added fails} other {# translations added fail}} the checks: kept in the memory but not as reviewed, so a page using one waits until a person reviews it in “Review translations”.",
    note: "Line of a TMX import report: {count} imported translations that fail the automatic checks (numbers, tags, glossary); they are not trusted as reviewed; the quoted name is the title of the review page (review.title)",
  },
  "exchange.report.flaggedListed": {
    message: "The first {listed} are listed below.",
    note: "After exchange.report.flagged when the table below lists only some of them; {listed} is how many it lists",
  },
  "exchange.flagged.language": {
    message: "Language",
    note: "Column heading of the table of imported translations that fail the checks: the translation's language",
  },
  "exchange.flagged.source": {
    message: "Original",
    note: "Column heading of the table of flagged imported translations: the sentence in the source language",
  },
  "exchange.flagged.target": {
    message: "Translation",
    note: "Column heading of the table of flagged imported translations: the imported translation",
  },
  "exchange.flagged.checks": {
    message: "Failed checks",
    note: "Column heading of the table of flagged imported translations: the codes of the checks it fails (number-missing, tag-missing…), shown as codes",
  },
  "exchange.report.glossary": {
    message:
      "Entries read: {read}. Terms: {terms} — added: {added}, updated: {updated}, unchanged: {unchanged}.",
    note: "Summary of a glossary import; {read} concepts (TBX) or rows (CSV) read, {terms} glossary terms in the file, then what happened to them",
  },
  "exchange.report.skipped": {
    message: "Skipped: {count} ({reason})",
    note: "One line of an import report: {count} things left out and {reason}, why (one of the exchange.reason.* texts)",
  },
  "exchange.reason.language-not-on-site": {
    message: "a language the site is not published in",
    note: "Why a translation or term was not imported: its language is not a site language",
  },
  "exchange.reason.same-language": {
    message: "same language as the original",
    note: "Why a translation was not imported: it is in the source's own language (e.g. en-GB for an en-US source)",
  },
  "exchange.reason.no-source": {
    message: "no text in the source language, or no translation",
    note: "Why a translation unit was not imported: it lacks the source-language segment or any translation",
  },
  "exchange.reason.unreadable": {
    message: "a segment that could not be read",
    note: "Why a translation was not imported: unknown markup in the segment or a segment too long",
  },
  "exchange.reason.empty": {
    message: "empty segment",
    note: "Why a translation was not imported: the source or the translation is empty",
  },
  "exchange.reason.codes-mismatch": {
    message: "formatting codes that differ from the original's",
    note: "Why a translation was not imported: its inline formatting codes do not match the original's",
  },
  "exchange.reason.duplicate-in-file": {
    message: "given twice in the file",
    note: "Why a translation or term was not imported: the file gives it twice",
  },
  "exchange.reason.memory-differs": {
    message: "the memory already holds another translation (kept)",
    note: "Why a translation was not imported: the memory has a different one, which stays",
  },
  "exchange.reason.no-source-term": {
    message: "concept without a term in the source language",
    note: "Why a glossary concept was not imported: no term in the site's source language",
  },
  "exchange.reason.no-translation": {
    message: "concept without a term in another site language",
    note: "Why a glossary concept was not imported: no term in any other site language",
  },
  "exchange.reason.invalid": {
    message: "term too long or otherwise invalid",
    note: "Why a glossary term was not imported: it breaks the glossary's rules (length…)",
  },
  "exchange.back": {
    message: "Back to the glossary",
    note: "Link from a glossary import report back to the glossary page",
  },
  "exchange.glossary.download": {
    message: "Download the glossary",
    note: "Heading of the glossary page's download links",
  },
  "exchange.glossary.downloadTbx": {
    message: "TBX (TBX-Basic)",
    note: "Link: download the glossary as TBX, the terminology exchange standard (TBX-Basic dialect)",
  },
  "exchange.glossary.downloadCsv": {
    message: "CSV (spreadsheet)",
    note: "Link: download the glossary as a CSV file for spreadsheets",
  },
  "exchange.glossary.upload": {
    message: "Import a TBX or CSV file",
    note: "Heading of the glossary page's file import form",
  },
  "exchange.glossary.uploadHint": {
    message:
      "TBX (martif or TBX 2019) keeps statuses (preferred, admitted, deprecated), notes and definitions. CSV columns: source_language, target_language, source, target, status, part_of_speech, definition, note (only source and target are required; the target language chosen above then applies). Nothing is imported if the file cannot be read.",
    note: "Hint under the glossary file field; the column names stay in English (they are the file's)",
  },
  "exchange.glossary.status": {
    message: "Status",
    note: "Column heading of the glossary table: preferred, admitted or forbidden term",
  },
  "exchange.status.preferred": {
    message: "preferred",
    note: "Status of a glossary translation: the required one",
  },
  "exchange.status.admitted": {
    message: "admitted",
    note: "Status of a glossary translation: also acceptable",
  },
  "exchange.status.deprecated": {
    message: "deprecated (forbidden)",
    note: "Status of a glossary translation: must not be used",
  },
  "exchange.status.superseded": {
    message: "superseded (forbidden)",
    note: "Status of a glossary translation: replaced by another, must not be used",
  },
} as const satisfies Catalog;
