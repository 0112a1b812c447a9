import type { Catalog } from "../../catalog.js";

/** English strings of the WordPress import page of the workspace and its report. */
export const EN_MIGRATION = {
  "migration.wordpress.title": {
    message: "Import from WordPress",
    note: "Title of the workspace page that imports a WordPress export file",
  },
  "migration.wordpress.help": {
    message:
      "Upload the file WordPress writes under Tools → Export (WXR). Posts become news, pages become pages; translations made with Polylang or WPML become language versions; old addresses keep working. Importing the same file again changes nothing. Images and documents come from a ZIP of the wp-content/uploads folder, if you add one; without it they are listed as missing.",
    note: "Help text above the WordPress import form",
  },
  "migration.wordpress.file": {
    message: "WordPress export file (.xml)",
    note: "Label of the file input of the WordPress import form",
  },
  "migration.wordpress.uploads": {
    message: "Uploads folder as a ZIP (optional)",
    note: "Label of the second file input: a ZIP of WordPress's wp-content/uploads folder",
  },
  "migration.wordpress.uploadsHint": {
    message:
      "Zip the wp-content/uploads folder of the WordPress site. Only the images and documents the posts use are read from it.",
    note: "Hint under the uploads ZIP input",
  },
  "migration.wordpress.badArchive": {
    message: "The uploads ZIP cannot be used: {detail}. Nothing was imported.",
    note: "Error when the uploads ZIP is unreadable or unsafe (a file name climbing out of the folder, too large once decompressed); detail says why, in English",
  },
  "migration.wordpress.dryRun": {
    message: "Only show what would be imported",
    note: "Checkbox: a dry run that writes nothing",
  },
  "migration.wordpress.submit": {
    message: "Import",
    note: "Button that uploads and imports the file",
  },
  "migration.wordpress.noFile": {
    message: "Choose a WordPress export file.",
    note: "Error when the form was sent without a file",
  },
  "migration.wordpress.unreadable": {
    message: "This file cannot be imported: {detail}",
    note: "Error when the file is not a readable WordPress export; detail names the line and column",
  },
  "migration.wordpress.summary": {
    message:
      "{dryRun, select, yes {Would import} other {Imported}}: {items, plural, one {# item} other {# items}} ({created} new, {updated} updated, {unchanged} unchanged), {translations, plural, one {# translation} other {# translations}}, {tags, plural, one {# tag} other {# tags}}, {files, plural, one {# file} other {# files}}, {redirects, plural, one {# old address} other {# old addresses}}.",
    note: "Summary line of the import report",
  },
  "migration.wordpress.comments": {
    message:
      "{count, plural, one {# comment was} other {# comments were}} not imported: the site has no comments.",
    note: "Report line: WordPress comments are not imported",
  },
  "migration.wordpress.skipped": {
    message: "Skipped",
    note: "Heading of the list of items not imported",
  },
  "migration.wordpress.notes": {
    message: "Notes",
    note: "Heading of the list of remarks about imported items",
  },
  "migration.wordpress.post": {
    message: "WordPress item {id}",
    note: "Names an item of the export by its WordPress id in the report",
  },
  "migration.code.skipped_type": {
    message: "this kind of WordPress content ({detail}) has no place on the site",
    note: "Report: a custom post type was not imported (detail: its name)",
  },
  "migration.code.skipped_status": {
    message: "in the bin or an unsaved draft ({detail})",
    note: "Report: a trashed or auto-draft post was not imported",
  },
  "migration.code.skipped_revision": {
    message: "an old revision; only the current text is imported",
    note: "Report: a WordPress revision was not imported",
  },
  "migration.code.skipped_menu_item": {
    message:
      "a menu entry, not imported: Civitas has no menus to fill (its navigation is built from the content types and languages)",
    note: "Report: a WordPress menu item was not imported",
  },
  "migration.code.skipped_language": {
    message: "written in a language the site does not publish ({detail})",
    note: "Report: a translation in a language that is not a site language was not imported",
  },
  "migration.code.attachment_without_file": {
    message: "a media entry without a usable file address ({detail})",
    note: "Report: an attachment whose path is missing or unsafe",
  },
  "migration.code.attachment_missing": {
    message: "the file is not in the uploads folder ({detail})",
    note: "Report: an attachment's file was not found",
  },
  "migration.code.attachment_unsupported": {
    message:
      "the file is not a JPEG, PNG, WebP or AVIF image nor a PDF, or is too large ({detail})",
    note: "Report: an attachment's file was refused by the media checks",
  },
  "migration.code.image_missing": {
    message: "an image in the text was not found, so it became a link ({detail})",
    note: "Report: an image of the body could not be imported",
  },
  "migration.code.embed_link": {
    message: "an embedded player became a link ({detail})",
    note: "Report: an iframe, video or audio element became a link",
  },
  "migration.code.shortcode": {
    message: "WordPress shortcodes kept as text ({detail})",
    note: "Report: shortcodes found in the text",
  },
  "migration.code.kept_html": {
    message: "kept as HTML because Markdown has no form for it ({detail})",
    note: "Report: elements kept as sanitized HTML",
  },
  "migration.code.private_as_draft": {
    message: "private in WordPress, so imported as a draft",
    note: "Report: a private post became a draft",
  },
  "migration.code.date_missing": {
    message: "no publication date; today's date is used",
    note: "Report: the post had no usable date",
  },
  "migration.code.slug_changed": {
    message: "its address was taken, so it became {detail}",
    note: "Report: the slug was changed to a free one",
  },
  "migration.code.tags_truncated": {
    message: "{detail} categories and tags; the first 30 were kept",
    note: "Report: too many tags",
  },
  "migration.code.title_missing": {
    message: "no title; it was named {detail}",
    note: "Report: an untitled post got a title",
  },
  "migration.code.control_characters": {
    message: "{detail} invisible control or direction characters removed",
    note: "Report: bidirectional overrides and control characters were removed",
  },
  "migration.code.summary_truncated": {
    message: "the excerpt was shortened to 2,000 characters",
    note: "Report: the excerpt was too long",
  },
  "migration.code.translation_aligned": {
    message: "human translation learned sentence by sentence ({detail})",
    note: "Report: a language version was stored in the translation memory",
  },
  "migration.code.translation_whole": {
    message:
      "human translation kept whole: its sentences do not match the original's, so the page shows it as written ({detail})",
    note: "Report: a language version could not be aligned sentence by sentence; its fields were stored whole as a person's translation",
  },
  "migration.code.tag_translation_unpaired": {
    message:
      "tags of this language version not given to the item: no term translation group pairs them with the original's tags ({detail})",
    note: "Report: a translated post's own categories or tags could not be matched to the original's (Polylang term_translations missing, or a WPML export)",
  },
  "migration.code.comments_not_imported": {
    message: "{detail} comments not imported",
    note: "Report: comments are never imported",
  },
} as const satisfies Catalog;
