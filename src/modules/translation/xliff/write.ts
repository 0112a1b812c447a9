import { parseInline } from "../segments/index.js";
import { MTC, XLF, XLF12 } from "./namespaces.js";
import { escapeXml, escapeXmlText } from "./xml-tree.js";

/** A candidate translation offered to the translator (the memory's own, or a similar sentence's). */
export interface ExportMatch {
  /** "mt": the engine's output for this sentence; "tm": a similar sentence's translation. */
  type: "mt" | "tm";
  source: string;
  target: string;
  /** 0–100 for "tm". */
  similarity?: number;
  origin?: string;
}

/** One sentence to translate; `id` is stable (the source segment's hash) so the import finds it. */
export interface ExportUnit {
  id: string;
  /** In the segment inline format. */
  source: string;
  matches: ExportMatch[];
  terms: { source: string; target: string | null }[];
}

/** What an export holds: one <file> per item. */
export interface ExportDocument {
  version: "2.1" | "1.2";
  sourceLanguage: string;
  targetLanguage: string;
  files: { id: string; original: string; units: ExportUnit[] }[];
}

/**
 * Writes an export as XLIFF 2.1 (inline codes as pc/ph, candidates as mtc:matches,
 * glossary terms as notes of category "glossary") or 1.2 (g/x, alt-trans, note).
 * Targets are left out: the translator writes them.
 */
export function writeXliff(document: ExportDocument): string {
  return document.version === "1.2" ? write12(document) : write21(document);
}

function write21(document: ExportDocument): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLF}" xmlns:mtc="${MTC}" version="2.1" srcLang="${escapeXml(document.sourceLanguage)}" trgLang="${escapeXml(document.targetLanguage)}">`,
  ];
  for (const file of document.files) {
    lines.push(` <file id="${escapeXml(file.id)}" original="${escapeXml(file.original)}">`);
    for (const unit of file.units) {
      lines.push(`  <unit id="${escapeXml(unit.id)}">`);
      if (unit.matches.length > 0) {
        lines.push(`   <mtc:matches>`);
        unit.matches.forEach((match, i) => {
          const similarity =
            match.similarity === undefined ? "" : ` similarity="${match.similarity}"`;
          const origin = match.origin === undefined ? "" : ` origin="${escapeXml(match.origin)}"`;
          lines.push(
            `    <mtc:match id="m${i + 1}" ref="#s1" type="${match.type}"${similarity}${origin}>` +
              `<source>${inline21(match.source)}</source><target>${inline21(match.target)}</target></mtc:match>`,
          );
        });
        lines.push(`   </mtc:matches>`);
      }
      if (unit.terms.length > 0) {
        lines.push(`   <notes>`);
        for (const term of unit.terms) {
          lines.push(`    <note category="glossary">${escapeXmlText(termNote(term))}</note>`);
        }
        lines.push(`   </notes>`);
      }
      lines.push(
        `   <segment id="s1" state="initial"><source>${inline21(unit.source)}</source></segment>`,
      );
      lines.push(`  </unit>`);
    }
    lines.push(` </file>`);
  }
  lines.push(`</xliff>`, "");
  return lines.join("\n");
}

function write12(document: ExportDocument): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLF12}" version="1.2">`,
  ];
  for (const file of document.files) {
    lines.push(
      ` <file original="${escapeXml(file.original)}" source-language="${escapeXml(document.sourceLanguage)}" target-language="${escapeXml(document.targetLanguage)}" datatype="plaintext">`,
      `  <body>`,
    );
    for (const unit of file.units) {
      lines.push(
        `   <trans-unit id="${escapeXml(unit.id)}">`,
        `    <source>${inline12(unit.source)}</source>`,
      );
      for (const match of unit.matches) {
        const quality =
          match.similarity === undefined ? "" : ` match-quality="${match.similarity}"`;
        const origin = ` origin="${escapeXml(match.origin ?? match.type)}"`;
        lines.push(
          `    <alt-trans${quality}${origin}><source>${inline12(match.source)}</source><target xml:lang="${escapeXml(document.targetLanguage)}">${inline12(match.target)}</target></alt-trans>`,
        );
      }
      for (const term of unit.terms)
        lines.push(`    <note from="glossary">${escapeXmlText(termNote(term))}</note>`);
      lines.push(`   </trans-unit>`);
    }
    lines.push(`  </body>`, ` </file>`);
  }
  lines.push(`</xliff>`, "");
  return lines.join("\n");
}

function termNote(term: { source: string; target: string | null }): string {
  return term.target === null
    ? `${term.source} (do not translate)`
    : `${term.source} = ${term.target}`;
}

/** The segment inline format as XLIFF 2 content: <g> → <pc>, <x/> → <ph/>. */
export function inline21(segment: string): string {
  return parseInline(segment)
    .map((token) => {
      if (token.type === "text") return escapeXmlText(token.text);
      if (token.type === "open") return `<pc id="${escapeXml(token.id)}">`;
      if (token.type === "close") return "</pc>";
      return `<ph id="${escapeXml(token.id)}"/>`;
    })
    .join("");
}

/** The segment inline format as XLIFF 1.2 content (g and x, the same codes). */
export function inline12(segment: string): string {
  return parseInline(segment)
    .map((token) => {
      if (token.type === "text") return escapeXmlText(token.text);
      if (token.type === "open") return `<g id="${escapeXml(token.id)}">`;
      if (token.type === "close") return "</g>";
      return `<x id="${escapeXml(token.id)}"/>`;
    })
    .join("");
}
