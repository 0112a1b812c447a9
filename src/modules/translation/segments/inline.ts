/**
 * The segment text format ("inline XML"): plain text with `&`, `<`, `>` escaped,
 * paired codes `<g id="N">…</g>` around translatable text whose markup surrounds
 * it, standalone codes `<x id="N"/>` for inline things without translatable text.
 * Engines, QA checks and the reviewer workspace read segments through this file.
 */

/** One piece of a segment: decoded text, the opening or closing of a paired code, or a standalone code. */
export type InlineToken =
  | { type: "text"; text: string }
  | { type: "open"; id: string }
  | { type: "close"; id: string }
  | { type: "x"; id: string };

/** What is wrong with a segment's codes (alone, or compared with its source segment). */
export type InlineProblem =
  | { type: "unbalanced"; id: string }
  | { type: "duplicate-id"; id: string }
  | { type: "unknown-id"; id: string }
  | { type: "missing-id"; id: string }
  | { type: "kind-mismatch"; id: string };

// Lenient on purpose: engines add spaces or swap quotes; anything else stays text.
const CODE =
  /<\s*(?:g\s+id\s*=\s*(["'])([^"'<>\s]+)\1\s*|\/\s*g\s*|x\s+id\s*=\s*(["'])([^"'<>\s]+)\3\s*\/\s*)>/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Reads a segment into tokens; never throws. A `</g>` closes the innermost open
 * code (its token carries that id, or "" when nothing is open); anything that is
 * not a code is text, with `&amp; &lt; &gt; &quot; &apos;` and numeric references decoded.
 */
export function parseInline(segment: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const open: string[] = [];
  let cursor = 0;
  const pushText = (raw: string): void => {
    if (raw === "") return;
    const text = decodeInlineText(raw);
    const last = tokens.at(-1);
    if (last?.type === "text") last.text += text;
    else tokens.push({ type: "text", text });
  };
  for (const match of segment.matchAll(CODE)) {
    pushText(segment.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    const [, , openId, , xId] = match;
    if (openId !== undefined) {
      open.push(openId);
      tokens.push({ type: "open", id: openId });
    } else if (xId !== undefined) {
      tokens.push({ type: "x", id: xId });
    } else {
      tokens.push({ type: "close", id: open.pop() ?? "" });
    }
  }
  pushText(segment.slice(cursor));
  return tokens;
}

/** Writes tokens back in the canonical form (`<g id="1">`, `</g>`, `<x id="2"/>`). */
export function serializeInline(tokens: readonly InlineToken[]): string {
  let out = "";
  for (const token of tokens) {
    if (token.type === "text") out += escapeInlineText(token.text);
    else if (token.type === "open") out += `<g id="${token.id}">`;
    else if (token.type === "close") out += "</g>";
    else out += `<x id="${token.id}"/>`;
  }
  return out;
}

/**
 * A segment as a person edits it: codes kept in their canonical form, text
 * decoded, so a literal `<b>` or `&` in the sentence reads as typed (not `&lt;b&gt;`).
 * {@link segmentFromEditable} reads it back.
 */
export function editableInline(segment: string): string {
  let out = "";
  for (const token of parseInline(segment)) {
    if (token.type === "text") out += token.text;
    else out += serializeInline([token]);
  }
  return out;
}

/**
 * Reads what a person typed (codes as written, text unescaped) back into the
 * segment format: codes canonical, `&`, `<`, `>` of the text escaped.
 */
export function segmentFromEditable(typed: string): string {
  return serializeInline(parseInline(typed));
}

/** Escapes plain text for the segment format. */
export function escapeInlineText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Decodes the entities a segment's text may hold. */
export function decodeInlineText(text: string): string {
  return text.replace(ENTITY, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The segment's codes in order of appearance, as their canonical opening tags (`<g id="1">`, `<x id="2"/>`). */
export function listCodes(segment: string): string[] {
  const codes: string[] = [];
  for (const token of parseInline(segment)) {
    if (token.type === "open") codes.push(`<g id="${token.id}">`);
    else if (token.type === "x") codes.push(`<x id="${token.id}"/>`);
  }
  return codes;
}

/** The segment's codes in order of appearance, with their kind. */
export function listCodeIds(segment: string): { id: string; type: "g" | "x" }[] {
  const codes: { id: string; type: "g" | "x" }[] = [];
  for (const token of parseInline(segment)) {
    if (token.type === "open") codes.push({ id: token.id, type: "g" });
    else if (token.type === "x") codes.push({ id: token.id, type: "x" });
  }
  return codes;
}

/** The text a reader would see: codes removed, entities decoded. */
export function plainText(segment: string): string {
  // No code and no entity (most sentences): the segment reads as it is.
  if (!segment.includes("<") && !segment.includes("&")) return segment;
  let out = "";
  for (const token of parseInline(segment)) if (token.type === "text") out += token.text;
  return out;
}

/**
 * Problems of a segment's codes: unbalanced pairs and duplicate ids; given its
 * source segment, also ids the source lacks, ids it lost, and g/x swapped.
 * An empty list means valid.
 */
export function validateInline(segment: string, source?: string): InlineProblem[] {
  const problems: InlineProblem[] = [];
  const seen = new Map<string, "g" | "x">();
  let depth = 0;
  const pending: string[] = [];
  for (const token of parseInline(segment)) {
    if (token.type === "text") continue;
    if (token.type === "close") {
      if (depth === 0) problems.push({ type: "unbalanced", id: token.id });
      else {
        depth--;
        pending.pop();
      }
      continue;
    }
    if (token.type === "open") {
      depth++;
      pending.push(token.id);
    }
    if (seen.has(token.id)) problems.push({ type: "duplicate-id", id: token.id });
    else seen.set(token.id, token.type === "open" ? "g" : "x");
  }
  for (const id of pending) problems.push({ type: "unbalanced", id });
  if (source === undefined) return problems;
  const expected = new Map(listCodeIds(source).map((code) => [code.id, code.type]));
  for (const [id, type] of seen) {
    const want = expected.get(id);
    if (want === undefined) problems.push({ type: "unknown-id", id });
    else if (want !== type) problems.push({ type: "kind-mismatch", id });
  }
  for (const id of expected.keys()) {
    if (!seen.has(id)) problems.push({ type: "missing-id", id });
  }
  return problems;
}
