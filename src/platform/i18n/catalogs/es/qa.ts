import type { Messages } from "../../catalog.js";
import type { EN_QA } from "../en/qa.js";

/** Spanish messages of the automatic translation checks. */
export const ES_QA = {
  "qa.repeated-word": "La palabra «{word}» aparece dos veces seguidas; el original no la repite.",
  "qa.number-missing": "El número {number} del original no está en la traducción.",
  "qa.number-added": "El número {number} no está en el original.",
  "qa.date-mismatch": "El mes «{month}» del original no está en la traducción.",
  "qa.entity-missing":
    "«{entity}» (nombre, sigla, dirección o enlace del original) no está en la traducción.",
  "qa.entity-added": "«{entity}» está en la traducción pero no en el original.",
  "qa.markup-lost": "Falta el código de formato {id} del original (enlace, énfasis…).",
  "qa.markup-added": "El código de formato {id} no está en el original.",
  "qa.markup-duplicated": "El código de formato {id} aparece más de una vez.",
  "qa.markup-broken": "El código de formato {id} no se cierra donde debe.",
  "qa.markup-order":
    "Los códigos de formato están en otro orden ({found} en lugar de {expected}); compruebe que cada uno rodea las palabras correctas.",
  "qa.glossary-missing":
    "El glosario traduce «{term}» como «{expected}», y la traducción no lo usa.",
  "qa.glossary-translated": "«{term}» debe quedar tal cual (no traducir), pero se ha traducido.",
  "qa.glossary-forbidden":
    "El glosario prohíbe «{term}» (término desaconsejado) como traducción de «{source}».",
  "qa.untranslated-mark": "El motor no conocía «{word}» y la dejó sin traducir.",
  "qa.source-words": "Quedaron palabras del idioma original sin traducir: {words}.",
  "qa.unknown-words": "El motor no conocía estas palabras: {words}.",
  "qa.unchanged": "La traducción es idéntica al original.",
  "qa.length-ratio":
    "La traducción mide {ratio} veces el original, lejos de lo habitual en este par de idiomas: puede faltar o sobrar una parte.",
  "qa.punctuation-final-missing":
    "El original termina con «{mark}»; la traducción no tiene puntuación final.",
  "qa.punctuation-final-added":
    "La traducción termina con «{mark}», pero el original no tiene puntuación final.",
  "qa.punctuation-unbalanced": "{mark} desequilibrados: falta un signo de apertura o de cierre.",
  "qa.typography-space": "Falta un espacio de no separación junto a «{mark}».",
  "qa.typography-nbsp": "Use un espacio de no separación junto a «{mark}», no uno normal.",
  "qa.typography-inverted": "La oración debería abrirse con «{mark}».",
  "qa.sentence-agreement":
    "La oración empieza por «{words}», que no concuerdan (un plural delante de un singular).",
  "qa.sentence-capital":
    "«{word}» lleva mayúscula en mitad de la oración: puede que aquí haya una oración rota.",
  "qa.sentence-lowercase":
    "La traducción empieza en minúscula («{word}») cuando el original empieza con mayúscula.",
  "qa.source-word":
    "«{word}» es una palabra del idioma del original, no de la traducción: el motor no la tradujo.",
  "qa.pivot-word":
    "«{word}» es una palabra del idioma intermedio del motor ({language}), no de la traducción.",
  "qa.unknown-word":
    "Ningún diccionario del idioma de la traducción conoce «{word}»: revise la ortografía.",
  "qa.empty-target": "La traducción está vacía.",
  "qa.negation-lost": "El original niega algo; la traducción perdió la negación.",
  "qa.negation-added": "La traducción niega lo que el original afirma.",
  "qa.question-lost": "El original hace una pregunta; la traducción no.",
  "qa.meaning-unrelated":
    "Solo {found} de las {total} palabras plenas del original tienen traducción aquí: la frase quizá dice otra cosa.",
  "qa.pronoun-after-noun":
    "«{words}»: un pronombre sujeto justo después de su sustantivo, una frase rota.",
  "qa.preposition-verb":
    "«{words}»: una preposición delante de un verbo conjugado, una construcción rota.",
  "qa.elision-missing": "«{words}» debería elidirse o contraerse (l’, d’, del, al).",
  "qa.article-year":
    "«{words}»: artículo, luego año, luego sustantivo: el orden de palabras del inglés.",
  "qa.informal-address":
    "«{words}» tutea a los lectores (tu, tú, vosotros) en el sitio de una institución.",
  "qa.capital-midsentence":
    "«{words}» lleva mayúscula en mitad de la oración, pero no es un nombre (una conjunción o un verbo): escríbala en minúscula.",
  "qa.capitalised-adjective":
    "«{words}»: el adjetivo va en minúscula, porque el francés solo pone mayúscula en la primera palabra de un nombre.",
  "qa.particle-number":
    "«{words}»: «over» o «under» delante de un número se tradujo por una palabra de lugar en lugar de «más de» o «menos de».",
  "qa.adjective-after-noun":
    "«{words}»: en francés, este adjetivo va delante de su sustantivo, no detrás.",
  "qa.article-missing":
    "«{words}»: una preposición delante de un sustantivo sin su artículo; probablemente falta el artículo.",
  "qa.bare-noun-start":
    "La oración empieza por «{words}», un sustantivo plural sin artículo: probablemente falta un artículo o la oración está rota.",
  "qa.article-doubled": "«{words}»: el artículo está escrito dos veces; deje solo uno.",
  "qa.english-possessive":
    "«{words}» conserva el apóstrofo de un posesivo inglés: reformule el grupo como se dice en este idioma.",
  "qa.glued-words": "«{word}» son varias palabras que el motor pegó: sepárelas.",
  "qa.rejected-sense":
    "En otras frases, los revisores sustituyeron «{word}» como traducción de «{source}»: probablemente el motor eligió aquí también el sentido equivocado.",
  "qa.vosotros-address":
    "«{words}» trata a los lectores de vosotros; una institución les habla de usted.",
  "qa.imperative-lost":
    "El original da una instrucción; la traducción no («{words}» no es un imperativo).",
  "qa.ser-estar":
    "«{words}»: la disponibilidad es un estado y se expresa con estar («está disponible»).",
  "qa.day-preposition": "«{words}»: los días no llevan preposición («el primer miércoles»).",
  "qa.compound-order":
    "«{words}»: el orden de un compuesto inglés («South Asia Hub»); el sustantivo va primero («centro de Asia del Sur»).",
  "qa.adjective-before-noun":
    "«{words}»: este adjetivo va después de su sustantivo («centros regionales»).",
  "qa.engine-unproven":
    "{passed, plural, =0 {Nadie ha juzgado aún lo que esta traducción automática produce en {route}: retenida hasta que una persona la lea.} one {En {route}, de la única frase juzgada de {words} palabras que pasaba todas las comprobaciones, {acceptable, plural, =0 {ninguna se juzgó aceptable} one {solo una se juzgó aceptable} many {solo # se juzgaron aceptables} other {solo # se juzgaron aceptables}}: retenida hasta que una persona la lea.} many {En {route}, de # frases juzgadas de {words} palabras que pasaban todas las comprobaciones, {acceptable, plural, =0 {ninguna se juzgó aceptable} one {solo una se juzgó aceptable} many {solo # se juzgaron aceptables} other {solo # se juzgaron aceptables}}: retenida hasta que una persona la lea.} other {En {route}, de # frases juzgadas de {words} palabras que pasaban todas las comprobaciones, {acceptable, plural, =0 {ninguna se juzgó aceptable} one {solo una se juzgó aceptable} many {solo # se juzgaron aceptables} other {solo # se juzgaron aceptables}}: retenida hasta que una persona la lea.}}",
  "qa.subject-added":
    "«{words}»: la traducción añade un sujeto que el original no tiene (un título o una instrucción convertidos en frase).",
  "qa.question-added": "«{words}»: la traducción hace una pregunta que el original no hace.",
  "qa.unknown": "La comprobación {code} encontró un problema.",
} as const satisfies Messages<typeof EN_QA>;
