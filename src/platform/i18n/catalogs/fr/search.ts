import type { Messages } from "../../catalog.js";
import type { EN_SEARCH } from "../en/search.js";

/** French strings of the search page, its filters and the suggestions. */
export const FR_SEARCH = {
  "search.tips":
    "Les mots sont trouvés sous toutes leurs formes (ville, villes), avec ou sans accents. Mettez des mots entre guillemets droits pour les trouver ensemble, dans cet ordre.",
  "search.noWords":
    "Votre recherche ne contient ni lettre ni chiffre à chercher. Veuillez saisir quelques mots.",
  "search.tooManyWords":
    "Votre recherche contient trop de mots. Veuillez en utiliser {max, number} au plus.",
  "search.filters": "Affiner les résultats",
  "search.facet.kind": "Type de contenu",
  "search.facet.tag": "Thème",
  "search.facet.year": "Année",
  "search.facet.region": "Région",
  "search.facet.clear": "Retirer ce filtre",
  "search.kind.news": "Actualité",
  "search.kind.resource": "Ressource",
  "search.kind.event": "Événement",
  "search.kind.page": "Page du site",
  "search.kind.city": "Ville membre",
  "search.kind.hub": "Pôle régional",
  "search.kind.person": "Personne",
  "search.sourceOnly": "Pas encore traduit\u00a0: affiché en {language}",
  "search.resultsList": "Résultats de la recherche",
  "search.suggestions": "Suggestions de recherche",
  "search.seeAll": "Tous les résultats",
  "search.resultsMore": "Plus de {count, number} résultats pour «\u00a0{query}\u00a0»",
  "search.listedOnly":
    "Les {listed, number} résultats les plus récents sont listés, ceux dont le titre contient vos mots en premier. Ajoutez un mot ou choisissez un filtre pour affiner votre recherche.",
  "search.facetsListed": "Les nombres portent sur les résultats listés.",
} as const satisfies Messages<typeof EN_SEARCH>;
