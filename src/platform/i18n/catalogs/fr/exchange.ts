import type { Messages } from "../../catalog.js";
import type { EN_EXCHANGE } from "../en/exchange.js";

/** French strings of the translation memory and glossary file exchange. */
export const FR_EXCHANGE = {
  "exchange.memory.title": "Mémoire de traduction (TMX)",
  "exchange.memory.intro":
    "Échangez la mémoire de traduction avec d’autres outils de traduction au format TMX 1.4b. Les traductions importées comptent comme des traductions relues par une personne\u00a0; une phrase que la mémoire traduit déjà autrement est conservée.",
  "exchange.memory.download": "Télécharger",
  "exchange.memory.downloadHuman": "Traductions relues (TMX)",
  "exchange.memory.downloadAll": "Toutes les traductions, traduction automatique comprise (TMX)",
  "exchange.memory.upload": "Importer un fichier TMX",
  "exchange.memory.uploadHint":
    "TMX 1.1 à 1.4b, en UTF-8, UTF-16 ou dans un codage déclaré\u00a0; 50\u00a0Mo au plus. Rien n’est importé si le fichier ne peut pas être lu.",
  "exchange.file": "Fichier",
  "exchange.importSubmit": "Importer",
  "exchange.noFile": "Choisissez un fichier à importer.",
  "exchange.refused": "Le fichier n’a pas été importé\u00a0: {message}",
  "exchange.report.title": "Compte rendu de l’import",
  "exchange.report.memory":
    "Unités lues\u00a0: {read}. Traductions ajoutées\u00a0: {added}. Déjà dans la mémoire\u00a0: {unchanged}.",
  "exchange.report.flagged":
    "{count, plural, one {# traduction ajoutée ne passe pas} many {# traductions ajoutées ne passent pas} other {# traductions ajoutées ne passent pas}} les contrôles\u00a0: conservées dans la mémoire mais pas comme relues, une page qui en utilise une attend qu’une personne la relise dans «\u00a0Relire les traductions\u00a0».",
  "exchange.report.flaggedListed": "Les {listed} premières sont listées ci-dessous.",
  "exchange.flagged.language": "Langue",
  "exchange.flagged.source": "Texte d’origine",
  "exchange.flagged.target": "Traduction",
  "exchange.flagged.checks": "Contrôles non passés",
  "exchange.report.glossary":
    "Entrées lues\u00a0: {read}. Termes\u00a0: {terms} — ajoutés\u00a0: {added}, modifiés\u00a0: {updated}, inchangés\u00a0: {unchanged}.",
  "exchange.report.skipped": "Écartés\u00a0: {count} ({reason})",
  "exchange.reason.language-not-on-site": "langue dans laquelle le site n’est pas publié",
  "exchange.reason.same-language": "même langue que l’original",
  "exchange.reason.no-source": "pas de texte dans la langue source, ou pas de traduction",
  "exchange.reason.unreadable": "segment illisible",
  "exchange.reason.empty": "segment vide",
  "exchange.reason.codes-mismatch": "codes de mise en forme différents de ceux de l’original",
  "exchange.reason.duplicate-in-file": "présent deux fois dans le fichier",
  "exchange.reason.memory-differs": "la mémoire contient déjà une autre traduction (conservée)",
  "exchange.reason.no-source-term": "notion sans terme dans la langue source",
  "exchange.reason.no-translation": "notion sans terme dans une autre langue du site",
  "exchange.reason.invalid": "terme trop long ou incorrect",
  "exchange.back": "Retour au glossaire",
  "exchange.glossary.download": "Télécharger le glossaire",
  "exchange.glossary.downloadTbx": "TBX (format TBX-Basic)",
  "exchange.glossary.downloadCsv": "CSV (tableur)",
  "exchange.glossary.upload": "Importer un fichier TBX ou CSV",
  "exchange.glossary.uploadHint":
    "Le TBX (martif ou TBX 2019) conserve les statuts (privilégié, admis, déconseillé), les notes et les définitions. Colonnes du CSV\u00a0: source_language, target_language, source, target, status, part_of_speech, definition, note (seules source et target sont obligatoires\u00a0; la langue cible choisie ci-dessus s’applique alors). Rien n’est importé si le fichier ne peut pas être lu.",
  "exchange.glossary.status": "Statut",
  "exchange.status.preferred": "privilégié",
  "exchange.status.admitted": "admis",
  "exchange.status.deprecated": "déconseillé (proscrit)",
  "exchange.status.superseded": "remplacé (proscrit)",
} as const satisfies Messages<typeof EN_EXCHANGE>;
