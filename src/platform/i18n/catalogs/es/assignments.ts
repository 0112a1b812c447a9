import type { Messages } from "../../catalog.js";
import type { EN_ASSIGNMENTS } from "../en/assignments.js";

/** Spanish strings of translation assignments and their e-mails. */
export const ES_ASSIGNMENTS = {
  "assign.title": "Asignar una traducción",
  "assign.subject": "«{title}» en {language}",
  "assign.link": "Asignar",
  "assign.assignee": "Traductor o traductora",
  "assign.dueAt": "Plazo",
  "assign.dueHint": "Una fecha y una hora en su propia zona horaria.",
  "assign.submit": "Asignar",
  "assign.reassign": "Reasignar",
  "assign.cancel": "Cancelar la asignación",
  "assign.markDone": "Marcar como terminada",
  "assign.current": "Asignada a {name}, plazo: {due}",
  "assign.currentShort": "Asignada a {name}",
  "assign.error.past": "Esa fecha ya ha pasado: elija un plazo en el futuro.",
  "assign.error.date": "Indique una fecha y una hora de entrega.",
  "assign.error.assignee": "Elija un traductor o una traductora de la lista.",
  "assign.error.language": "Este elemento no se puede asignar en ese idioma.",
  "assign.notice.assigned": "La traducción está asignada a {name}.",
  "assign.notice.cancelled": "Se canceló la asignación.",
  "assign.notice.done": "La asignación se cerró como terminada.",
  "myQueue.title": "Mis traducciones",
  "myQueue.none": "No tiene ninguna traducción asignada.",
  "myQueue.item": "Elemento",
  "myQueue.language": "Idioma",
  "myQueue.due": "Plazo",
  "myQueue.progress": "Avance",
  "myQueue.progressValue":
    "{done} de {total, plural, one {# frase} many {# frases} other {# frases}}",
  "myQueue.overdue": "Atrasada",
  "myQueue.complete": "Terminada",
  "myQueue.open": "Abrir el puesto de traducción",
  "myQueue.dashboard":
    "{count, plural, =0 {No tiene ninguna traducción asignada.} one {Tiene una traducción asignada.} many {Tiene # traducciones asignadas.} other {Tiene # traducciones asignadas.}}",
  "myQueue.dashboardOverdue":
    "{count, plural, one {Una de ellas está atrasada.} many {# de ellas están atrasadas.} other {# de ellas están atrasadas.}}",
  "mail.greeting": "Hola, {name}:",
  "mail.assigned.subject": "Traducción pendiente: {title} ({language})",
  "mail.assigned.body":
    "Se le ha pedido traducir «{title}» al {language}. El plazo vence el {due}.",
  "mail.assigned.link": "Ábrala en el puesto de traducción:",
  "mail.completed.subject": "Traducción terminada: {title} ({language})",
  "mail.completed.body":
    "Todas las frases de «{title}» en {language} ya han sido traducidas o revisadas por una persona ({total, plural, one {# frase} many {# frases} other {# frases}}).",
  "mail.completed.link": "Véala en el puesto de traducción:",
  "mail.signature": "— El equipo de {site}",
  "engines.title": "Motores de traducción",
  "engines.cloudWarning":
    "Algunos pares usan un motor en la nube: el texto de cada frase que traducen sale de este servidor y se envía a ese servicio.",
  "engines.pair": "Dirección",
  "engines.pairValue": "{from} → {to}",
  "engines.engine": "Motor",
  "engines.where": "Adónde va el texto",
  "engines.local": "Se queda en este servidor",
  "engines.cloud": "Sale de este servidor (nube)",
  "engines.budget": "Presupuesto del mes",
  "engines.noBudget": "{used, number} caracteres, sin límite",
  "engines.budgetUse": "{used, number} de {budget, number} caracteres ({percent} %)",
  "engines.measured": "Calidad medida",
  "engines.evaluation":
    "{engine}: chrF {chrF, number, ::.0}, {held, number, ::percent} retenidas ({sentences, plural, one {# frase} many {# frases} other {# frases}}, {date})",
  "engines.notMeasured": "Aún sin medir. Ejecute: {command}",
  "engines.measuredNote":
    "chrF: cuánto se acerca la salida del motor a traducciones humanas (de 0 a 100; cuanto más alto, mejor). Retenidas: la proporción de frases que el control de calidad mantendría fuera del sitio hasta que alguien las revise.",
  "account.title": "Su cuenta",
  "account.language": "Su idioma",
  "account.siteLanguage": "El idioma del sitio ({language})",
  "account.languageHint":
    "El espacio de trabajo y los correos sobre las traducciones que se le asignan, o que se terminan, se escriben en este idioma.",
  "account.save": "Guardar",
  "account.saved": "Sus preferencias se han guardado.",
} as const satisfies Messages<typeof EN_ASSIGNMENTS>;
