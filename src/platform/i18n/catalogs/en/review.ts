import type { Catalog } from "../../catalog.js";

/** English strings of the translation-quality desk: reader reports, the status view, the reviewer workspace. */
export const EN_REVIEW = {
  "review.report.paragraph": {
    message: "Report a translation error in this paragraph",
    note: "Hidden text of the small flag link at the end of each paragraph of a translated page",
  },
  "review.report.close": {
    message: "Close",
    note: "Button closing the report form opened in place over the article",
  },
  "review.report.title": {
    message: "Report a translation error",
    note: "Title of the public form where a reader reports a badly translated sentence",
  },
  "review.report.intro": {
    message:
      "Choose the sentence that is wrong and tell us how you would write it. Our reviewers read every report; a fix corrects every page that uses the sentence.",
    note: "Introduction of the report form",
  },
  "review.report.page": {
    message: "Page: {title}",
    note: "Names the page the report is about; title is the page title",
  },
  "review.report.sentence": {
    message: "Which sentence is wrong?",
    note: "Legend of the list of sentences (radio buttons) on the report form",
  },
  "review.report.original": {
    message: "Original: {text}",
    note: "Under each translated sentence of the report form: the sentence in the original language",
  },
  "review.report.allSentences": {
    message: "The sentence is not listed: show every sentence of the page",
    note: "Link on the report form from one paragraph's sentences to all of the page's",
  },
  "review.report.suggestion": {
    message: "Better wording (optional)",
    note: "Label of the field where the reader proposes a corrected sentence",
  },
  "review.report.comment": {
    message: "Comment (optional)",
    note: "Label of the free comment field of the report form",
  },
  "review.report.email": {
    message: "Your e-mail address (optional)",
    note: "Label of the optional e-mail field of the report form",
  },
  "review.report.emailHint": {
    message: "Only if you would like an answer. It is never published.",
    note: "Hint under the e-mail field",
  },
  "review.report.honeypot": {
    message: "Leave this field empty",
    note: "Label of a hidden anti-spam field that people never see",
  },
  "review.report.submit": { message: "Send the report", note: "Submit button of the report form" },
  "review.report.errors": {
    message: "The report could not be sent:",
    note: "Heading of the list of problems on the report form",
  },
  "review.report.error.sentence": {
    message: "Choose the sentence you are reporting.",
    note: "Form error: no sentence chosen",
  },
  "review.report.error.empty": {
    message: "Propose a better wording or write a comment.",
    note: "Form error: both the suggestion and the comment are empty",
  },
  "review.report.error.email": {
    message: "This e-mail address does not look right.",
    note: "Form error: invalid e-mail address",
  },
  "review.report.error.tooLong": {
    message: "A field is too long: wording and e-mail 1,000 characters at most, comment 2,000.",
    note: "Form error: a field exceeds its size limit",
  },
  "review.report.none": {
    message: "This page has no translated sentence to report.",
    note: "Shown on the report form when the page has nothing translated",
  },
  "review.report.thanks.title": {
    message: "Thank you for your report",
    note: "Title of the page shown after a report is sent",
  },
  "review.report.thanks.body": {
    message:
      "We have received it. A reviewer will look at the sentence; once it is fixed, every page that uses it shows the correction.",
    note: "Text of the thank-you page after a report",
  },
  "review.report.back": {
    message: "Back to the page",
    note: "Link from the report form or thank-you page back to the translated page",
  },
  "review.marks.show": {
    message: "Show translation status",
    note: "Link or toggle button on a translated page: marks machine-translated and reviewed sentences",
  },
  "review.marks.hide": {
    message: "Hide translation status",
    note: "The same toggle button once the marks are shown",
  },
  "review.marks.title": {
    message: "Translation status: {title}",
    note: "Title of the page showing each sentence's translation status; title is the page title",
  },
  "review.marks.legend": {
    message:
      "Each sentence is marked: machine translation or reviewed by a person. Point at a sentence to see its original, or open “Original” under a paragraph.",
    note: "Explanation above the sentence-by-sentence status view",
  },
  "review.marks.machine": {
    message: "machine translation",
    note: "Legend item and hidden label of a machine-translated sentence",
  },
  "review.marks.reviewed": {
    message: "reviewed by a person",
    note: "Legend item and hidden label of a reviewed sentence",
  },
  "review.marks.untranslated": {
    message: "not translated",
    note: "Legend item and hidden label of a sentence shown in the original language",
  },
  "review.marks.originalOf": {
    message: "Original: {text}",
    note: "Tooltip of a translated sentence in the status view: the sentence in the original language",
  },
  "review.marks.original": {
    message: "Original",
    note: "Summary of the disclosure under each paragraph listing the original sentences",
  },
  "review.title": {
    message: "Review translations",
    note: "Title of the reviewer workspace: the queue of sentences to review",
  },
  "review.intro": {
    message:
      "Sentences to review, riskiest first; sentences readers reported come before the others.",
    note: "Introduction of the review queue",
  },
  "review.riskExplained": {
    message:
      "Risk runs from 0 to 1: each error the checks found adds 0.4, each warning 0.15, each note 0.05, each word the engine did not know 0.1. A sentence held only because its engine is not proven at that length has risk 0: nothing points at what to fix.",
    note: "How the risk score of a sentence is computed, under the review queue's introduction and on a page's review desk",
  },
  "review.progress": {
    message: "Progress by language (sentences of live and upcoming pages)",
    note: "Heading of the per-language counts",
  },
  "review.progressLine": {
    message: "machine-translated: {machine}, held for review: {flagged}, reviewed: {reviewed}",
    note: "Counts of sentences per status for one language, after the language name",
  },
  "review.filter.title": { message: "Filter", note: "Heading of the queue's filter form" },
  "review.filter.language": { message: "Language", note: "Filter: target language" },
  "review.filter.anyLanguage": { message: "every language", note: "Filter option" },
  "review.filter.item": { message: "Item number", note: "Filter: the content item's id" },
  "review.filter.code": { message: "Finding", note: "Filter: code of an automatic check" },
  "review.filter.anyCode": { message: "any finding", note: "Filter option" },
  "review.filter.hasReports": {
    message: "Only sentences readers reported",
    note: "Filter checkbox",
  },
  "review.filter.apply": { message: "Apply", note: "Button of the filter form" },
  "review.queue.empty": { message: "Nothing to review here.", note: "Empty queue" },
  "review.queue.label": {
    message: "Sentences to review",
    note: "Accessible name of the queue table",
  },
  "review.col.sentence": { message: "Original sentence", note: "Queue column" },
  "review.col.translation": { message: "Translation", note: "Queue column" },
  "review.col.language": { message: "Language", note: "Queue column" },
  "review.col.risk": { message: "Risk", note: "Queue column: risk score between 0 and 1" },
  "review.col.findings": {
    message: "Findings",
    note: "Queue column: codes of the automatic checks",
  },
  "review.col.reports": { message: "Reports", note: "Queue column: open reader reports" },
  "review.col.open": { message: "Open", note: "Queue column: link to the side-by-side editor" },
  "review.openEditor": {
    message: "Review in “{title}”",
    note: "Link from a queue row to the editor of the item that uses the sentence",
  },
  "review.editor.title": {
    message: "Review: {title} ({language})",
    note: "Title of the side-by-side editor of one item in one language",
  },
  "review.editor.shortcuts": { message: "Keyboard shortcuts", note: "Heading" },
  "review.editor.shortcutList": {
    message:
      "j: next sentence · k: previous sentence · a: accept the first suggestion · r: mark reviewed · e: edit the translation · Escape: leave the text field",
    note: "The keyboard shortcuts of the review editor; keep the letters",
  },
  "review.editor.notice": {
    message: "Saved. Pages updated: {pages}; reports closed: {reports}.",
    note: "Confirmation after saving a sentence",
  },
  "review.field.title": {
    message: "Title",
    note: "Name of an item's field in the review desk's sentence headings",
  },
  "review.field.summary": {
    message: "Summary",
    note: "Name of an item's field in the review desk",
  },
  "review.field.body": {
    message: "Body",
    note: "Name of an item's field in the review desk: the main text",
  },
  "review.field.hero_caption": {
    message: "Hero image caption",
    note: "Name of an item's field in the review desk",
  },
  "review.field.hero_alt": {
    message: "Hero image alt text",
    note: "Name of an item's field in the review desk: the description of the main image for people who cannot see it",
  },
  "review.field.tag": {
    message: "Tag: {name}",
    note: "A tag's name as a field in the review desk; name: the tag in the original language",
  },
  "review.field.attachment": {
    message: "Document {n} title",
    note: "An attached document's title as a field in the review desk; n: its position, from 1",
  },
  "review.dashboard.title": {
    message: "Reader reports",
    note: "Heading of the dashboard section listing readers' reports of translation errors (reviewers only)",
  },
  "review.dashboard.none": {
    message: "No open reader reports.",
    note: "Shown when no report waits for a reviewer",
  },
  "review.dashboard.total": {
    message:
      "{count, plural, one {# open report: open the review queue} other {# open reports: open the review queue}}",
    note: "Link to the review queue filtered to reported sentences; count: open reports listed",
  },
  "review.dashboard.item": {
    message: "{title} ({language}): {count, plural, one {# report} other {# reports}}",
    note: "One item's open reports in one language, linking to its review desk",
  },
  "review.editor.sentence": {
    message: "Sentence {number} ({field})",
    note: "Heading of each sentence of the editor; field is title, summary, body…",
  },
  "review.editor.source": { message: "Original", note: "Label of the source sentence" },
  "review.editor.target": { message: "Current translation", note: "Label of the translation" },
  "review.editor.state.machine": { message: "machine translation", note: "State of a sentence" },
  "review.editor.state.reviewed": { message: "reviewed", note: "State of a sentence" },
  "review.editor.state.missing": { message: "not translated yet", note: "State of a sentence" },
  "review.editor.risk": { message: "risk {risk}", note: "Risk score of a sentence, 0 to 1" },
  "review.editor.findings": { message: "Findings of the checks", note: "Heading" },
  "review.editor.reports": { message: "Reader reports", note: "Heading" },
  "review.editor.reportSuggestion": { message: "Proposed: {text}", note: "A reader's proposal" },
  "review.editor.reportComment": { message: "Comment: {text}", note: "A reader's comment" },
  "review.editor.accept": {
    message: "Accept this wording",
    note: "Button: replace the translation by the reader's proposal",
  },
  "review.editor.fuzzy": { message: "Similar sentences in the memory", note: "Heading" },
  "review.editor.similarity": { message: "{percent} % similar", note: "Fuzzy match score" },
  "review.editor.glossary": { message: "Glossary terms in this sentence", note: "Heading" },
  "review.editor.doNotTranslate": { message: "do not translate", note: "Glossary term note" },
  "review.editor.edit": { message: "Translation", note: "Label of the translation text field" },
  "review.editor.editHint": {
    message:
      "Keep the g and x codes as they are, around the same words: they stand for links and formatting.",
    note: "Hint under the translation field; keep the codes as they are",
  },
  "review.editor.save": { message: "Save the translation", note: "Button" },
  "review.editor.markReviewed": {
    message: "Mark reviewed",
    note: "Button: the translation is right as it is",
  },
  "review.editor.outdated": {
    message: "The original changed since its translation was reviewed:",
    note: "Above the word diff of an outdated sentence",
  },
  "review.editor.previous": {
    message: "Reviewed translation of the earlier original: {text}",
    note: "Under the word diff",
  },
  "review.editor.invalid": {
    message: "The translation was not saved: {problem}",
    note: "Error after saving a translation with broken codes or no text",
  },
  "review.editor.noUnit": {
    message: "This item has no sentence in this language yet.",
    note: "Empty editor",
  },
} as const satisfies Catalog;
