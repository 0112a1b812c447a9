import type { Messages } from "../../catalog.js";
import type { EN_MIGRATION } from "../en/migration.js";

/** French strings of the WordPress import page and its report. */
export const FR_MIGRATION = {
  "migration.wordpress.title": "Importer depuis WordPress",
  "migration.wordpress.help":
    "Téléversez le fichier que WordPress produit sous Outils → Exporter (WXR). Les articles deviennent des actualités, les pages des pages\u00a0; les traductions faites avec Polylang ou WPML deviennent des versions linguistiques\u00a0; les anciennes adresses continuent de fonctionner. Importer à nouveau le même fichier ne change rien. Les images et documents viennent d’un ZIP du dossier wp-content/uploads, si vous en ajoutez un\u00a0; sans lui, ils sont signalés comme manquants.",
  "migration.wordpress.file": "Fichier d’export WordPress (.xml)",
  "migration.wordpress.uploads": "Dossier des médias en ZIP (facultatif)",
  "migration.wordpress.uploadsHint":
    "Compressez le dossier wp-content/uploads du site WordPress. Seuls les images et documents utilisés par les articles y sont lus.",
  "migration.wordpress.badArchive":
    "Le ZIP des médias est inutilisable\u00a0: {detail}. Rien n’a été importé.",
  "migration.wordpress.dryRun": "Montrer seulement ce qui serait importé",
  "migration.wordpress.submit": "Importer",
  "migration.wordpress.noFile": "Choisissez un fichier d’export WordPress.",
  "migration.wordpress.unreadable": "Ce fichier ne peut pas être importé\u00a0: {detail}",
  "migration.wordpress.summary":
    "{dryRun, select, yes {Serait importé} other {Importé}}\u00a0: {items, plural, one {# contenu} many {# contenus} other {# contenus}} ({created} nouveaux, {updated} modifiés, {unchanged} inchangés), {translations, plural, one {# traduction} many {# traductions} other {# traductions}}, {tags, plural, one {# étiquette} many {# étiquettes} other {# étiquettes}}, {files, plural, one {# fichier} many {# fichiers} other {# fichiers}}, {redirects, plural, one {# ancienne adresse} many {# anciennes adresses} other {# anciennes adresses}}.",
  "migration.wordpress.comments":
    "{count, plural, one {# commentaire n’a pas été importé} many {# commentaires n’ont pas été importés} other {# commentaires n’ont pas été importés}}\u00a0: le site n’a pas de commentaires.",
  "migration.wordpress.skipped": "Non importés",
  "migration.wordpress.notes": "Remarques",
  "migration.wordpress.post": "Contenu WordPress {id}",
  "migration.code.skipped_type":
    "ce type de contenu WordPress ({detail}) n’a pas de place sur le site",
  "migration.code.skipped_status": "à la corbeille ou brouillon non enregistré ({detail})",
  "migration.code.skipped_revision":
    "une ancienne révision\u00a0; seul le texte actuel est importé",
  "migration.code.skipped_menu_item":
    "une entrée de menu, non importée\u00a0: Civitas n’a pas de menus à remplir (sa navigation est construite à partir des types de contenu et des langues)",
  "migration.code.skipped_language": "écrit dans une langue que le site ne publie pas ({detail})",
  "migration.code.attachment_without_file":
    "un média sans adresse de fichier utilisable ({detail})",
  "migration.code.attachment_missing": "le fichier n’est pas dans le dossier uploads ({detail})",
  "migration.code.attachment_unsupported":
    "le fichier n’est ni une image JPEG, PNG, WebP ou AVIF ni un PDF, ou il est trop lourd ({detail})",
  "migration.code.image_missing":
    "une image du texte est introuvable\u00a0; elle est devenue un lien ({detail})",
  "migration.code.embed_link": "un lecteur intégré est devenu un lien ({detail})",
  "migration.code.shortcode": "codes courts WordPress gardés comme texte ({detail})",
  "migration.code.kept_html": "gardé en HTML, faute de forme Markdown ({detail})",
  "migration.code.private_as_draft": "privé dans WordPress, donc importé comme brouillon",
  "migration.code.date_missing": "pas de date de publication\u00a0; la date du jour est utilisée",
  "migration.code.slug_changed": "son adresse était prise\u00a0; elle est devenue {detail}",
  "migration.code.tags_truncated":
    "{detail} catégories et étiquettes\u00a0; les 30 premières ont été gardées",
  "migration.code.title_missing": "pas de titre\u00a0; il a été nommé {detail}",
  "migration.code.control_characters":
    "{detail} caractères invisibles de contrôle ou de direction retirés",
  "migration.code.summary_truncated": "l’extrait a été raccourci à 2\u00a0000 caractères",
  "migration.code.translation_aligned": "traduction humaine apprise phrase par phrase ({detail})",
  "migration.code.translation_whole":
    "traduction humaine gardée entière\u00a0: ses phrases ne correspondent pas à celles de l’original, la page la montre telle qu’elle a été écrite ({detail})",
  "migration.code.tag_translation_unpaired":
    "mots-clés de cette version non repris\u00a0: aucun groupe de traduction de termes ne les relie à ceux de l’original ({detail})",
  "migration.code.comments_not_imported": "{detail} commentaires non importés",
} as const satisfies Messages<typeof EN_MIGRATION>;
