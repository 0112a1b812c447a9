/**
 * Characters no name, title or short text may hold: C0 controls (NUL…) but tab
 * and line breaks, DEL, C1 controls, the line and paragraph separators, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which reverse the text shown around them ("U+202E in a
 * display name"). Marks (U+200E, U+200F, U+061C) stay allowed: RTL writing needs them.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Whether a text is free of control and bidirectional formatting characters (see FORBIDDEN). */
export function hasNoControlCharacters(text: string): boolean {
  return !FORBIDDEN.test(text);
}
