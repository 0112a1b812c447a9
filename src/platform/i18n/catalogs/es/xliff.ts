import type { Messages } from "../../catalog.js";
import type { EN_XLIFF } from "../en/xliff.js";

/** Spanish strings of the workspace's XLIFF page. */
export const ES_XLIFF = {
  "xliff.title": "Archivos XLIFF para traductores",
  "xliff.help":
    "Descargue el archivo de un idioma, traduzca las frases en su herramienta de traducción y luego súbalo aquí. Cada frase se comprueba (su original, sus enlaces y su formato, los controles automáticos) antes de guardarse.",
  "xliff.download": "Frases pendientes de traducción al {language}",
  "xliff.download12": "XLIFF 1.2 (herramientas más antiguas)",
  "xliff.upload": "Subir un archivo traducido",
  "xliff.file": "Archivo XLIFF",
  "xliff.dryRun": "Solo comprobar, no guardar nada",
  "xliff.submit": "Importar",
  "xliff.noFile": "Elija un archivo para importar.",
  "xliff.refusedFile": "El archivo se rechazó entero y no se guardó nada: {reason}",
  "xliff.summary":
    "{accepted} aceptadas, {refused} rechazadas, {untranslated} sin traducir; {pages} páginas actualizadas.",
  "xliff.summaryDry":
    "Solo comprobación: se aceptarían {accepted}, {refused} rechazadas, {untranslated} sin traducir. No se guardó nada.",
  "xliff.col.unit": "Frase",
  "xliff.col.result": "Resultado",
  "xliff.status.accepted": "aceptada",
  "xliff.status.refused": "rechazada",
  "xliff.status.untranslated": "sin traducir",
  "xliff.reason.unknownUnit": "ninguna frase del sitio tiene este identificador en este idioma",
  "xliff.reason.sourceChanged": "el original cambió desde la exportación",
  "xliff.reason.codes": "los enlaces o el formato no coinciden con el original ({detail})",
  "xliff.reason.refusedByDesk": "rechazada al guardar: {detail}",
  "xliff.held": "guardada, retenida por los controles: {codes}",
} as const satisfies Messages<typeof EN_XLIFF>;
