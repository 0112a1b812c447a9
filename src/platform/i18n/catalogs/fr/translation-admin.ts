import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION_ADMIN } from "../en/translation-admin.js";

/** French strings of the workspace's translation pages. */
export const FR_TRANSLATION_ADMIN = {
  "translationAdmin.nav": "Traductions",
  "translationAdmin.title": "Traductions",
  "translationAdmin.progress": "Avancement par langue",
  "translationAdmin.progressLine":
    "traduction automatique\u00a0: {machine}, relues\u00a0: {reviewed}, retenues pour relecture\u00a0: {flagged}, en attente\u00a0: {waiting}",
  "translationAdmin.item": "Contenu",
  "translationAdmin.status.source": "original",
  "translationAdmin.status.awaiting": "en attente d’un traducteur",
  "translationAdmin.status.pending": "en cours de traduction",
  "translationAdmin.status.outdated": "périmée",
  "translationAdmin.status.flagged": "retenue pour relecture",
  "translationAdmin.status.machine": "traduction automatique",
  "translationAdmin.status.reviewed": "relue",
  "translationAdmin.openReview": "Ouvrir dans l’éditeur de relecture",
  "translationAdmin.held.review":
    "Retenue pour relecture\u00a0: chaque phrase doit être relue avant publication.",
  "translationAdmin.held.errors1":
    "Retenue pour relecture\u00a0: {sentences, plural, one {# phrase} many {# phrases} other {# phrases}} avec des erreurs — {first}.",
  "translationAdmin.held.errors2":
    "Retenue pour relecture\u00a0: {sentences, plural, one {# phrase} many {# phrases} other {# phrases}} avec des erreurs — {first}, {second}.",
  "translationAdmin.held.errors3":
    "Retenue pour relecture\u00a0: {sentences, plural, one {# phrase} many {# phrases} other {# phrases}} avec des erreurs — {first}, {second}, {third}.",
  "translationAdmin.held.errorsMore":
    "Retenue pour relecture\u00a0: {sentences, plural, one {# phrase} many {# phrases} other {# phrases}} avec des erreurs — {first}, {second}, {third} et d’autres types.",
  "translationAdmin.held.unlabelled":
    "{count, plural, one {# problème trouvé par le contrôle {code}} many {# problèmes trouvés par le contrôle {code}} other {# problèmes trouvés par le contrôle {code}}}",
  "qa.label.repeated-word":
    "{count, plural, one {# mot répété} many {# mots répétés} other {# mots répétés}}",
  "qa.label.number-missing":
    "{count, plural, one {# nombre manquant} many {# nombres manquants} other {# nombres manquants}}",
  "qa.label.number-added":
    "{count, plural, one {# nombre ajouté} many {# nombres ajoutés} other {# nombres ajoutés}}",
  "qa.label.date-mismatch":
    "{count, plural, one {# mois erroné} many {# mois erronés} other {# mois erronés}}",
  "qa.label.entity-missing":
    "{count, plural, one {# nom ou lien manquant} many {# noms ou liens manquants} other {# noms ou liens manquants}}",
  "qa.label.entity-added":
    "{count, plural, one {# nom ou lien ajouté} many {# noms ou liens ajoutés} other {# noms ou liens ajoutés}}",
  "qa.label.markup-lost":
    "{count, plural, one {# code de mise en forme perdu} many {# codes de mise en forme perdus} other {# codes de mise en forme perdus}}",
  "qa.label.markup-added":
    "{count, plural, one {# code de mise en forme ajouté} many {# codes de mise en forme ajoutés} other {# codes de mise en forme ajoutés}}",
  "qa.label.markup-duplicated":
    "{count, plural, one {# code de mise en forme en double} many {# codes de mise en forme en double} other {# codes de mise en forme en double}}",
  "qa.label.markup-broken":
    "{count, plural, one {# code de mise en forme mal fermé} many {# codes de mise en forme mal fermés} other {# codes de mise en forme mal fermés}}",
  "qa.label.markup-order":
    "{count, plural, one {# phrase aux codes de mise en forme déplacés} many {# phrases aux codes de mise en forme déplacés} other {# phrases aux codes de mise en forme déplacés}}",
  "qa.label.glossary-missing":
    "{count, plural, one {# terme du glossaire non utilisé} many {# termes du glossaire non utilisés} other {# termes du glossaire non utilisés}}",
  "qa.label.glossary-translated":
    "{count, plural, one {# terme à ne pas traduire traduit quand même} many {# termes à ne pas traduire traduits quand même} other {# termes à ne pas traduire traduits quand même}}",
  "qa.label.glossary-forbidden":
    "{count, plural, one {# terme proscrit employé} many {# termes proscrits employés} other {# termes proscrits employés}}",
  "qa.label.untranslated-mark":
    "{count, plural, one {# mot laissé non traduit par le moteur} many {# mots laissés non traduits par le moteur} other {# mots laissés non traduits par le moteur}}",
  "qa.label.source-words":
    "{count, plural, one {# phrase avec des mots restés dans la langue d’origine} many {# phrases avec des mots restés dans la langue d’origine} other {# phrases avec des mots restés dans la langue d’origine}}",
  "qa.label.unknown-words":
    "{count, plural, one {# phrase avec des mots inconnus du moteur} many {# phrases avec des mots inconnus du moteur} other {# phrases avec des mots inconnus du moteur}}",
  "qa.label.unchanged":
    "{count, plural, one {# phrase identique à l’original} many {# phrases identiques à l’original} other {# phrases identiques à l’original}}",
  "qa.label.length-ratio":
    "{count, plural, one {# phrase d’une longueur inhabituelle} many {# phrases d’une longueur inhabituelle} other {# phrases d’une longueur inhabituelle}}",
  "qa.label.punctuation-final-missing":
    "{count, plural, one {# ponctuation finale manquante} many {# ponctuations finales manquantes} other {# ponctuations finales manquantes}}",
  "qa.label.punctuation-final-added":
    "{count, plural, one {# ponctuation finale ajoutée} many {# ponctuations finales ajoutées} other {# ponctuations finales ajoutées}}",
  "qa.label.punctuation-unbalanced":
    "{count, plural, one {# parenthèse ou guillemet sans pendant} many {# parenthèses ou guillemets sans pendant} other {# parenthèses ou guillemets sans pendant}}",
  "qa.label.typography-space":
    "{count, plural, one {# espace insécable manquante} many {# espaces insécables manquantes} other {# espaces insécables manquantes}}",
  "qa.label.typography-nbsp":
    "{count, plural, one {# espace ordinaire au lieu d’une insécable} many {# espaces ordinaires au lieu d’insécables} other {# espaces ordinaires au lieu d’insécables}}",
  "qa.label.typography-inverted":
    "{count, plural, one {# question ou exclamation sans son ¿ ou ¡ initial} many {# questions ou exclamations sans leur ¿ ou ¡ initial} other {# questions ou exclamations sans leur ¿ ou ¡ initial}}",
  "qa.label.sentence-agreement":
    "{count, plural, one {# phrase commençant par des mots qui ne s’accordent pas} many {# phrases commençant par des mots qui ne s’accordent pas} other {# phrases commençant par des mots qui ne s’accordent pas}}",
  "qa.label.sentence-capital":
    "{count, plural, one {# majuscule en milieu de phrase} many {# majuscules en milieu de phrase} other {# majuscules en milieu de phrase}}",
  "qa.label.sentence-lowercase":
    "{count, plural, one {# phrase commençant par une minuscule} many {# phrases commençant par une minuscule} other {# phrases commençant par une minuscule}}",
  "qa.label.source-word":
    "{count, plural, one {# mot resté dans la langue d’origine} many {# mots restés dans la langue d’origine} other {# mots restés dans la langue d’origine}}",
  "qa.label.pivot-word":
    "{count, plural, one {# mot de la langue intermédiaire du moteur} many {# mots de la langue intermédiaire du moteur} other {# mots de la langue intermédiaire du moteur}}",
  "qa.label.unknown-word":
    "{count, plural, one {# mot inconnu des dictionnaires} many {# mots inconnus des dictionnaires} other {# mots inconnus des dictionnaires}}",
  "qa.label.empty-target":
    "{count, plural, one {# traduction vide} many {# traductions vides} other {# traductions vides}}",
  "qa.label.negation-lost":
    "{count, plural, one {# négation perdue} many {# négations perdues} other {# négations perdues}}",
  "qa.label.negation-added":
    "{count, plural, one {# négation ajoutée} many {# négations ajoutées} other {# négations ajoutées}}",
  "qa.label.question-lost":
    "{count, plural, one {# question devenue affirmation} many {# questions devenues affirmations} other {# questions devenues affirmations}}",
  "qa.label.meaning-unrelated":
    "{count, plural, one {# phrase qui peut dire autre chose} many {# phrases qui peuvent dire autre chose} other {# phrases qui peuvent dire autre chose}}",
  "qa.label.pronoun-after-noun":
    "{count, plural, one {# pronom juste après son nom} many {# pronoms juste après leur nom} other {# pronoms juste après leur nom}}",
  "qa.label.preposition-verb":
    "{count, plural, one {# préposition devant un verbe conjugué} many {# prépositions devant un verbe conjugué} other {# prépositions devant un verbe conjugué}}",
  "qa.label.elision-missing":
    "{count, plural, one {# élision ou contraction manquante} many {# élisions ou contractions manquantes} other {# élisions ou contractions manquantes}}",
  "qa.label.article-year":
    "{count, plural, one {# groupe dans l’ordre anglais (article, année, nom)} many {# groupes dans l’ordre anglais (article, année, nom)} other {# groupes dans l’ordre anglais (article, année, nom)}}",
  "qa.label.informal-address":
    "{count, plural, one {# tutoiement des lecteurs} many {# tutoiements des lecteurs} other {# tutoiements des lecteurs}}",
  "qa.label.capital-midsentence":
    "{count, plural, one {# conjonction ou verbe avec une majuscule en milieu de phrase} many {# conjonctions ou verbes avec une majuscule en milieu de phrase} other {# conjonctions ou verbes avec une majuscule en milieu de phrase}}",
  "qa.label.capitalised-adjective":
    "{count, plural, one {# adjectif avec une majuscule dans un nom} many {# adjectifs avec une majuscule dans un nom} other {# adjectifs avec une majuscule dans un nom}}",
  "qa.label.particle-number":
    "{count, plural, one {# mot de lieu devant un nombre} many {# mots de lieu devant un nombre} other {# mots de lieu devant un nombre}}",
  "qa.label.adjective-after-noun":
    "{count, plural, one {# adjectif placé après son nom} many {# adjectifs placés après leur nom} other {# adjectifs placés après leur nom}}",
  "qa.label.article-missing":
    "{count, plural, one {# article manquant} many {# articles manquants} other {# articles manquants}}",
  "qa.label.bare-noun-start":
    "{count, plural, one {# phrase commençant par un nom sans article} many {# phrases commençant par un nom sans article} other {# phrases commençant par un nom sans article}}",
  "qa.label.article-doubled":
    "{count, plural, one {# article écrit deux fois} many {# articles écrits deux fois} other {# articles écrits deux fois}}",
  "qa.label.vosotros-address":
    "{count, plural, one {# forme de vosotros} many {# formes de vosotros} other {# formes de vosotros}}",
  "qa.label.imperative-lost":
    "{count, plural, one {# consigne devenue affirmation} many {# consignes devenues affirmations} other {# consignes devenues affirmations}}",
  "qa.label.ser-estar":
    "{count, plural, one {# ser à la place d’estar} many {# ser à la place d’estar} other {# ser à la place d’estar}}",
  "qa.label.day-preposition":
    "{count, plural, one {# préposition devant un jour} many {# prépositions devant un jour} other {# prépositions devant un jour}}",
  "qa.label.compound-order":
    "{count, plural, one {# ordre de composé anglais} many {# ordres de composé anglais} other {# ordres de composé anglais}}",
  "qa.label.adjective-before-noun":
    "{count, plural, one {# adjectif placé avant son nom} many {# adjectifs placés avant leur nom} other {# adjectifs placés avant leur nom}}",
  "qa.label.engine-unproven":
    "{count, plural, one {# phrase automatique en attente de relecture} many {# phrases automatiques en attente de relecture} other {# phrases automatiques en attente de relecture}}",
  "qa.label.subject-added":
    "{count, plural, one {# sujet ajouté} many {# sujets ajoutés} other {# sujets ajoutés}}",
  "qa.label.question-added":
    "{count, plural, one {# question ajoutée} many {# questions ajoutées} other {# questions ajoutées}}",
  "qa.label.english-possessive":
    "{count, plural, one {# apostrophe de possessif anglais} many {# apostrophes de possessif anglais} other {# apostrophes de possessif anglais}}",
  "qa.label.glued-words":
    "{count, plural, one {# suite de mots collés} many {# suites de mots collés} other {# suites de mots collés}}",
  "qa.label.rejected-sense":
    "{count, plural, one {# mot déjà remplacé ailleurs par les relecteurs} many {# mots déjà remplacés ailleurs par les relecteurs} other {# mots déjà remplacés ailleurs par les relecteurs}}",
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
