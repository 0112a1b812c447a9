import type { Messages } from "../../catalog.js";
import type { EN_ASSIGNMENTS } from "../en/assignments.js";

/** French strings of translation assignments and their e-mails. */
export const FR_ASSIGNMENTS = {
  "assign.title": "Confier une traduction",
  "assign.subject": "«\u00a0{title}\u00a0» en {language}",
  "assign.link": "Confier",
  "assign.assignee": "Traducteur ou traductrice",
  "assign.dueAt": "Échéance",
  "assign.dueHint": "Une date et une heure dans votre propre fuseau horaire.",
  "assign.submit": "Confier",
  "assign.reassign": "Confier à nouveau",
  "assign.cancel": "Annuler l’attribution",
  "assign.markDone": "Marquer comme terminée",
  "assign.current": "Confiée à {name}, échéance le {due}",
  "assign.currentShort": "Confiée à {name}",
  "assign.error.past": "Cette date est déjà passée\u00a0: choisissez une échéance dans le futur.",
  "assign.error.date": "Indiquez une date et une heure d’échéance.",
  "assign.error.assignee": "Choisissez un traducteur ou une traductrice dans la liste.",
  "assign.error.language": "Cet élément ne peut pas être confié dans cette langue.",
  "assign.notice.assigned": "La traduction est confiée à {name}.",
  "assign.notice.cancelled": "L’attribution a été annulée.",
  "assign.notice.done": "L’attribution est close comme terminée.",
  "myQueue.title": "Mes traductions",
  "myQueue.none": "Aucune traduction ne vous est confiée.",
  "myQueue.item": "Élément",
  "myQueue.language": "Langue",
  "myQueue.due": "Échéance",
  "myQueue.progress": "Avancement",
  "myQueue.progressValue":
    "{done} sur {total, plural, one {# phrase} many {# phrases} other {# phrases}}",
  "myQueue.overdue": "En retard",
  "myQueue.complete": "Terminée",
  "myQueue.open": "Ouvrir le poste de traduction",
  "myQueue.dashboard":
    "{count, plural, =0 {Aucune traduction ne vous est confiée.} one {Une traduction vous est confiée.} many {# traductions vous sont confiées.} other {# traductions vous sont confiées.}}",
  "myQueue.dashboardOverdue":
    "{count, plural, one {L’une d’elles est en retard.} many {# d’entre elles sont en retard.} other {# d’entre elles sont en retard.}}",
  "mail.greeting": "Bonjour {name},",
  "mail.assigned.subject": "Traduction à faire\u00a0: {title} ({language})",
  "mail.assigned.body":
    "On vous a confié la traduction de «\u00a0{title}\u00a0» en {language}. L’échéance est le {due}.",
  "mail.assigned.link": "Ouvrez-la dans le poste de traduction\u00a0:",
  "mail.completed.subject": "Traduction terminée\u00a0: {title} ({language})",
  "mail.completed.body":
    "Toutes les phrases de «\u00a0{title}\u00a0» en {language} sont désormais traduites ou relues par une personne ({total, plural, one {# phrase} many {# phrases} other {# phrases}}).",
  "mail.completed.link": "Consultez-la dans le poste de traduction\u00a0:",
  "mail.signature": "— L’équipe de {site}",
  "engines.title": "Moteurs de traduction",
  "engines.cloudWarning":
    "Certaines paires utilisent un moteur en nuage\u00a0: le texte de chaque phrase qu’elles traduisent quitte ce serveur et est envoyé à ce service.",
  "engines.pair": "Sens",
  "engines.pairValue": "{from} → {to}",
  "engines.engine": "Moteur",
  "engines.where": "Où va le texte",
  "engines.local": "Reste sur ce serveur",
  "engines.cloud": "Quitte ce serveur (nuage)",
  "engines.budget": "Budget du mois",
  "engines.noBudget": "{used, number}\u00a0caractères, sans limite",
  "engines.budgetUse": "{used, number} sur {budget, number}\u00a0caractères ({percent}\u00a0%)",
  "engines.measured": "Qualité mesurée",
  "engines.evaluation":
    "{engine} : chrF {chrF, number, ::.0}, {held, number, ::percent} retenues ({sentences, plural, one {# phrase} many {# phrases} other {# phrases}}, {date})",
  "engines.notMeasured": "Pas encore mesurée. Lancez : {command}",
  "engines.measuredNote":
    "chrF : la proximité entre la sortie du moteur et des traductions humaines (de 0 à 100, plus c’est haut, mieux c’est). Retenues : la part des phrases que le contrôle qualité garderait hors du site jusqu’à leur relecture.",
  "account.title": "Votre compte",
  "account.language": "Votre langue",
  "account.siteLanguage": "La langue du site ({language})",
  "account.languageHint":
    "L’espace de travail et les courriels sur les traductions qui vous sont confiées, ou terminées, sont rédigés dans cette langue.",
  "account.save": "Enregistrer",
  "account.saved": "Vos préférences sont enregistrées.",
} as const satisfies Messages<typeof EN_ASSIGNMENTS>;
