import type { Catalog } from "../../catalog.js";

/** English strings of the translation desk: one item translated sentence by sentence into one language. */
export const EN_DESK = {
  "desk.open": {
    message: "Translate in the desk",
    note: "Link from the review desk and the translations table to the translation desk of an item in a language",
  },
  "desk.title": {
    message: "Translate “{title}” into {language}",
    note: "Title of the translation desk; title is the item's title, language the target language's name",
  },
  "desk.progress": {
    message: "{done} of {total} sentences done",
    note: "Progress at the top of the desk: sentences a person translated or confirmed, out of all",
  },
  "desk.intro": {
    message:
      "Work through the sentences in reading order. Each sentence is saved when you accept it; once every sentence is done, publish the language.",
    note: "Introduction under the desk's title",
  },
  "desk.shortcuts": { message: "Keyboard", note: "Heading of the desk's keyboard shortcuts" },
  "desk.shortcutList": {
    message:
      "Ctrl+Enter: accept the text and go to the next sentence (a draft you keep as it is costs one keystroke). Alt+↓ / Alt+↑: next / previous sentence. Alt+C: copy the original. Alt+M: take the best memory match. Typing edits; Tab moves between fields.",
    note: "The desk's keyboard shortcuts in one paragraph; keep the key names (Ctrl, Alt, Enter, C, M) as they are on keyboards",
  },
  "desk.sentence": {
    message: "Sentence {number} of {total}: {field}",
    note: "Heading of one sentence of the desk; field is the field's name in words (Title, Body…)",
  },
  "desk.state.done": {
    message: "Done",
    note: "Badge of a sentence a person translated or confirmed",
  },
  "desk.state.todo": { message: "To do", note: "Badge of a sentence still to translate" },
  "desk.source": { message: "Original", note: "Label of the source sentence" },
  "desk.target": {
    message: "Translation",
    note: "Label of the field where the translator writes the sentence in the target language",
  },
  "desk.draft": {
    message: "Machine draft",
    note: "Heading of the machine translation offered as a starting point",
  },
  "desk.noDraft": {
    message: "No machine draft: write the translation, or take the original or a memory match.",
    note: "Shown when no engine translated the sentence (a language without an engine, such as Arabic)",
  },
  "desk.hold.none": {
    message: "The draft would reach readers as it is.",
    note: "Under a machine draft the gate would let through",
  },
  "desk.hold.errors": {
    message: "Held from readers: the checks found errors in it.",
    note: "Under a machine draft the gate holds because the automatic checks found errors",
  },
  "desk.hold.review": {
    message: "Held from readers: in this language a person reviews every sentence.",
    note: "Under a machine draft held because the language's policy waits for a person",
  },
  "desk.hold.draft": {
    message: "Held from readers: machine output is only a starting point in this language.",
    note: "Under a machine draft held because the language's policy never publishes machine output",
  },
  "desk.memory": {
    message: "Memory matches",
    note: "Heading of similar sentences from the memory",
  },
  "desk.accept": {
    message: "Accept and next",
    note: "Button saving the sentence's translation and moving to the next sentence (also Ctrl+Enter)",
  },
  "desk.copySource": {
    message: "Copy the original",
    note: "Button putting the source sentence into the translation field (also Alt+C)",
  },
  "desk.takeMemory": {
    message: "Take the memory match",
    note: "Button putting the best memory match's translation into the field (also Alt+M)",
  },
  "desk.save.saving": { message: "Saving…", note: "Autosave state of a sentence while it is sent" },
  "desk.save.saved": { message: "Saved", note: "Autosave state of a sentence once stored" },
  "desk.save.failed": {
    message: "Not saved: {problem}",
    note: "Autosave state of a sentence the server refused or could not store; problem says why",
  },
  "desk.save.offline": {
    message: "the server could not be reached",
    note: "The problem of a failed save when the network failed (fills {problem} of desk.save.failed)",
  },
  "desk.save.retry": { message: "Retry", note: "Button sending a failed sentence again" },
  "desk.saved": {
    message: "Sentence saved.",
    note: "Notice after a sentence was saved without JavaScript",
  },
  "desk.preview": {
    message: "Preview the page in {language}",
    note: "Link to the item as it would look in the language with the desk's translations",
  },
  "desk.previewBanner": {
    message:
      "Preview in {language} with the desk's translations (drafts included): not yet what readers see.",
    note: "Banner at the top of the desk's preview page",
  },
  "desk.publish": {
    message: "Publish in {language}",
    note: "Button making the language version of the item live once every sentence is done",
  },
  "desk.publishLeft": {
    message:
      "{left, plural, one {One sentence is left before you can publish.} other {# sentences are left before you can publish.}}",
    note: "Next to the disabled publish button: how many sentences still need a person's translation",
  },
  "desk.publishIncomplete": {
    message: "Not published: every sentence needs a person's translation first.",
    note: "Error when publishing was asked before every sentence was done",
  },
  "desk.publishNotPublished": {
    message: "Not published: the item itself is not published yet.",
    note: "Error when publishing a language of an item that is not live in its own language",
  },
  "desk.published": {
    message: "The {language} version is live.",
    note: "Notice after publishing the language",
  },
  "desk.publishHeld": {
    message: "The translations are stored, but the gate still holds the {language} version.",
    note: "Notice after publishing when the gate did not let the version through",
  },
  "desk.livePage": {
    message: "Readers see this language: open the live page",
    note: "Link to the public page in the language, shown when it is live",
  },
  "desk.whole.title": {
    message: "Translated whole by a person",
    note: "Heading of the desk's list of fields a person translated as a whole (an imported version whose sentences do not pair with the original's)",
  },
  "desk.whole.intro": {
    message:
      "These fields came translated in {language} with sentences that do not pair with the original's: readers see them as written, so their sentences are not listed below. Editing the original's text brings them back here sentence by sentence.",
    note: "Explains the fields translated whole on the desk; {language} is the language's name",
  },
  "desk.empty": {
    message:
      "This item has no sentences to translate yet: it has not gone through the translation pipeline.",
    note: "Shown when the item's revision was never segmented",
  },
} as const satisfies Catalog;
