import type { Messages } from "../../catalog.js";
import type { EN_XLIFF } from "../en/xliff.js";

/** French strings of the workspace's XLIFF page. */
export const FR_XLIFF = {
  "xliff.title": "Fichiers XLIFF pour les traducteurs",
  "xliff.help":
    "Téléchargez le fichier d’une langue, traduisez les phrases dans votre outil de traduction, puis déposez-le ici. Chaque phrase est vérifiée (son original, ses liens et sa mise en forme, les contrôles automatiques) avant d’être enregistrée.",
  "xliff.download": "Phrases à traduire en {language}",
  "xliff.download12": "XLIFF 1.2 (outils plus anciens)",
  "xliff.upload": "Déposer un fichier traduit",
  "xliff.file": "Fichier XLIFF",
  "xliff.dryRun": "Vérifier seulement, ne rien enregistrer",
  "xliff.submit": "Importer",
  "xliff.noFile": "Choisissez un fichier à importer.",
  "xliff.refusedFile": "Le fichier a été refusé en entier et rien n’a été enregistré : {reason}",
  "xliff.summary":
    "{accepted} acceptées, {refused} refusées, {untranslated} non traduites ; {pages} pages mises à jour.",
  "xliff.summaryDry":
    "Vérification seulement : {accepted} seraient acceptées, {refused} refusées, {untranslated} non traduites. Rien n’a été enregistré.",
  "xliff.col.unit": "Phrase",
  "xliff.col.result": "Résultat",
  "xliff.status.accepted": "acceptée",
  "xliff.status.refused": "refusée",
  "xliff.status.untranslated": "non traduite",
  "xliff.reason.unknownUnit": "aucune phrase du site n’a cet identifiant dans cette langue",
  "xliff.reason.sourceChanged": "l’original a changé depuis l’export",
  "xliff.reason.codes":
    "les liens ou la mise en forme ne correspondent pas à l’original ({detail})",
  "xliff.reason.refusedByDesk": "refusée à l’enregistrement : {detail}",
  "xliff.held": "enregistrée, retenue par les contrôles : {codes}",
} as const satisfies Messages<typeof EN_XLIFF>;
