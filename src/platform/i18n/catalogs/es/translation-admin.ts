import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION_ADMIN } from "../en/translation-admin.js";

/** Spanish strings of the workspace's translation pages. */
export const ES_TRANSLATION_ADMIN = {
  "translationAdmin.nav": "Traducciones",
  "translationAdmin.title": "Traducciones",
  "translationAdmin.progress": "Avance por idioma",
  "translationAdmin.progressLine":
    "traducción automática: {machine}, revisadas: {reviewed}, retenidas para revisión: {flagged}, en espera: {waiting}",
  "translationAdmin.item": "Contenido",
  "translationAdmin.status.source": "original",
  "translationAdmin.status.awaiting": "en espera de un traductor",
  "translationAdmin.status.pending": "en traducción",
  "translationAdmin.status.outdated": "desactualizada",
  "translationAdmin.status.flagged": "retenida para revisión",
  "translationAdmin.status.machine": "traducción automática",
  "translationAdmin.status.reviewed": "revisada",
  "translationAdmin.openReview": "Abrir en el editor de revisión",
  "translationAdmin.held.review":
    "Retenida para revisión: cada frase debe revisarse antes de publicarse.",
  "translationAdmin.held.errors1":
    "Retenida para revisión: {sentences, plural, one {# frase} many {# frases} other {# frases}} con errores — {first}.",
  "translationAdmin.held.errors2":
    "Retenida para revisión: {sentences, plural, one {# frase} many {# frases} other {# frases}} con errores — {first}, {second}.",
  "translationAdmin.held.errors3":
    "Retenida para revisión: {sentences, plural, one {# frase} many {# frases} other {# frases}} con errores — {first}, {second}, {third}.",
  "translationAdmin.held.errorsMore":
    "Retenida para revisión: {sentences, plural, one {# frase} many {# frases} other {# frases}} con errores — {first}, {second}, {third} y otros tipos.",
  "translationAdmin.held.unlabelled":
    "{count, plural, one {# problema encontrado por la comprobación {code}} many {# problemas encontrados por la comprobación {code}} other {# problemas encontrados por la comprobación {code}}}",
  "qa.label.repeated-word":
    "{count, plural, one {# palabra repetida} many {# palabras repetidas} other {# palabras repetidas}}",
  "qa.label.number-missing":
    "{count, plural, one {# número que falta} many {# números que faltan} other {# números que faltan}}",
  "qa.label.number-added":
    "{count, plural, one {# número añadido} many {# números añadidos} other {# números añadidos}}",
  "qa.label.date-mismatch":
    "{count, plural, one {# mes erróneo} many {# meses erróneos} other {# meses erróneos}}",
  "qa.label.entity-missing":
    "{count, plural, one {# nombre o enlace que falta} many {# nombres o enlaces que faltan} other {# nombres o enlaces que faltan}}",
  "qa.label.entity-added":
    "{count, plural, one {# nombre o enlace añadido} many {# nombres o enlaces añadidos} other {# nombres o enlaces añadidos}}",
  "qa.label.markup-lost":
    "{count, plural, one {# código de formato perdido} many {# códigos de formato perdidos} other {# códigos de formato perdidos}}",
  "qa.label.markup-added":
    "{count, plural, one {# código de formato añadido} many {# códigos de formato añadidos} other {# códigos de formato añadidos}}",
  "qa.label.markup-duplicated":
    "{count, plural, one {# código de formato duplicado} many {# códigos de formato duplicados} other {# códigos de formato duplicados}}",
  "qa.label.markup-broken":
    "{count, plural, one {# código de formato mal cerrado} many {# códigos de formato mal cerrados} other {# códigos de formato mal cerrados}}",
  "qa.label.markup-order":
    "{count, plural, one {# frase con los códigos de formato en otro orden} many {# frases con los códigos de formato en otro orden} other {# frases con los códigos de formato en otro orden}}",
  "qa.label.glossary-missing":
    "{count, plural, one {# término del glosario no usado} many {# términos del glosario no usados} other {# términos del glosario no usados}}",
  "qa.label.glossary-translated":
    "{count, plural, one {# término traducido que debía quedar igual} many {# términos traducidos que debían quedar igual} other {# términos traducidos que debían quedar igual}}",
  "qa.label.glossary-forbidden":
    "{count, plural, one {# término prohibido usado} many {# términos prohibidos usados} other {# términos prohibidos usados}}",
  "qa.label.untranslated-mark":
    "{count, plural, one {# palabra que el motor dejó sin traducir} many {# palabras que el motor dejó sin traducir} other {# palabras que el motor dejó sin traducir}}",
  "qa.label.source-words":
    "{count, plural, one {# frase con palabras en el idioma original} many {# frases con palabras en el idioma original} other {# frases con palabras en el idioma original}}",
  "qa.label.unknown-words":
    "{count, plural, one {# frase con palabras que el motor no conocía} many {# frases con palabras que el motor no conocía} other {# frases con palabras que el motor no conocía}}",
  "qa.label.unchanged":
    "{count, plural, one {# frase igual al original} many {# frases iguales al original} other {# frases iguales al original}}",
  "qa.label.length-ratio":
    "{count, plural, one {# frase de longitud inusual} many {# frases de longitud inusual} other {# frases de longitud inusual}}",
  "qa.label.punctuation-final-missing":
    "{count, plural, one {# signo de puntuación final que falta} many {# signos de puntuación final que faltan} other {# signos de puntuación final que faltan}}",
  "qa.label.punctuation-final-added":
    "{count, plural, one {# signo de puntuación final añadido} many {# signos de puntuación final añadidos} other {# signos de puntuación final añadidos}}",
  "qa.label.punctuation-unbalanced":
    "{count, plural, one {# paréntesis o comilla sin pareja} many {# paréntesis o comillas sin pareja} other {# paréntesis o comillas sin pareja}}",
  "qa.label.typography-space":
    "{count, plural, one {# espacio de no separación que falta} many {# espacios de no separación que faltan} other {# espacios de no separación que faltan}}",
  "qa.label.typography-nbsp":
    "{count, plural, one {# espacio normal en lugar de uno de no separación} many {# espacios normales en lugar de espacios de no separación} other {# espacios normales en lugar de espacios de no separación}}",
  "qa.label.typography-inverted":
    "{count, plural, one {# pregunta o exclamación sin su ¿ o ¡ inicial} many {# preguntas o exclamaciones sin su ¿ o ¡ inicial} other {# preguntas o exclamaciones sin su ¿ o ¡ inicial}}",
  "qa.label.sentence-agreement":
    "{count, plural, one {# frase que empieza con palabras que no concuerdan} many {# frases que empiezan con palabras que no concuerdan} other {# frases que empiezan con palabras que no concuerdan}}",
  "qa.label.sentence-capital":
    "{count, plural, one {# mayúscula en mitad de la frase} many {# mayúsculas en mitad de la frase} other {# mayúsculas en mitad de la frase}}",
  "qa.label.sentence-lowercase":
    "{count, plural, one {# frase que empieza en minúscula} many {# frases que empiezan en minúscula} other {# frases que empiezan en minúscula}}",
  "qa.label.source-word":
    "{count, plural, one {# palabra en el idioma original} many {# palabras en el idioma original} other {# palabras en el idioma original}}",
  "qa.label.pivot-word":
    "{count, plural, one {# palabra del idioma intermedio del motor} many {# palabras del idioma intermedio del motor} other {# palabras del idioma intermedio del motor}}",
  "qa.label.unknown-word":
    "{count, plural, one {# palabra que ningún diccionario conoce} many {# palabras que ningún diccionario conoce} other {# palabras que ningún diccionario conoce}}",
  "qa.label.empty-target":
    "{count, plural, one {# traducción vacía} many {# traducciones vacías} other {# traducciones vacías}}",
  "qa.label.negation-lost":
    "{count, plural, one {# negación perdida} many {# negaciones perdidas} other {# negaciones perdidas}}",
  "qa.label.negation-added":
    "{count, plural, one {# negación añadida} many {# negaciones añadidas} other {# negaciones añadidas}}",
  "qa.label.question-lost":
    "{count, plural, one {# pregunta convertida en afirmación} many {# preguntas convertidas en afirmaciones} other {# preguntas convertidas en afirmaciones}}",
  "qa.label.meaning-unrelated":
    "{count, plural, one {# frase que puede decir otra cosa} many {# frases que pueden decir otra cosa} other {# frases que pueden decir otra cosa}}",
  "qa.label.pronoun-after-noun":
    "{count, plural, one {# pronombre justo después de su sustantivo} many {# pronombres justo después de su sustantivo} other {# pronombres justo después de su sustantivo}}",
  "qa.label.preposition-verb":
    "{count, plural, one {# preposición ante un verbo conjugado} many {# preposiciones ante un verbo conjugado} other {# preposiciones ante un verbo conjugado}}",
  "qa.label.elision-missing":
    "{count, plural, one {# contracción o elisión que falta} many {# contracciones o elisiones que faltan} other {# contracciones o elisiones que faltan}}",
  "qa.label.article-year":
    "{count, plural, one {# grupo en orden inglés (artículo, año, sustantivo)} many {# grupos en orden inglés (artículo, año, sustantivo)} other {# grupos en orden inglés (artículo, año, sustantivo)}}",
  "qa.label.informal-address":
    "{count, plural, one {# tratamiento informal a los lectores} many {# tratamientos informales a los lectores} other {# tratamientos informales a los lectores}}",
  "qa.label.capital-midsentence":
    "{count, plural, one {# conjunción o verbo con mayúscula en mitad de la frase} many {# conjunciones o verbos con mayúscula en mitad de la frase} other {# conjunciones o verbos con mayúscula en mitad de la frase}}",
  "qa.label.capitalised-adjective":
    "{count, plural, one {# adjetivo con mayúscula en un nombre} many {# adjetivos con mayúscula en un nombre} other {# adjetivos con mayúscula en un nombre}}",
  "qa.label.particle-number":
    "{count, plural, one {# palabra de lugar delante de un número} many {# palabras de lugar delante de un número} other {# palabras de lugar delante de un número}}",
  "qa.label.adjective-after-noun":
    "{count, plural, one {# adjetivo detrás de su sustantivo} many {# adjetivos detrás de su sustantivo} other {# adjetivos detrás de su sustantivo}}",
  "qa.label.article-missing":
    "{count, plural, one {# artículo que falta} many {# artículos que faltan} other {# artículos que faltan}}",
  "qa.label.bare-noun-start":
    "{count, plural, one {# frase que empieza por un sustantivo sin artículo} many {# frases que empiezan por un sustantivo sin artículo} other {# frases que empiezan por un sustantivo sin artículo}}",
  "qa.label.article-doubled":
    "{count, plural, one {# artículo duplicado} many {# artículos duplicados} other {# artículos duplicados}}",
  "qa.label.vosotros-address":
    "{count, plural, one {# forma de vosotros} many {# formas de vosotros} other {# formas de vosotros}}",
  "qa.label.imperative-lost":
    "{count, plural, one {# instrucción convertida en afirmación} many {# instrucciones convertidas en afirmaciones} other {# instrucciones convertidas en afirmaciones}}",
  "qa.label.ser-estar":
    "{count, plural, one {# ser en lugar de estar} many {# ser en lugar de estar} other {# ser en lugar de estar}}",
  "qa.label.day-preposition":
    "{count, plural, one {# preposición delante de un día} many {# preposiciones delante de un día} other {# preposiciones delante de un día}}",
  "qa.label.compound-order":
    "{count, plural, one {# orden de compuesto inglés} many {# órdenes de compuesto inglés} other {# órdenes de compuesto inglés}}",
  "qa.label.adjective-before-noun":
    "{count, plural, one {# adjetivo antes de su sustantivo} many {# adjetivos antes de su sustantivo} other {# adjetivos antes de su sustantivo}}",
  "qa.label.engine-unproven":
    "{count, plural, one {# frase automática pendiente de lectura} many {# frases automáticas pendientes de lectura} other {# frases automáticas pendientes de lectura}}",
  "qa.label.subject-added":
    "{count, plural, one {# sujeto añadido} many {# sujetos añadidos} other {# sujetos añadidos}}",
  "qa.label.question-added":
    "{count, plural, one {# pregunta añadida} many {# preguntas añadidas} other {# preguntas añadidas}}",
  "qa.label.english-possessive":
    "{count, plural, one {# apóstrofo de posesivo inglés} many {# apóstrofos de posesivo inglés} other {# apóstrofos de posesivo inglés}}",
  "qa.label.glued-words":
    "{count, plural, one {# grupo de palabras pegadas} many {# grupos de palabras pegadas} other {# grupos de palabras pegadas}}",
  "qa.label.rejected-sense":
    "{count, plural, one {# palabra que los revisores ya sustituyeron en otra parte} many {# palabras que los revisores ya sustituyeron en otra parte} other {# palabras que los revisores ya sustituyeron en otra parte}}",
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
