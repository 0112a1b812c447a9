/** Where a run of translated text lands in the Markdown being written. */
export interface TextPosition {
  /** Nothing but indentation or container markers before it on its line. */
  atLineStart: boolean;
  /** Right after a `]`: a `(` or `:` would turn a reference into a link or a definition. */
  afterBracket: boolean;
  /** A code follows: a final `!` would turn a following link into an image. */
  beforeCode: boolean;
  /** In a table cell, where `|` ends the cell even inside other markup. */
  inTable: boolean;
}

// Inline markup characters. `|` is escaped in table cells only: elsewhere an escaped `|`
// could turn a paragraph that merely looks like a table into one.
const INLINE_SPECIAL = /[\\`*_[\]<>~]/g;
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
const LINE_BREAKS = /(?<!\s)\s*(?:\r\n|\r|\n)\s*/g;

/** Escapes translated text so that Markdown reads it as text, never as markup. */
export function escapeMarkdownText(text: string, position: TextPosition): string {
  let out = text
    .replace(LINE_BREAKS, " ")
    .replace(INLINE_SPECIAL, "\\$&")
    .replace(ENTITY_LIKE, "\\&");
  if (position.inTable) out = out.replace(/\|/g, "\\|");
  if (position.atLineStart) {
    out = out.replace(/^(\s*)([#+\-=])/, "$1\\$2").replace(/^(\s*\d{1,9})([.)])/, "$1\\$2");
  }
  // An ATX heading drops a closing run of `#`.
  out = out.replace(/(\s)(#+\s*)$/, "$1\\$2");
  if (position.afterBracket) out = out.replace(/^[(:]/, "\\$&");
  if (position.beforeCode) out = out.replace(/!$/, "\\!");
  return out;
}

/** Escapes translated text for a link or image title, whatever its delimiters. */
export function escapeMarkdownTitle(text: string): string {
  return text
    .replace(LINE_BREAKS, " ")
    .replace(/[\\"'()]/g, "\\$&")
    .replace(ENTITY_LIKE, "\\&");
}
