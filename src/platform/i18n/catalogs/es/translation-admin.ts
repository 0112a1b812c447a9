import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION_ADMIN } from "../en/translation-admin.js";

/** Spanish strings of the workspace's translation pages. */
export const ES_TRANSLATION_ADMIN = {
  "translationAdmin.nav": "Traducciones",
  "translationAdmin.title": "Traducciones",
  "translationAdmin.progress": "Avance por idioma",
  "translationAdmin.progressLine":
    "traducción automática: {machine}, revisadas: {reviewed}, retenidas: {flagged}, en espera: {waiting}",
  "translationAdmin.item": "Contenido",
  "translationAdmin.status.source": "original",
  "translationAdmin.status.awaiting": "espera a un traductor",
  "translationAdmin.status.pending": "en traducción",
  "translationAdmin.status.outdated": "desactualizada",
  "translationAdmin.status.flagged": "retenida para revisión",
  "translationAdmin.status.machine": "traducción automática",
  "translationAdmin.status.reviewed": "revisada",
  "glossary.title": "Glosario",
  "glossary.intro":
    "Los términos de esta lista se traducen siempre igual; los términos sin traducción no se traducen nunca (nombres, siglas).",
  "glossary.notice.added": "El término se ha guardado.",
  "glossary.notice.deleted": "El término se ha eliminado.",
  "glossary.notice.imported":
    "{count, plural, one {# término importado.} many {# términos importados.} other {# términos importados.}}",
  "glossary.add": "Añadir o modificar un término",
  "glossary.targetLanguage": "Idioma",
  "glossary.sourceTerm": "Término",
  "glossary.targetTerm": "Traducción",
  "glossary.targetTermHint": "Déjelo vacío para un término que no debe traducirse nunca.",
  "glossary.note": "Nota",
  "glossary.save": "Guardar el término",
  "glossary.terms":
    "{count, plural, =0 {Ningún término} one {# término} many {# términos} other {# términos}}",
  "glossary.actions": "Acciones",
  "glossary.everyLanguage": "todos los idiomas (no traducir)",
  "glossary.doNotTranslate": "no traducir",
  "glossary.delete": "Eliminar",
  "glossary.deleteTerm": "Eliminar el término {term}",
  "glossary.import": "Importar desde CSV",
  "glossary.csv": "Texto CSV",
  "glossary.csvHint":
    "Primera línea: source,target,note. Un término por línea; una traducción vacía significa «no traducir». No se importa nada si una línea es incorrecta.",
  "glossary.importSubmit": "Importar",
} as const satisfies Messages<typeof EN_TRANSLATION_ADMIN>;
