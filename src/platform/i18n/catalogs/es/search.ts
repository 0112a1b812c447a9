import type { Messages } from "../../catalog.js";
import type { EN_SEARCH } from "../en/search.js";

/** Spanish strings of the search page, its filters and the suggestions. */
export const ES_SEARCH = {
  "search.tips":
    "Las palabras se encuentran en todas sus formas (ciudad, ciudades), con o sin tildes. Escriba palabras entre comillas dobles para encontrarlas juntas y en ese orden.",
  "search.noWords":
    "Su búsqueda no contiene letras ni cifras que buscar. Escriba algunas palabras.",
  "search.tooManyWords":
    "Su búsqueda tiene demasiadas palabras. Use como máximo {max, number} palabras.",
  "search.filters": "Afinar los resultados",
  "search.facet.kind": "Tipo",
  "search.facet.tag": "Tema",
  "search.facet.year": "Año",
  "search.facet.region": "Región",
  "search.facet.clear": "Quitar este filtro",
  "search.kind.news": "Noticia",
  "search.kind.resource": "Recurso",
  "search.kind.event": "Evento",
  "search.kind.page": "Página",
  "search.kind.city": "Ciudad miembro",
  "search.kind.hub": "Centro regional",
  "search.kind.person": "Persona",
  "search.sourceOnly": "Aún sin traducir: se muestra en {language}",
  "search.resultsList": "Resultados de la búsqueda",
  "search.suggestions": "Sugerencias",
  "search.seeAll": "Todos los resultados",
  "search.resultsMore": "Más de {count, number} resultados para «{query}»",
  "search.listedOnly":
    "Se muestran los {listed, number} resultados más recientes, primero los que llevan sus palabras en el título. Añada una palabra o elija un filtro para afinar la búsqueda.",
  "search.facetsListed": "Los números cuentan los resultados mostrados.",
} as const satisfies Messages<typeof EN_SEARCH>;
