import { escapeXml } from "../../../platform/xml/tree.js";
import { segmentToTmx } from "./tmx-inline.js";

/** A unit of the memory as the TMX file shows it. */
export interface TmxExportUnit {
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  targetText: string;
  origin: string;
  state: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Writes TMX 1.4b: a header naming Civitas, one `<tu>` per unit (source and
 * one target, with Civitas's origin and state as `x-civitas-*` props so a
 * re-import keeps them), dates in TMX form (YYYYMMDDThhmmssZ), every text and
 * attribute escaped, codes as `<bpt>/<ept>/<ph>`.
 */
export function writeTmx(input: {
  units: readonly TmxExportUnit[];
  adminLanguage: string;
  now: Date;
}): string {
  const languages = new Set(input.units.map((u) => u.sourceLanguage));
  const [only] = languages;
  const srclang = languages.size === 1 && only !== undefined ? only : "*all*";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Civitas" creationtoolversion="1" segtype="sentence" o-tmf="Civitas" adminlang="${escapeXml(input.adminLanguage)}" srclang="${escapeXml(srclang)}" datatype="plaintext" creationdate="${tmxDate(input.now.toISOString())}"/>`,
    "  <body>",
  ];
  for (const unit of input.units) {
    const created = tmxDate(unit.createdAt);
    const changed = tmxDate(unit.updatedAt);
    lines.push(
      `    <tu srclang="${escapeXml(unit.sourceLanguage)}" creationdate="${created}" changedate="${changed}">`,
      `      <prop type="x-civitas-origin">${escapeXml(unit.origin)}</prop>`,
      `      <prop type="x-civitas-state">${escapeXml(unit.state)}</prop>`,
      `      <tuv xml:lang="${escapeXml(unit.sourceLanguage)}"><seg>${segmentToTmx(unit.sourceText)}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(unit.targetLanguage)}" creationdate="${created}" changedate="${changed}"><seg>${segmentToTmx(unit.targetText)}</seg></tuv>`,
      "    </tu>",
    );
  }
  lines.push("  </body>", "</tmx>", "");
  return lines.join("\n");
}

/** An ISO-8601 UTC time in TMX's form: 2026-12-04T19:14:00.000Z → 20261204T191400Z. */
export function tmxDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}
