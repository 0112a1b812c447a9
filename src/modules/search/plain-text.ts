/** Plain text of sanitized HTML (a revision's rendered body): tags dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return collapse(
    decodeEntities(
      html
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
        .replace(/<\/?(p|div|li|h[1-6]|br|tr|td|th|blockquote|figcaption|pre)\b[^>]*>/gi, " \n ")
        .replace(/<[^>]*>/g, ""),
    ),
  );
}

/** Plain text of Markdown (a city profile): the words a reader sees, not its markup. */
export function markdownToText(markdown: string): string {
  return collapse(
    markdown
      .replace(/```[^\n]*\n/g, "\n")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]*>/g, " ")
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
      .replace(/[*_`~]+/g, ""),
  );
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function collapse(text: string): string {
  return text
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .replace(/\n+/g, "\n")
    .trim();
}
