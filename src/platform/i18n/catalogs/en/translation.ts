import type { Catalog } from "../../catalog.js";

/** English strings telling readers in which language they read a page, and the language switcher. */
export const EN_TRANSLATION = {
  "translation.notice.machine": {
    message: "This page was translated automatically from {language}. It may contain errors.",
    note: "Notice on a machine-translated page; language is a language.name.* string of this catalog",
  },
  "translation.notice.reviewed": {
    message: "This page was translated from {language} and reviewed.",
    note: "Notice on a translated page that a person has reviewed; language is a language.name.* string",
  },
  "translation.notice.awaiting": {
    message:
      "This page is not yet available in {language}. You are reading the original in {sourceLanguage}.",
    note: "Notice on a page shown in its original language until it is translated; both are language.name.* strings",
  },
  "translation.notice.updating": {
    message:
      "A new version of this page is being translated. You are reading the previous translation.",
    note: "Notice on a translated page whose original changed and is being translated again",
  },
  "translation.notice.pending": {
    message:
      "This page is being translated into {language}. You are reading the original in {sourceLanguage}.",
    note: "Notice on a page shown in its original language while its translation is under way",
  },
  "translation.notice.held": {
    message:
      "The {language} translation of this page is waiting for a reviewer. You are reading the original in {sourceLanguage}.",
    note: "Notice on a page whose machine translation the automatic checks held back for a person to review",
  },
  "translation.notice.partialMachine": {
    message:
      "Part of this page was translated automatically from {sourceLanguage} and may contain errors. The rest is shown in the original {sourceLanguage} until its {language} translation is ready.",
    note: "The one notice of a page where some texts are machine translations and others still the original; both are language.name.* strings",
  },
  "translation.notice.partial": {
    message:
      "Part of this page is translated from {sourceLanguage}. The rest is shown in the original {sourceLanguage} until its {language} translation is ready.",
    note: "The one notice of a page where some texts are translated (reviewed) and others still the original; both are language.name.* strings",
  },
  "translation.notice.original": {
    message: "Read the original ({language})",
    note: "Link from a translated page to its original; language is a language.name.* string",
  },
  "translation.notice.report": {
    message: "Report a translation error",
    note: "Link under a translation notice to report a mistake",
  },
  "translation.notice.label": {
    message: "Language of this page",
    note: "Accessible name of the box holding the notices above",
  },
  "language.switcher.label": {
    message: "Languages",
    note: "Accessible name of the language switcher",
  },
  "language.switcher.current": {
    message: "{language} (current)",
    note: "The language switcher's entry for the language of the page being read",
  },
  "language.switcher.state.original": {
    message: "original",
    note: "In the language switcher, under a language's name: the page was written in this language. Said in that language",
  },
  "language.switcher.state.machine": {
    message: "machine translation",
    note: "In the language switcher, under a language's name: the page reads in this language as a machine translation",
  },
  "language.switcher.state.reviewed": {
    message: "reviewed translation",
    note: "In the language switcher, under a language's name: a person reviewed the translation into this language",
  },
  "language.switcher.state.untranslated": {
    message: "in {language} for now",
    note: "In the language switcher, under a language's name: no translation is live yet, the page shows its original; language is a language.name.* string",
  },
  "language.name.en": {
    message: "English",
    note: "Name of the English language, as used inside a sentence (“translated from English”)",
  },
  "language.name.fr": {
    message: "French",
    note: "Name of the French language, as used inside a sentence (“translated from French”)",
  },
  "language.name.es": {
    message: "Spanish",
    note: "Name of the Spanish language, as used inside a sentence (“translated from Spanish”)",
  },
  "language.name.ar": {
    message: "Arabic",
    note: "Name of the Arabic language, as used inside a sentence (“translated from Arabic”)",
  },
  "language.name.ca": {
    message: "Catalan",
    note: "Name of the Catalan language, as used inside a sentence (“translated from Catalan”)",
  },
} as const satisfies Catalog;
