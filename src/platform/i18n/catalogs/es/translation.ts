import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION } from "../en/translation.js";

// Every language name is masculine, so “del {language}” and “al {language}” always agree.

/** Spanish strings telling readers in which language they read a page, and the language switcher. */
export const ES_TRANSLATION = {
  "translation.notice.machine":
    "Esta página se ha traducido automáticamente del {language}. Puede contener errores.",
  "translation.notice.reviewed": "Esta página se ha traducido del {language} y ha sido revisada.",
  "translation.notice.awaiting":
    "Esta página aún no está disponible en {language}. Está leyendo el original en {sourceLanguage}.",
  "translation.notice.updating":
    "Se está traduciendo una nueva versión de esta página. Está leyendo la traducción anterior.",
  "translation.notice.pending":
    "Esta página se está traduciendo al {language}. Está leyendo el original en {sourceLanguage}.",
  "translation.notice.held":
    "La traducción de esta página al {language} está pendiente de revisión. Está leyendo el original en {sourceLanguage}.",
  "translation.notice.partialMachine":
    "Parte de esta página se ha traducido automáticamente del {sourceLanguage} y puede contener errores. El resto se muestra en el original en {sourceLanguage} hasta que su traducción al {language} esté lista.",
  "translation.notice.partial":
    "Parte de esta página está traducida del {sourceLanguage}. El resto se muestra en el original en {sourceLanguage} hasta que su traducción al {language} esté lista.",
  "translation.notice.original": "Leer el original ({language})",
  "translation.notice.report": "Informar de un error de traducción",
  "translation.notice.label": "Idioma de esta página",
  "language.switcher.label": "Idiomas",
  "language.switcher.current": "{language} (idioma actual)",
  "language.switcher.state.original": "original",
  "language.switcher.state.machine": "traducción automática",
  "language.switcher.state.reviewed": "traducción revisada",
  "language.switcher.state.untranslated": "en {language} por ahora",
  "language.name.en": "inglés",
  "language.name.fr": "francés",
  "language.name.es": "español",
  "language.name.ar": "árabe",
  "language.name.ca": "catalán",
} as const satisfies Messages<typeof EN_TRANSLATION>;
