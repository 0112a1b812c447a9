import type { Catalog } from "../../catalog.js";

/** English strings of the content-admin part of the workspace (each entry with a note for translators). */
export const EN_CONTENT_ADMIN = {
  "contentAdmin.nav": { message: "Content", note: "Workspace menu: the list of all content" },
  "contentAdmin.title": { message: "Content", note: "Title of the workspace's content list" },
  "contentAdmin.filters": { message: "Filter the list", note: "Heading of the list's filter form" },
  "contentAdmin.search": { message: "Title contains", note: "Label of the title search field" },
  "contentAdmin.type": { message: "Type", note: "Label of the type filter and column" },
  "contentAdmin.status": { message: "Status", note: "Label of the status filter and column" },
  "contentAdmin.tag": { message: "Tag (address)", note: "Label of the tag filter; the tag's slug" },
  "contentAdmin.any": { message: "Any", note: "Filter option that removes the filter" },
  "contentAdmin.apply": { message: "Apply filters", note: "Button that applies the filters" },
  "contentAdmin.itemTitle": { message: "Title", note: "Column of the content list" },
  "contentAdmin.updated": { message: "Last saved", note: "Column: when the item was last saved" },
  "contentAdmin.actions": { message: "Actions", note: "Column of links acting on an item" },
  "contentAdmin.edit": { message: "Edit", note: "Link to an item's editor" },
  "contentAdmin.preview": { message: "Preview", note: "Link to the preview of an item's draft" },
  "contentAdmin.revisions": { message: "Revisions", note: "Link to an item's revision history" },
  "contentAdmin.empty": { message: "No content matches.", note: "Shown when the list is empty" },
  "contentAdmin.total": {
    message: "{count, plural, one {# item} other {# items}}",
    note: "How many items match the filters",
  },
  "contentAdmin.new": {
    message: "New {type}",
    note: "Link creating an item of a type, e.g. “New News”",
  },
  "editor.newTitle": { message: "New item", note: "Title of the editor for a new item" },
  "editor.editTitle": {
    message: "Edit “{title}”",
    note: "Title of the editor of an existing item",
  },
  "editor.errorSummary": {
    message: "The item was not saved. Please correct the fields marked below.",
    note: "Shown at the top of a refused form",
  },
  "editor.statusLine": {
    message: "Status: {status}",
    note: "The item's status shown in the editor",
  },
  "editor.main": { message: "Text", note: "Group of the editor's text fields" },
  "editor.field.title": { message: "Title", note: "Editor field" },
  "editor.field.summary": {
    message: "Summary",
    note: "Editor field: a sentence or two under the title",
  },
  "editor.field.body": {
    message: "Body (Markdown)",
    note: "Editor field: the text, written in Markdown",
  },
  "editor.field.type": { message: "Type", note: "Editor field: news, resource, event or page" },
  "editor.field.slug": {
    message: "Address (slug)",
    note: "Editor field: the last part of the page's URL",
  },
  "editor.hint.slug": {
    message: "Left empty, it is made from the title.",
    note: "Help under the slug field",
  },
  "editor.field.tags": { message: "Tags", note: "Editor field" },
  "editor.hint.tags": {
    message: "Separate tags with commas; new tags are created.",
    note: "Help under the tags field",
  },
  "editor.field.byline": {
    message: "Byline",
    note: "Editor field: the name of who wrote the text",
  },
  "editor.hint.byline": {
    message: "The name readers see as the author; it is not an account. Leave empty for none.",
    note: "Help under the byline field",
  },
  "editor.livePreview": {
    message: "Preview",
    note: "Heading of the live preview shown beside the body field while typing (needs JavaScript)",
  },
  "editor.livePreviewFailed": {
    message: "The preview could not be updated.",
    note: "Shown in the live preview panel when the server did not answer",
  },
  "editor.tagSuggestions": {
    message: "Existing tags",
    note: "Accessible name of the list of tag suggestions under the tags field",
  },
  "editor.imagePicker": {
    message: "Stored images",
    note: "Accessible name of the grid of image thumbnails under the main image field",
  },
  "editor.media": {
    message: "Image, video and documents",
    note: "Group of the editor's media fields",
  },
  "editor.field.heroMediaId": {
    message: "Main image",
    note: "Editor field: choice among stored images",
  },
  "editor.noImage": { message: "No image", note: "Option of the main image field" },
  "editor.imageOption": {
    message: "#{id} {name} — {alt}",
    note: "An image in the main image list: number, file name, alt text",
  },
  "editor.field.heroCaption": { message: "Image caption", note: "Editor field" },
  "editor.field.heroAlt": {
    message: "Image alt text",
    note: "Editor field: the image described for blind readers",
  },
  "editor.field.videoUrl": {
    message: "Video link",
    note: "Editor field: YouTube or Vimeo address",
  },
  "editor.field.attachments": { message: "Documents", note: "Editor group: attached documents" },
  "editor.field.attachmentId": {
    message: "Document {n}",
    note: "Editor field: picks a stored document",
  },
  "editor.field.attachmentTitle": { message: "Document {n}: title", note: "Editor field" },
  "editor.event": { message: "Event", note: "Group of the editor's event fields" },
  "editor.field.startsAt": { message: "Starts at", note: "Editor field: event start, local time" },
  "editor.field.endsAt": { message: "Ends at", note: "Editor field: event end, local time" },
  "editor.field.timeZone": {
    message: "Time zone",
    note: "Editor field: IANA time zone such as Europe/Paris",
  },
  "editor.field.location": {
    message: "Location",
    note: "Editor field: where the event takes place",
  },
  "editor.field.attendanceMode": {
    message: "Format",
    note: "Editor field: in person, virtual or hybrid",
  },
  "editor.field.isFeatured": {
    message: "Featured",
    note: "Editor checkbox: show on the home page",
  },
  "editor.save": { message: "Save draft", note: "Button that saves a new revision" },
  "editor.notice.saved": {
    message: "Draft saved. Readers see it once it is published.",
    note: "Shown in the publication panel after saving a draft",
  },
  "editor.notice.published": {
    message: "“{title}” is published.",
    note: "Shown after publishing; a “View on site” link follows. title: the item's title",
  },
  "editor.notice.updated": {
    message: "The live page of “{title}” now shows the latest revision.",
    note: "Shown after publishing a newer revision of a live item; a “View on site” link follows",
  },
  "editor.notice.scheduled": {
    message: "“{title}” is scheduled; it goes live at the time shown below.",
    note: "Shown after scheduling a publication",
  },
  "editor.notice.unpublished": {
    message: "“{title}” is no longer on the site. It is a draft again.",
    note: "Shown after unpublishing",
  },
  "editor.notice.archived": {
    message: "“{title}” is archived and no longer on the site.",
    note: "Shown after archiving",
  },
  "editor.viewOnSite": {
    message: "View on site",
    note: "Link from the editor to the item's public page",
  },
  "editor.statusScheduled": {
    message: "Status: scheduled for {date}",
    note: "The item's status when a publication is scheduled; date: date, time and time zone (the editor's zone in the browser, else UTC)",
  },
  "editor.statusNew": {
    message: "Status: new, not saved yet",
    note: "Status of an item whose first draft is not saved",
  },
  "editor.saveFirst": {
    message: "Save the draft first; then you can publish or schedule it.",
    note: "Hint in the publication panel of a new item",
  },
  "editor.zoneUtc": {
    message: "Dates and times are in UTC.",
    note: "Hint above the publication date fields (without JavaScript)",
  },
  "editor.zoneLocal": {
    message: "Dates and times are in your time zone ({zone}).",
    note: "Hint above the publication date fields; zone: the browser's IANA time zone, e.g. Europe/Paris",
  },
  "editor.update": {
    message: "Update the live page",
    note: "Button publishing the latest revision of an item already on the site",
  },
  "editor.autosave.dirty": {
    message: "Unsaved changes",
    note: "Save state in the publication panel after the draft was changed (needs JavaScript)",
  },
  "editor.autosave.saving": {
    message: "Saving…",
    note: "Save state while the draft is saved automatically",
  },
  "editor.autosave.saved": {
    message: "Saved {time}",
    note: "Save state after an automatic save; time: the time of day, e.g. 12:03",
  },
  "editor.autosave.invalid": {
    message: "Not saved: some fields need fixing (save the draft to see which).",
    note: "Save state when the automatic save was refused by validation",
  },
  "editor.autosave.failed": {
    message: "Not saved: the server did not answer. Your changes are still here.",
    note: "Save state when the automatic save failed",
  },
  "editor.leaveWarning": {
    message: "You have unsaved changes.",
    note: "Not shown by most browsers (they use their own text); kept for those that do",
  },
  "editor.insertImage": {
    message: "Insert an image from the library",
    note: "Opens the list of stored images under the body field",
  },
  "editor.insertImageHint": {
    message:
      "Insert puts the image at the cursor in the body; you can also copy its Markdown. To upload a new image, drop or paste it into the body.",
    note: "Help in the image list under the body field",
  },
  "editor.noImages": {
    message: "The library has no images yet.",
    note: "Shown when the media library holds no image",
  },
  "editor.insert": {
    message: "Insert",
    note: "Button inserting an image's Markdown at the cursor",
  },
  "editor.insertLabel": {
    message: "Insert “{name}” at the cursor",
    note: "Accessible name of the Insert button; name: the image's alt text or file name",
  },
  "editor.drop.title": {
    message: "Upload “{name}” and put it in the body",
    note: "Heading of the form shown after an image was dropped or pasted into the body; name: the file name",
  },
  "editor.drop.alt": {
    message: "Describe the image for people who cannot see it (alt text)",
    note: "Label of the alt text field of a dropped image",
  },
  "editor.drop.upload": {
    message: "Upload and insert",
    note: "Button uploading a dropped image and inserting it into the body",
  },
  "editor.drop.cancel": {
    message: "Cancel",
    note: "Button dismissing a dropped image",
  },
  "editor.drop.uploading": {
    message: "Uploading…",
    note: "Shown while a dropped image is uploaded",
  },
  "editor.drop.failed": {
    message:
      "The image was not uploaded: it needs alt text and must be a JPEG, PNG, WebP or GIF within the size limit.",
    note: "Shown when the upload of a dropped image was refused",
  },
  "editor.noDocument": {
    message: "No document",
    note: "First option of a document picker",
  },
  "editor.noDocuments": {
    message: "The library has no documents yet; upload PDFs in the media library.",
    note: "Shown under the documents when none is stored",
  },
  "editor.publishing": { message: "Publication", note: "Group of publication actions" },
  "editor.field.publishedAt": {
    message: "Publication date shown to readers (optional; empty: now)",
    note: "Field next to the publish button",
  },
  "editor.publish": { message: "Publish", note: "Button" },
  "editor.unpublish": { message: "Unpublish", note: "Button taking an item off the site" },
  "editor.archive": { message: "Archive", note: "Button archiving an item" },
  "editor.field.scheduledFor": {
    message: "Publish at",
    note: "Field next to the schedule button",
  },
  "editor.schedule": { message: "Schedule", note: "Button scheduling a publication" },
  "editor.error.required": { message: "Please fill this in.", note: "Validation message" },
  "editor.error.tooLong": {
    message: "This is too long: at most {max, plural, one {# character} other {# characters}}.",
    note: "Validation message; max is the field's limit in characters",
  },
  "editor.error.invalid": { message: "This value is not valid.", note: "Validation message" },
  "editor.error.controlCharacters": {
    message:
      "Remove the invisible control or text-direction characters (such as U+202E) from this text.",
    note: "Validation message: a title, tag or caption holds a control character or a bidirectional override",
  },
  "editor.error.remoteImage": {
    message:
      "Images must come from the media library: upload each image from another website there and use its address instead.",
    note: "Validation message on the body: a Markdown image points at another website, which the site's security policy blocks",
  },
  "editor.error.date": {
    message: "Please give a date and time such as 2026-03-14T18:30.",
    note: "Validation message",
  },
  "editor.error.media": { message: "Please choose a stored image.", note: "Validation message" },
  "editor.error.attachments": {
    message: "Each document needs a stored document's number and a title.",
    note: "Validation message",
  },
  "editor.error.slug": {
    message: "Use lowercase words joined by hyphens, not an address the site uses itself.",
    note: "Validation message",
  },
  "editor.error.slugTaken": {
    message: "Another item of this type already uses this address.",
    note: "Validation message",
  },
  "editor.error.tags": {
    message: "Each tag must be 1 to 80 characters.",
    note: "Validation message",
  },
  "editor.error.heroAlt": { message: "An image needs alt text.", note: "Validation message" },
  "editor.error.videoUrl": {
    message: "Please give a web address (https://…).",
    note: "Validation message",
  },
  "editor.error.eventStart": {
    message: "An event needs a start and a time zone.",
    note: "Validation message",
  },
  "editor.error.endsBeforeStart": {
    message: "The event ends before it starts.",
    note: "Validation message",
  },
  "editor.error.timeZone": {
    message: "Please give a time zone such as Europe/Paris.",
    note: "Validation message",
  },
  "preview.banner": {
    message: "Preview of revision {number} — readers do not see this version yet.",
    note: "Banner at the top of a preview page",
  },
  "revisions.title": { message: "Revisions of “{title}”", note: "Title of the revision history" },
  "revisions.number": { message: "Revision", note: "Column: revision number" },
  "revisions.date": { message: "Saved", note: "Column: when the revision was saved" },
  "revisions.author": { message: "By", note: "Column: who saved the revision" },
  "revisions.unknownAuthor": {
    message: "unknown",
    note: "Author of a revision made by the system",
  },
  "revisions.live": { message: "live", note: "Marks the revision readers see" },
  "revisions.latest": { message: "latest", note: "Marks the newest revision" },
  "revisions.restore": {
    message: "Restore as new revision",
    note: "Button restoring an old revision",
  },
  "revisions.compare": {
    message: "Compare",
    note: "Button showing the differences of two revisions",
  },
  "revisions.from": {
    message: "From revision",
    note: "Label of the older revision of a comparison",
  },
  "revisions.to": { message: "To revision", note: "Label of the newer revision of a comparison" },
  "diff.title": {
    message: "Changes from revision {from} to revision {to}",
    note: "Title of the comparison page",
  },
  "diff.field.title": { message: "Title", note: "Heading of a compared field" },
  "diff.field.summary": { message: "Summary", note: "Heading of a compared field" },
  "diff.field.body": { message: "Body", note: "Heading of a compared field" },
  "diff.none": { message: "No changes.", note: "Shown when a field did not change" },
  "diff.back": { message: "Back to the revisions", note: "Link from the comparison page" },
} as const satisfies Catalog;
