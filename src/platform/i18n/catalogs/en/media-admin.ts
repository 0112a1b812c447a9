import type { Catalog } from "../../catalog.js";

/** English strings of the media-admin part of the workspace (each entry with a note for translators). */
export const EN_MEDIA_ADMIN = {
  "media.title": {
    message: "Media library",
    note: "Title of the workspace page listing images and documents",
  },
  "media.nav": { message: "Media", note: "Workspace menu link to the media library" },
  "media.count": {
    message: "{count, plural, =0 {No files} one {# file} other {# files}}",
    note: "How many files match the current search and filter",
  },
  "media.search": {
    message: "Search by name or alt text",
    note: "Label of the media library's search box",
  },
  "media.kind": { message: "Kind", note: "Label of the filter choosing images, documents or both" },
  "media.kind.all": { message: "All files", note: "Filter option: images and documents" },
  "media.kind.image": { message: "Images", note: "Filter option: only images" },
  "media.kind.document": { message: "Documents", note: "Filter option: only documents (PDF)" },
  "media.filter": { message: "Show", note: "Button applying the search and filter" },
  "media.empty": { message: "No files match.", note: "Shown when the library has nothing to list" },
  "media.upload.title": { message: "Upload a file", note: "Heading of the upload form" },
  "media.upload.file": { message: "File", note: "Label of the file input of the upload form" },
  "media.upload.help": {
    message:
      "JPEG, PNG, WebP or AVIF images up to {imageSize}; PDF documents up to {documentSize}. SVG files are not accepted.",
    note: "Help under the file input; sizes are formatted, such as “20 MB”",
  },
  "media.upload.alt": {
    message: "Alt text (required for images)",
    note: "Label of the alt text field of the upload form",
  },
  "media.upload.altHelp": {
    message: "Describe what the image shows for people who cannot see it.",
    note: "Help under the alt text field",
  },
  "media.upload.submit": { message: "Upload", note: "Button sending the upload form" },
  "media.uploaded": {
    message: "“{name}” is in the library.",
    note: "Confirmation after an upload; name is the file's name",
  },
  "media.alt": { message: "Alt text", note: "Label of the alt text field of one image" },
  "media.alt.save": { message: "Save alt text", note: "Button saving an image's alt text" },
  "media.alt.none": { message: "No alt text", note: "Shown for an image without alt text" },
  "media.dimensions": { message: "{width} × {height} px", note: "An image's size in pixels" },
  "media.size": { message: "Size", note: "Label of a file's size in bytes (such as “1.2 MB”)" },
  "media.type": { message: "Type", note: "Label of a document's file type (such as “PDF”)" },
  "media.open": { message: "Open", note: "Link opening a stored document" },
  "media.url": {
    message: "Address (URL)",
    note: "Label of a read-only field holding a stored file's web address",
  },
  "media.markdown": {
    message: "Markdown for the body",
    note: "Label of a read-only field holding the Markdown that shows the image (or links the document) in an item's body",
  },
  "media.copyMarkdown": {
    message: "Copy Markdown",
    note: "Button copying the Markdown of a stored file (needs JavaScript)",
  },
  "media.copied": {
    message: "Copied",
    note: "Shown on the copy button after copying",
  },
  "media.chooseAgain": {
    message: "Nothing was stored: after fixing this, choose the file again and upload it.",
    note: "Second sentence of the notice after a refused upload; the browser does not keep the chosen file",
  },
  "media.delete": { message: "Delete", note: "Button deleting a stored file" },
  "media.delete.label": {
    message: "Delete “{name}”",
    note: "Accessible name of a delete button; name is the file's name",
  },
  "media.error.unsupported_file": {
    message:
      "This file was refused: only JPEG, PNG, WebP and AVIF images and PDF documents can be uploaded, whatever the file's name says.",
    note: "Shown when an upload is neither an image we accept nor a PDF (such as SVG, HTML or a script)",
  },
  "media.error.file_too_large": {
    message:
      "This file is too large: images may be up to {imageSize}, PDF documents up to {documentSize}.",
    note: "Shown when an upload exceeds the size limit",
  },
  "media.error.alt_required": {
    message: "Describe the image in its alt text before saving it.",
    note: "Shown when an image is uploaded or saved without alt text",
  },
  "media.error.no_file": {
    message: "Choose a file to upload.",
    note: "Shown when the upload form is sent without a file",
  },
  "media.error.media_in_use": {
    message: "This file cannot be deleted while these items use it:",
    note: "Followed by a list of the items using the file",
  },
  "media.usage.hero": {
    message: "{title} ({type}, revision {number}): main image",
    note: "One item using a file as its main image; type is the content type",
  },
  "media.usage.attachment": {
    message: "{title} ({type}, revision {number}): attachment",
    note: "One item using a file as an attachment; type is the content type",
  },
} as const satisfies Catalog;
