/**
 * A tiny, dependency-free PDF 1.4 writer for the demo attachments: A4 pages, the standard
 * Helvetica font, a title and wrapped paragraphs. The output is deterministic (no dates or ids).
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN_X = 72;
const MARGIN_TOP = 72;
const MARGIN_BOTTOM = 72;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const TITLE_SIZE = 18;
const TITLE_LEADING = 23;
const BODY_SIZE = 11;
const BODY_LEADING = 15;
const PARAGRAPH_GAP = 7;
const TITLE_GAP = 14;
const FOOTER_SIZE = 9;
const FOOTER_Y = 40;

/** Helvetica advance widths (per 1000 em) for the printable ASCII characters 32..126. */
// prettier-ignore
const HELVETICA_WIDTHS: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space../
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p..~
];

/** Width used for Latin-1 letters outside ASCII (close to the Helvetica average). */
const DEFAULT_WIDTH = 556;

const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u2022\u00B7]/g, "-"],
  [/[\u00A0\u2000-\u200A\u202F\t]/g, " "],
  [/[\u200B-\u200D\uFEFF]/g, ""],
];

/** Reduces text to characters that Helvetica with WinAnsiEncoding can show (ASCII and Latin-1). */
function toWinAnsi(text: string): string {
  let result = text.normalize("NFC");
  for (const [pattern, replacement] of REPLACEMENTS) result = result.replace(pattern, replacement);
  let out = "";
  for (const char of result) {
    const code = char.codePointAt(0) ?? 63;
    out += (code >= 32 && code <= 126) || (code >= 0xa1 && code <= 0xff) ? char : "?";
  }
  return out.replace(/ {2,}/g, " ").trim();
}

function charWidth(char: string): number {
  const code = char.charCodeAt(0);
  return HELVETICA_WIDTHS[code - 32] ?? DEFAULT_WIDTH;
}

function textWidth(text: string, size: number): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  return (units * size) / 1000;
}

/** Breaks text into lines no wider than `maxWidth`, splitting over-long words by character. */
function wrap(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    let rest = word;
    while (textWidth(rest, size) > maxWidth) {
      let cut = 1;
      while (cut < rest.length && textWidth(rest.slice(0, cut + 1), size) <= maxWidth) cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Escapes the characters that are special inside a PDF literal string. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

interface PlacedLine {
  size: number;
  x: number;
  y: number;
  text: string;
}

/** Lays the title and paragraphs out over as many pages as needed. */
function layout(title: string, paragraphs: readonly string[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = PAGE_HEIGHT - MARGIN_TOP;
  const place = (text: string, size: number, leading: number): void => {
    if (y - leading < MARGIN_BOTTOM) {
      pages.push([]);
      y = PAGE_HEIGHT - MARGIN_TOP;
    }
    y -= leading;
    pages[pages.length - 1]?.push({ size, x: MARGIN_X, y, text });
  };
  for (const line of wrap(toWinAnsi(title), TITLE_SIZE, TEXT_WIDTH)) {
    place(line, TITLE_SIZE, TITLE_LEADING);
  }
  y -= TITLE_GAP;
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) y -= PARAGRAPH_GAP;
    for (const line of wrap(toWinAnsi(paragraph), BODY_SIZE, TEXT_WIDTH)) {
      place(line, BODY_SIZE, BODY_LEADING);
    }
  });
  return pages;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, "");
}

function contentStream(
  lines: readonly PlacedLine[],
  pageNumber: number,
  pageCount: number,
): string {
  const parts = ["BT"];
  let currentSize = 0;
  const show = (line: PlacedLine): void => {
    if (line.size !== currentSize) {
      parts.push(`/F1 ${line.size} Tf`);
      currentSize = line.size;
    }
    parts.push(`1 0 0 1 ${formatNumber(line.x)} ${formatNumber(line.y)} Tm`);
    parts.push(`${pdfString(line.text)} Tj`);
  };
  for (const line of lines) show(line);
  const footer = `Page ${pageNumber} of ${pageCount}`;
  show({
    size: FOOTER_SIZE,
    x: (PAGE_WIDTH - textWidth(footer, FOOTER_SIZE)) / 2,
    y: FOOTER_Y,
    text: footer,
  });
  parts.push("ET");
  return `${parts.join("\n")}\n`;
}

/** Writes a small, valid PDF 1.4 (A4, Helvetica) with the title in 18pt and wrapped 11pt paragraphs. */
export function makeDemoPdf(doc: { title: string; paragraphs: string[] }): Buffer {
  const pages = layout(doc.title, doc.paragraphs);
  const pageCount = pages.length;
  const firstPageObject = 5;
  const pageObjectIds = pages.map((_, i) => firstPageObject + 2 * i);

  // Object bodies, indexed by object number - 1; every string holds Latin-1 characters only.
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageObjectIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageCount} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Title ${pdfString(toWinAnsi(doc.title))} /Producer (Civitas demo content) >>`,
  ];
  pages.forEach((lines, i) => {
    const pageId = firstPageObject + 2 * i;
    const stream = contentStream(lines, i + 1, pageCount);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}endstream`,
    );
  });

  let pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf +=
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\n` +
    `startxref\n${xrefOffset}\n%%EOF`;
  return Buffer.from(pdf, "latin1");
}
