import type { Messages } from "../../catalog.js";
import type { EN_MIGRATION } from "../en/migration.js";

/** Spanish strings of the WordPress import page and its report. */
export const ES_MIGRATION = {
  "migration.wordpress.title": "Importar desde WordPress",
  "migration.wordpress.help":
    "Suba el archivo que WordPress genera en Herramientas → Exportar (WXR). Las entradas se convierten en noticias y las páginas en páginas; las traducciones hechas con Polylang o WPML se convierten en versiones de idioma; las direcciones antiguas siguen funcionando. Importar de nuevo el mismo archivo no cambia nada. Las imágenes y documentos se leen de un ZIP de la carpeta wp-content/uploads, si lo añade; sin él, se indican como ausentes.",
  "migration.wordpress.file": "Archivo de exportación de WordPress (.xml)",
  "migration.wordpress.uploads": "Carpeta de medios en ZIP (opcional)",
  "migration.wordpress.uploadsHint":
    "Comprima la carpeta wp-content/uploads del sitio WordPress. Solo se leen las imágenes y documentos que usan las entradas.",
  "migration.wordpress.badArchive":
    "No se puede usar el ZIP de medios: {detail}. No se importó nada.",
  "migration.wordpress.dryRun": "Mostrar solo lo que se importaría",
  "migration.wordpress.submit": "Importar",
  "migration.wordpress.noFile": "Elija un archivo de exportación de WordPress.",
  "migration.wordpress.unreadable": "Este archivo no se puede importar: {detail}",
  "migration.wordpress.summary":
    "{dryRun, select, yes {Se importaría} other {Importado}}: {items, plural, one {# contenido} many {# contenidos} other {# contenidos}} ({created} nuevos, {updated} modificados, {unchanged} sin cambios), {translations, plural, one {# traducción} many {# traducciones} other {# traducciones}}, {tags, plural, one {# etiqueta} many {# etiquetas} other {# etiquetas}}, {files, plural, one {# archivo} many {# archivos} other {# archivos}}, {redirects, plural, one {# dirección antigua} many {# direcciones antiguas} other {# direcciones antiguas}}.",
  "migration.wordpress.comments":
    "{count, plural, one {# comentario no se importó} many {# comentarios no se importaron} other {# comentarios no se importaron}}: el sitio no tiene comentarios.",
  "migration.wordpress.skipped": "No importados",
  "migration.wordpress.notes": "Observaciones",
  "migration.wordpress.post": "Contenido de WordPress {id}",
  "migration.code.skipped_type":
    "este tipo de contenido de WordPress ({detail}) no tiene lugar en el sitio",
  "migration.code.skipped_status": "en la papelera o borrador sin guardar ({detail})",
  "migration.code.skipped_revision": "una revisión antigua; solo se importa el texto actual",
  "migration.code.skipped_menu_item":
    "una entrada de menú, no importada: Civitas no tiene menús que llenar (su navegación se construye a partir de los tipos de contenido y los idiomas)",
  "migration.code.skipped_language": "escrito en un idioma que el sitio no publica ({detail})",
  "migration.code.attachment_without_file":
    "un medio sin dirección de archivo utilizable ({detail})",
  "migration.code.attachment_missing": "el archivo no está en la carpeta uploads ({detail})",
  "migration.code.attachment_unsupported":
    "el archivo no es una imagen JPEG, PNG, WebP o AVIF ni un PDF, o es demasiado grande ({detail})",
  "migration.code.image_missing":
    "no se encontró una imagen del texto; se convirtió en un enlace ({detail})",
  "migration.code.embed_link": "un reproductor incrustado se convirtió en un enlace ({detail})",
  "migration.code.shortcode": "códigos cortos de WordPress conservados como texto ({detail})",
  "migration.code.kept_html":
    "conservado como HTML porque Markdown no tiene forma para ello ({detail})",
  "migration.code.private_as_draft": "privado en WordPress, por eso se importó como borrador",
  "migration.code.date_missing": "sin fecha de publicación; se usa la fecha de hoy",
  "migration.code.slug_changed": "su dirección estaba ocupada; ahora es {detail}",
  "migration.code.tags_truncated":
    "{detail} categorías y etiquetas; se conservaron las 30 primeras",
  "migration.code.title_missing": "sin título; se le llamó {detail}",
  "migration.code.control_characters":
    "se quitaron {detail} caracteres invisibles de control o de dirección",
  "migration.code.summary_truncated": "el extracto se acortó a 2000 caracteres",
  "migration.code.translation_aligned": "traducción humana aprendida frase por frase ({detail})",
  "migration.code.translation_whole":
    "traducción humana guardada entera: sus frases no coinciden con las del original, así que la página la muestra tal como se escribió ({detail})",
  "migration.code.tag_translation_unpaired":
    "etiquetas de esta versión no asignadas: ningún grupo de traducción de términos las relaciona con las del original ({detail})",
  "migration.code.comments_not_imported": "{detail} comentarios no importados",
} as const satisfies Messages<typeof EN_MIGRATION>;
