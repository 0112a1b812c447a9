import type { Messages } from "../../catalog.js";
import type { EN_MEDIA_ADMIN } from "../en/media-admin.js";

/** Spanish strings of the media-admin part of the workspace. */
export const ES_MEDIA_ADMIN = {
  "media.title": "Biblioteca multimedia",
  "media.nav": "Multimedia",
  "media.count":
    "{count, plural, =0 {Ningún archivo} one {# archivo} many {# archivos} other {# archivos}}",
  "media.search": "Buscar por nombre o texto alternativo",
  "media.kind": "Clase",
  "media.kind.all": "Todos los archivos",
  "media.kind.image": "Imágenes",
  "media.kind.document": "Documentos",
  "media.filter": "Mostrar",
  "media.empty": "Ningún archivo coincide.",
  "media.upload.title": "Subir un archivo",
  "media.upload.file": "Archivo",
  "media.upload.help":
    "Imágenes JPEG, PNG, WebP o AVIF de hasta {imageSize}; documentos PDF de hasta {documentSize}. No se admiten archivos SVG.",
  "media.upload.alt": "Texto alternativo (obligatorio en las imágenes)",
  "media.upload.altHelp":
    "Describa lo que muestra la imagen para las personas que no pueden verla.",
  "media.upload.submit": "Subir",
  "media.uploaded": "«{name}» ya está en la biblioteca.",
  "media.alt": "Texto alternativo",
  "media.alt.save": "Guardar el texto alternativo",
  "media.alt.none": "Sin texto alternativo",
  "media.dimensions": "{width} × {height} px",
  "media.size": "Tamaño",
  "media.type": "Tipo",
  "media.open": "Abrir",
  "media.url": "Dirección (URL)",
  "media.markdown": "Markdown para el cuerpo",
  "media.copyMarkdown": "Copiar el Markdown",
  "media.copied": "Copiado",
  "media.chooseAgain":
    "No se guardó nada: después de corregirlo, vuelva a elegir el archivo y súbalo.",
  "media.delete": "Eliminar",
  "media.delete.label": "Eliminar «{name}»",
  "media.error.unsupported_file":
    "Se ha rechazado este archivo: solo se pueden subir imágenes JPEG, PNG, WebP y AVIF y documentos PDF, diga lo que diga el nombre del archivo.",
  "media.error.file_too_large":
    "Este archivo es demasiado grande: las imágenes pueden ocupar hasta {imageSize} y los documentos PDF hasta {documentSize}.",
  "media.error.alt_required": "Describa la imagen en su texto alternativo antes de guardarla.",
  "media.error.no_file": "Elija un archivo para subir.",
  "media.error.media_in_use":
    "Este archivo no se puede eliminar mientras lo utilicen estos contenidos:",
  "media.usage.hero": "{title} ({type}, revisión {number}): imagen principal",
  "media.usage.attachment": "{title} ({type}, revisión {number}): documento adjunto",
} as const satisfies Messages<typeof EN_MEDIA_ADMIN>;
