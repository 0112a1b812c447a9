import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION_ADMIN } from "../en/translation-admin.js";

/** French strings of the workspace's translation pages. */
export const FR_TRANSLATION_ADMIN = {
  "translationAdmin.nav": "Traductions",
  "translationAdmin.title": "Traductions",
  "translationAdmin.progress": "Avancement par langue",
  "translationAdmin.progressLine":
    "traduction automatique\u00a0: {machine}, relues\u00a0: {reviewed}, retenues\u00a0: {flagged}, en attente\u00a0: {waiting}",
  "translationAdmin.item": "Contenu",
  "translationAdmin.status.source": "original",
  "translationAdmin.status.awaiting": "attend un traducteur",
  "translationAdmin.status.pending": "en cours de traduction",
  "translationAdmin.status.outdated": "périmée",
  "translationAdmin.status.flagged": "retenue pour relecture",
  "translationAdmin.status.machine": "traduction automatique",
  "translationAdmin.status.reviewed": "relue",
  "glossary.title": "Glossaire",
  "glossary.intro":
    "Les termes de cette liste sont toujours traduits de la même façon\u00a0; les termes sans traduction ne sont jamais traduits (noms, sigles).",
  "glossary.notice.added": "Le terme est enregistré.",
  "glossary.notice.deleted": "Le terme est supprimé.",
  "glossary.notice.imported":
    "{count, plural, one {# terme importé.} many {# termes importés.} other {# termes importés.}}",
  "glossary.add": "Ajouter ou modifier un terme",
  "glossary.targetLanguage": "Langue",
  "glossary.sourceTerm": "Terme",
  "glossary.targetTerm": "Traduction",
  "glossary.targetTermHint": "Laissez vide pour un terme qui ne doit jamais être traduit.",
  "glossary.note": "Note",
  "glossary.save": "Enregistrer le terme",
  "glossary.terms":
    "{count, plural, =0 {Aucun terme} one {# terme} many {# termes} other {# termes}}",
  "glossary.actions": "Actions",
  "glossary.everyLanguage": "toutes les langues (ne pas traduire)",
  "glossary.doNotTranslate": "ne pas traduire",
  "glossary.delete": "Supprimer",
  "glossary.deleteTerm": "Supprimer le terme {term}",
  "glossary.import": "Importer un fichier CSV",
  "glossary.csv": "Texte CSV",
  "glossary.csvHint":
    "Première ligne\u00a0: source,target,note. Un terme par ligne\u00a0; une traduction vide signifie «\u00a0ne pas traduire\u00a0». Rien n’est importé si une ligne est erronée.",
  "glossary.importSubmit": "Importer",
} as const satisfies Messages<typeof EN_TRANSLATION_ADMIN>;
