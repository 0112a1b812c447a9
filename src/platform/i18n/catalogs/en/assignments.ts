import type { Catalog } from "../../catalog.js";

/** English strings of translation assignments: the assign form, a translator's queue, and the notification e-mails. */
export const EN_ASSIGNMENTS = {
  "assign.title": {
    message: "Assign a translation",
    note: "Title of the form where an editor gives an item's translation into one language to a translator",
  },
  "assign.subject": {
    message: "“{title}” in {language}",
    note: "Names what is being assigned on the assign form; title is the item's title, language a language's name",
  },
  "assign.link": {
    message: "Assign",
    note: "Small link under each item-and-language cell of the translations table, opening the assign form",
  },
  "assign.assignee": {
    message: "Translator",
    note: "Label of the list of people who can be given the translation",
  },
  "assign.dueAt": {
    message: "Due",
    note: "Label of the date-and-time field of the deadline",
  },
  "assign.dueHint": {
    message: "A date and time in your own time zone.",
    note: "Hint under the deadline field: the time is read in the editor's time zone",
  },
  "assign.submit": {
    message: "Assign",
    note: "Button giving the translation to the chosen translator",
  },
  "assign.reassign": {
    message: "Reassign",
    note: "Button giving an already assigned translation to someone else or a new deadline",
  },
  "assign.cancel": {
    message: "Cancel the assignment",
    note: "Button withdrawing an assignment",
  },
  "assign.markDone": {
    message: "Mark done",
    note: "Button closing an assignment as finished before every sentence is reviewed",
  },
  "assign.current": {
    message: "Assigned to {name}, due {due}",
    note: "Who has the translation now and its deadline; due is a formatted date and time",
  },
  "assign.currentShort": {
    message: "Assigned to {name}",
    note: "Under a cell of the translations table: who has this translation",
  },
  "assign.error.past": {
    message: "That date has already passed: choose a due date and time in the future.",
    note: "Error when the deadline typed is in the past",
  },
  "assign.error.date": {
    message: "Enter a due date and time.",
    note: "Error when the deadline is missing or not a date",
  },
  "assign.error.assignee": {
    message: "Choose a translator from the list.",
    note: "Error when no one, or someone who may not translate, was chosen",
  },
  "assign.error.language": {
    message: "This item cannot be assigned in that language.",
    note: "Error when the language is the item's own or not a site language",
  },
  "assign.notice.assigned": {
    message: "The translation is assigned to {name}.",
    note: "Confirmation after assigning",
  },
  "assign.notice.cancelled": {
    message: "The assignment was cancelled.",
    note: "Confirmation after cancelling an assignment",
  },
  "assign.notice.done": {
    message: "The assignment is closed as done.",
    note: "Confirmation after marking an assignment done",
  },
  "myQueue.title": {
    message: "My translations",
    note: "Title of the page listing the translations assigned to the signed-in person",
  },
  "myQueue.none": {
    message: "No translation is assigned to you.",
    note: "Shown on the queue page when nothing is assigned",
  },
  "myQueue.item": { message: "Item", note: "Column header: the item to translate" },
  "myQueue.language": { message: "Language", note: "Column header: the target language" },
  "myQueue.due": { message: "Due", note: "Column header: the deadline" },
  "myQueue.progress": { message: "Progress", note: "Column header: sentences done of the total" },
  "myQueue.progressValue": {
    message: "{done} of {total, plural, one {# sentence} other {# sentences}}",
    note: "Sentences reviewed or written by a person, of all the item's sentences in the language",
  },
  "myQueue.overdue": {
    message: "Overdue",
    note: "Mark beside a deadline that has passed",
  },
  "myQueue.complete": {
    message: "Complete",
    note: "State of an assignment whose every sentence is done",
  },
  "myQueue.open": {
    message: "Open the desk",
    note: "Link from an assignment to the page where the whole item is translated",
  },
  "myQueue.dashboard": {
    message:
      "{count, plural, =0 {No translation is assigned to you.} one {One translation is assigned to you.} other {# translations are assigned to you.}}",
    note: "Dashboard section: how many open assignments the signed-in person has",
  },
  "myQueue.dashboardOverdue": {
    message: "{count, plural, one {One of them is overdue.} other {# of them are overdue.}}",
    note: "Dashboard section, after the count: how many of the assignments are past their deadline",
  },
  "mail.greeting": {
    message: "Hello {name},",
    note: "First line of every notification e-mail; name is the recipient's name",
  },
  "mail.assigned.subject": {
    message: "Translation to do: {title} ({language})",
    note: "Subject of the e-mail telling a translator an item was assigned to them",
  },
  "mail.assigned.body": {
    message: "You have been asked to translate “{title}” into {language}. It is due on {due}.",
    note: "Body of the assignment e-mail; due is a date and time with its time zone",
  },
  "mail.assigned.link": {
    message: "Open it in the translation desk:",
    note: "Before the link to the desk page of the item, in the assignment e-mail",
  },
  "mail.completed.subject": {
    message: "Translation complete: {title} ({language})",
    note: "Subject of the e-mail telling the item's author every sentence in a language is done",
  },
  "mail.completed.body": {
    message:
      "Every sentence of “{title}” in {language} has now been translated or reviewed by a person ({total, plural, one {# sentence} other {# sentences}}).",
    note: "Body of the completion e-mail",
  },
  "mail.completed.link": {
    message: "See it in the translation desk:",
    note: "Before the link to the desk page, in the completion e-mail",
  },
  "mail.signature": {
    message: "— The {site} team",
    note: "Last line of every notification e-mail; site is the site's name",
  },
  "engines.title": {
    message: "Translation engines",
    note: "Title of the administrators' page listing the engine of each language pair",
  },
  "engines.cloudWarning": {
    message:
      "Some pairs use a cloud engine: the text of every sentence they translate leaves this server and is sent to that service.",
    note: "Warning at the top of the engines page when a pair's engine is a remote service",
  },
  "engines.pair": { message: "Direction", note: "Column header: the language pair (from → to)" },
  "engines.pairValue": {
    message: "{from} → {to}",
    note: "A language pair; from and to are language names",
  },
  "engines.engine": { message: "Engine", note: "Column header: the engine's configured name" },
  "engines.where": {
    message: "Where the text goes",
    note: "Column header: whether the text stays on this server",
  },
  "engines.local": {
    message: "Stays on this server",
    note: "The engine runs here or on the private network",
  },
  "engines.cloud": {
    message: "Leaves this server (cloud)",
    note: "The engine is a remote service",
  },
  "engines.budget": {
    message: "Budget this month",
    note: "Column header: characters used of the monthly budget",
  },
  "engines.noBudget": {
    message: "{used, number} characters, no limit",
    note: "Characters sent this month by an engine without a budget",
  },
  "engines.budgetUse": {
    message: "{used, number} of {budget, number} characters ({percent}%)",
    note: "Characters sent this month of the engine's monthly budget",
  },
  "engines.measured": {
    message: "Measured quality",
    note: "Column header: the latest `civitas engines evaluate` figures for the direction, per engine",
  },
  "engines.evaluation": {
    message:
      "{engine}: chrF {chrF, number, ::.0}, {held, number, ::percent} held ({sentences, plural, one {# sentence} other {# sentences}}, {date})",
    note: "One engine's latest measurement; chrF is a 0–100 score against human references; held is the share of sentences the gate would keep off the site; date is when it was measured",
  },
  "engines.notMeasured": {
    message: "Not measured yet. Run: {command}",
    note: "No measurement for the direction; command is a shell command, left untranslated",
  },
  "engines.measuredNote": {
    message:
      "chrF: how close the engine's output is to human translations (0–100, higher is better). Held: the share of sentences the quality gate would keep off the site until someone reviews them.",
    note: "Explains the measured quality column",
  },
  "account.title": {
    message: "Your account",
    note: "Title of the page where a signed-in person sets their preferences; also the workspace menu link",
  },
  "account.language": {
    message: "Your language",
    note: "Label of the select choosing the language of the person's workspace and of the e-mails they receive",
  },
  "account.siteLanguage": {
    message: "The site's language ({language})",
    note: "First choice of the select: no preference, the site's source language; language is its name in that language",
  },
  "account.languageHint": {
    message:
      "The workspace and the e-mails about translations assigned to you, or finished, are written in this language.",
    note: "Help under the language select",
  },
  "account.save": { message: "Save", note: "Button saving the account preferences" },
  "account.saved": { message: "Your preferences are saved.", note: "Confirmation after saving" },
} as const satisfies Catalog;
