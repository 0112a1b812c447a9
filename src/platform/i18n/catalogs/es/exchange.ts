import type { Messages } from "../../catalog.js";
import type { EN_EXCHANGE } from "../en/exchange.js";

/** Spanish strings of the translation memory and glossary file exchange. */
export const ES_EXCHANGE = {
  "exchange.memory.title": "Memoria de traducción (TMX)",
  "exchange.memory.intro":
    "Intercambie la memoria de traducción con otras herramientas de traducción en formato TMX 1.4b. Las traducciones importadas cuentan como traducciones revisadas por una persona; se conserva la traducción que la memoria ya tenga de una frase.",
  "exchange.memory.download": "Descargar",
  "exchange.memory.downloadHuman": "Traducciones revisadas (TMX)",
  "exchange.memory.downloadAll": "Todas las traducciones, incluida la traducción automática (TMX)",
  "exchange.memory.upload": "Importar un archivo TMX",
  "exchange.memory.uploadHint":
    "TMX 1.1 a 1.4b, en UTF-8, UTF-16 o en una codificación declarada; 50 MB como máximo. No se importa nada si el archivo no puede leerse.",
  "exchange.file": "Archivo",
  "exchange.importSubmit": "Importar",
  "exchange.noFile": "Elija un archivo para importar.",
  "exchange.refused": "No se ha importado el archivo: {message}",
  "exchange.report.title": "Informe de la importación",
  "exchange.report.memory":
    "Unidades leídas: {read}. Traducciones añadidas: {added}. Ya en la memoria: {unchanged}.",
  "exchange.report.flagged":
    "{count, plural, one {# traducción añadida no supera} many {# traducciones añadidas no superan} other {# traducciones añadidas no superan}} las comprobaciones: se guardan en la memoria, pero no como revisadas, y una página que use una espera a que una persona la revise en «Revisar traducciones».",
  "exchange.report.flaggedListed": "Las {listed} primeras se enumeran a continuación.",
  "exchange.flagged.language": "Idioma",
  "exchange.flagged.source": "Texto original",
  "exchange.flagged.target": "Traducción",
  "exchange.flagged.checks": "Comprobaciones no superadas",
  "exchange.report.glossary":
    "Entradas leídas: {read}. Términos: {terms} — añadidos: {added}, modificados: {updated}, sin cambios: {unchanged}.",
  "exchange.report.skipped": "Omitidos: {count} ({reason})",
  "exchange.reason.language-not-on-site": "idioma en el que no se publica el sitio",
  "exchange.reason.same-language": "mismo idioma que el original",
  "exchange.reason.no-source": "sin texto en el idioma de origen o sin traducción",
  "exchange.reason.unreadable": "segmento ilegible",
  "exchange.reason.empty": "segmento vacío",
  "exchange.reason.codes-mismatch": "códigos de formato distintos de los del original",
  "exchange.reason.duplicate-in-file": "repetido en el archivo",
  "exchange.reason.memory-differs": "la memoria ya tiene otra traducción (se conserva)",
  "exchange.reason.no-source-term": "concepto sin término en el idioma de origen",
  "exchange.reason.no-translation": "concepto sin término en otro idioma del sitio",
  "exchange.reason.invalid": "término demasiado largo o no válido",
  "exchange.back": "Volver al glosario",
  "exchange.glossary.download": "Descargar el glosario",
  "exchange.glossary.downloadTbx": "TBX (formato TBX-Basic)",
  "exchange.glossary.downloadCsv": "CSV (hoja de cálculo)",
  "exchange.glossary.upload": "Importar un archivo TBX o CSV",
  "exchange.glossary.uploadHint":
    "El TBX (martif o TBX 2019) conserva los estados (preferido, admitido, desaconsejado), las notas y las definiciones. Columnas del CSV: source_language, target_language, source, target, status, part_of_speech, definition, note (solo source y target son obligatorias; se aplica entonces el idioma de destino elegido arriba). No se importa nada si el archivo no puede leerse.",
  "exchange.glossary.status": "Estado",
  "exchange.status.preferred": "preferido",
  "exchange.status.admitted": "admitido",
  "exchange.status.deprecated": "desaconsejado (prohibido)",
  "exchange.status.superseded": "sustituido (prohibido)",
} as const satisfies Messages<typeof EN_EXCHANGE>;
