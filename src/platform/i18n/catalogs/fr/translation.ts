import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION } from "../en/translation.js";

// “de l’anglais” but “du français”: the notices say “l’original en {language}”
// so that the bare language name fits every language without elision.

/** French strings telling readers in which language they read a page, and the language switcher. */
export const FR_TRANSLATION = {
  "translation.notice.machine":
    "Cette page est une traduction automatique de l’original en {language}. Elle peut contenir des erreurs.",
  "translation.notice.reviewed":
    "Cette page a été traduite de l’original en {language}, puis relue.",
  "translation.notice.awaiting":
    "Cette page n’est pas encore disponible en {language}. Vous lisez l’original en {sourceLanguage}.",
  "translation.notice.updating":
    "Une nouvelle version de cette page est en cours de traduction. Vous lisez la traduction précédente.",
  "translation.notice.pending":
    "Cette page est en cours de traduction en {language}. Vous lisez l’original en {sourceLanguage}.",
  "translation.notice.held":
    "La traduction de cette page en {language} attend un relecteur. Vous lisez l’original en {sourceLanguage}.",
  "translation.notice.partialMachine":
    "Une partie de cette page est une traduction automatique de l’original en {sourceLanguage} et peut contenir des erreurs. Le reste est affiché dans l’original en {sourceLanguage} en attendant sa traduction en {language}.",
  "translation.notice.partial":
    "Une partie de cette page est traduite de l’original en {sourceLanguage}. Le reste est affiché dans l’original en {sourceLanguage} en attendant sa traduction en {language}.",
  "translation.notice.original": "Lire l’original ({language})",
  "translation.notice.report": "Signaler une erreur de traduction",
  "translation.notice.label": "Langue de cette page",
  "language.switcher.label": "Langues",
  "language.switcher.current": "{language} (langue actuelle)",
  "language.switcher.state.original": "original",
  "language.switcher.state.machine": "traduction automatique",
  "language.switcher.state.reviewed": "traduction relue",
  "language.switcher.state.untranslated": "en {language} pour l’instant",
  "language.name.en": "anglais",
  "language.name.fr": "français",
  "language.name.es": "espagnol",
  "language.name.ar": "arabe",
  "language.name.ca": "catalan",
} as const satisfies Messages<typeof EN_TRANSLATION>;
