import { escapeInlineText, parseInline, plainText } from "../segments/index.js";

/**
 * Puts a reader's plain-text proposal into the inline format of the unit it
 * replaces: each top-level paired code goes around the same words in the
 * proposal, each standalone code after the word it followed (else at the
 * end). Undefined when a paired code's words are not in the proposal: the
 * reviewer then edits the translation by hand.
 */
export function transferCodes(proposal: string, current: string): string | undefined {
  const tokens = parseInline(current);
  if (!tokens.some((t) => t.type !== "text")) return escapeInlineText(proposal);
  const inserts: { at: number; end?: number; open: string; close?: string }[] = [];
  let depth = 0;
  let before = "";
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.type === "text") {
      if (depth === 0) before += token.text;
      continue;
    }
    if (token.type === "close") {
      depth--;
      continue;
    }
    if (token.type === "x" && depth === 0) {
      const word = /[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u.exec(before.trimEnd())?.[0].trim();
      const at = word ? indexOfLoose(proposal, word, from) : -1;
      inserts.push({
        at: at >= 0 ? at + (word?.length ?? 0) : proposal.length,
        open: `<x id="${token.id}"/>`,
      });
      continue;
    }
    if (token.type === "open") {
      if (depth === 0) {
        const inner = innerText(tokens, i);
        const at = indexOfLoose(proposal, inner.text.trim(), from);
        if (inner.text.trim() === "" || at < 0) return undefined;
        const end = at + inner.text.trim().length;
        inserts.push({ at, end, open: inner.raw.open, close: inner.raw.close });
        from = end;
        before += inner.text;
      }
      depth++;
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  let out = "";
  let cursor = 0;
  for (const insert of inserts) {
    if (insert.at < cursor) return undefined;
    out += escapeInlineText(proposal.slice(cursor, insert.at)) + insert.open;
    cursor = insert.at;
    if (insert.end !== undefined) {
      out += escapeInlineText(proposal.slice(cursor, insert.end)) + (insert.close ?? "");
      cursor = insert.end;
    }
  }
  return out + escapeInlineText(proposal.slice(cursor));
}

/** The text and the canonical markup of the paired code opening at `index` (nested codes kept inside). */
function innerText(
  tokens: ReturnType<typeof parseInline>,
  index: number,
): { text: string; raw: { open: string; close: string } } {
  let depth = 0;
  const inner: string[] = [];
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.type === "open") depth++;
    if (token.type === "close") depth--;
    if (depth === 0) break;
    if (i > index) {
      if (token.type === "text") inner.push(escapeInlineText(token.text));
      else if (token.type === "open") inner.push(`<g id="${token.id}">`);
      else if (token.type === "close") inner.push("</g>");
      else inner.push(`<x id="${token.id}"/>`);
    }
  }
  const opening = tokens[index];
  const id = opening && opening.type === "open" ? opening.id : "";
  // Nested codes are rare in one sentence; their words are wrapped by the outer code only.
  return { text: plainText(inner.join("")), raw: { open: `<g id="${id}">`, close: "</g>" } };
}

function indexOfLoose(text: string, needle: string, from: number): number {
  if (needle === "") return -1;
  const exact = text.indexOf(needle, from);
  return exact >= 0 ? exact : text.toLowerCase().indexOf(needle.toLowerCase(), from);
}
