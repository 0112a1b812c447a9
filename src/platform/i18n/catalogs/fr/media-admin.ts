import type { Messages } from "../../catalog.js";
import type { EN_MEDIA_ADMIN } from "../en/media-admin.js";

/** French strings of the media-admin part of the workspace. */
export const FR_MEDIA_ADMIN = {
  "media.title": "Médiathèque",
  "media.nav": "Médias",
  "media.count":
    "{count, plural, =0 {Aucun fichier} one {# fichier} many {# fichiers} other {# fichiers}}",
  "media.search": "Rechercher par nom ou par texte alternatif",
  "media.kind": "Catégorie",
  "media.kind.all": "Tous les fichiers",
  "media.kind.image": "Images",
  "media.kind.document": "Documents",
  "media.filter": "Afficher",
  "media.empty": "Aucun fichier ne correspond.",
  "media.upload.title": "Importer un fichier",
  "media.upload.file": "Fichier",
  "media.upload.help":
    "Images JPEG, PNG, WebP ou AVIF jusqu’à {imageSize}\u202f; documents PDF jusqu’à {documentSize}. Les fichiers SVG ne sont pas acceptés.",
  "media.upload.alt": "Texte alternatif (obligatoire pour les images)",
  "media.upload.altHelp":
    "Décrivez ce que montre l’image pour les personnes qui ne peuvent pas la voir.",
  "media.upload.submit": "Importer",
  "media.uploaded": "«\u00a0{name}\u00a0» a été ajouté à la médiathèque.",
  "media.alt": "Texte alternatif",
  "media.alt.save": "Enregistrer le texte alternatif",
  "media.alt.none": "Aucun texte alternatif",
  "media.dimensions": "{width} × {height} px",
  "media.size": "Taille",
  "media.type": "Type",
  "media.open": "Ouvrir",
  "media.url": "Adresse (URL)",
  "media.markdown": "Markdown pour le corps du texte",
  "media.copyMarkdown": "Copier le Markdown",
  "media.copied": "Copié",
  "media.chooseAgain":
    "Rien n’a été enregistré\u00a0: après avoir corrigé cela, choisissez de nouveau le fichier et envoyez-le.",
  "media.delete": "Supprimer",
  "media.delete.label": "Supprimer «\u00a0{name}\u00a0»",
  "media.error.unsupported_file":
    "Ce fichier a été refusé\u00a0: seuls les images JPEG, PNG, WebP et AVIF et les documents PDF peuvent être importés, quel que soit le nom du fichier.",
  "media.error.file_too_large":
    "Ce fichier est trop volumineux\u00a0: les images sont limitées à {imageSize} et les documents PDF à {documentSize}.",
  "media.error.alt_required": "Décrivez l’image dans son texte alternatif avant de l’enregistrer.",
  "media.error.no_file": "Choisissez un fichier à importer.",
  "media.error.media_in_use":
    "Ce fichier ne peut pas être supprimé tant que les contenus suivants l’utilisent\u00a0:",
  "media.usage.hero": "{title} ({type}, révision {number})\u00a0: image principale",
  "media.usage.attachment": "{title} ({type}, révision {number})\u00a0: document joint",
} as const satisfies Messages<typeof EN_MEDIA_ADMIN>;
