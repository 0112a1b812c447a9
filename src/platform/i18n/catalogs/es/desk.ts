import type { Messages } from "../../catalog.js";
import type { EN_DESK } from "../en/desk.js";

/** Spanish strings of the translation desk. */
export const ES_DESK = {
  "desk.open": "Traducir en el taller",
  "desk.title": "Traducción de «{title}»: {language}",
  "desk.progress": "{done} de {total} frases terminadas",
  "desk.intro":
    "Recorra las frases en orden de lectura. Cada frase se guarda al aceptarla; cuando todas estén terminadas, publique el idioma.",
  "desk.shortcuts": "Teclado",
  "desk.shortcutList":
    "Ctrl+Intro: aceptar el texto y pasar a la frase siguiente (dejar un borrador tal cual cuesta una sola tecla). Alt+↓ / Alt+↑: frase siguiente / anterior. Alt+C: copiar el original. Alt+M: tomar la mejor coincidencia de la memoria. Escriba para editar; Tab pasa de un campo a otro.",
  "desk.sentence": "Frase {number} de {total}: {field}",
  "desk.state.done": "Terminada",
  "desk.state.todo": "Pendiente",
  "desk.source": "Texto original",
  "desk.target": "Traducción",
  "desk.draft": "Borrador automático",
  "desk.noDraft":
    "No hay borrador automático: escriba la traducción, o tome el original o una coincidencia de la memoria.",
  "desk.hold.none": "El borrador llegaría a los lectores tal cual.",
  "desk.hold.errors": "Retenido: las comprobaciones encontraron errores.",
  "desk.hold.review": "Retenido: en este idioma una persona revisa cada frase.",
  "desk.hold.draft":
    "Retenido: en este idioma la traducción automática es solo un punto de partida.",
  "desk.memory": "Coincidencias de la memoria",
  "desk.accept": "Aceptar y seguir",
  "desk.copySource": "Copiar el original",
  "desk.takeMemory": "Tomar la coincidencia",
  "desk.save.saving": "Guardando…",
  "desk.save.saved": "Guardada",
  "desk.save.failed": "No guardada: {problem}",
  "desk.save.offline": "no se pudo contactar con el servidor",
  "desk.save.retry": "Reintentar",
  "desk.saved": "Frase guardada.",
  "desk.preview": "Vista previa de la página en {language}",
  "desk.previewBanner":
    "Vista previa en {language} con las traducciones del taller (borradores incluidos): aún no es lo que ven los lectores.",
  "desk.publish": "Publicar en {language}",
  "desk.publishLeft":
    "{left, plural, one {Queda una frase para poder publicar.} many {Quedan # frases para poder publicar.} other {Quedan # frases para poder publicar.}}",
  "desk.publishIncomplete":
    "No publicado: antes, cada frase necesita la traducción de una persona.",
  "desk.publishNotPublished": "No publicado: el contenido en sí aún no está publicado.",
  "desk.published": "La versión en {language} está publicada.",
  "desk.publishHeld":
    "Las traducciones están guardadas, pero el control aún retiene la versión en {language}.",
  "desk.livePage": "Los lectores ven este idioma: abrir la página publicada",
  "desk.whole.title": "Traducido entero por una persona",
  "desk.whole.intro":
    "Estos campos llegaron traducidos al {language} con frases que no coinciden con las del original: los lectores los ven tal como se escribieron, así que sus frases no aparecen abajo. Al modificar el texto original vuelven aquí frase por frase.",
  "desk.empty":
    "Este contenido aún no tiene frases que traducir: no ha pasado por la cadena de traducción.",
} as const satisfies Messages<typeof EN_DESK>;
