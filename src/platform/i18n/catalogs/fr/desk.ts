import type { Messages } from "../../catalog.js";
import type { EN_DESK } from "../en/desk.js";

/** French strings of the translation desk. */
export const FR_DESK = {
  "desk.open": "Traduire dans l’atelier",
  "desk.title": "Traduction de « {title} » : {language}",
  "desk.progress": "{done} phrases terminées sur {total}",
  "desk.intro":
    "Parcourez les phrases dans l’ordre de lecture. Chaque phrase est enregistrée dès que vous l’acceptez ; une fois toutes les phrases terminées, publiez la langue.",
  "desk.shortcuts": "Clavier",
  "desk.shortcutList":
    "Ctrl+Entrée : accepter le texte et passer à la phrase suivante (garder un brouillon tel quel coûte une seule touche). Alt+↓ / Alt+↑ : phrase suivante / précédente. Alt+C : copier l’original. Alt+M : reprendre la meilleure correspondance de la mémoire. Tapez pour modifier ; Tab passe d’un champ à l’autre.",
  "desk.sentence": "Phrase {number} sur {total} : {field}",
  "desk.state.done": "Terminée",
  "desk.state.todo": "À faire",
  "desk.source": "Texte original",
  "desk.target": "Traduction",
  "desk.draft": "Brouillon automatique",
  "desk.noDraft":
    "Pas de brouillon automatique : écrivez la traduction, ou reprenez l’original ou une correspondance de la mémoire.",
  "desk.hold.none": "Le brouillon serait publié tel quel.",
  "desk.hold.errors": "Retenu : les contrôles y ont trouvé des erreurs.",
  "desk.hold.review": "Retenu : dans cette langue, une personne relit chaque phrase.",
  "desk.hold.draft":
    "Retenu : dans cette langue, la traduction automatique n’est qu’un point de départ.",
  "desk.memory": "Correspondances de la mémoire",
  "desk.accept": "Accepter et continuer",
  "desk.copySource": "Copier l’original",
  "desk.takeMemory": "Reprendre la correspondance",
  "desk.save.saving": "Enregistrement…",
  "desk.save.saved": "Enregistrée",
  "desk.save.failed": "Non enregistrée : {problem}",
  "desk.save.offline": "le serveur est injoignable",
  "desk.save.retry": "Réessayer",
  "desk.saved": "Phrase enregistrée.",
  "desk.preview": "Aperçu de la page en {language}",
  "desk.previewBanner":
    "Aperçu en {language} avec les traductions de l’atelier (brouillons compris) : ce n’est pas encore ce que voient les lecteurs.",
  "desk.publish": "Publier en {language}",
  "desk.publishLeft":
    "{left, plural, one {Il reste une phrase avant de pouvoir publier.} many {Il reste # phrases avant de pouvoir publier.} other {Il reste # phrases avant de pouvoir publier.}}",
  "desk.publishIncomplete":
    "Non publié : chaque phrase doit d’abord être traduite par une personne.",
  "desk.publishNotPublished": "Non publié : le contenu lui-même n’est pas encore publié.",
  "desk.published": "La version en {language} est en ligne.",
  "desk.publishHeld":
    "Les traductions sont enregistrées, mais le contrôle retient encore la version en {language}.",
  "desk.livePage": "Les lecteurs voient cette langue : ouvrir la page publiée",
  "desk.whole.title": "Traduit en entier par une personne",
  "desk.whole.intro":
    "Ces champs sont arrivés traduits en {language} avec des phrases qui ne correspondent pas à celles de l’original\u00a0: les lecteurs les voient tels qu’ils ont été écrits, leurs phrases ne sont donc pas listées ci-dessous. Modifier le texte de l’original les ramène ici phrase par phrase.",
  "desk.empty":
    "Ce contenu n’a pas encore de phrases à traduire : il n’est pas encore passé par la chaîne de traduction.",
} as const satisfies Messages<typeof EN_DESK>;
