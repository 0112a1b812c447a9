import { escapeXml } from "../../../platform/xml/tree.js";
import type { GlossaryTerm } from "../translation.table.js";

/**
 * Writes the glossary as TBX-Basic (ISO 30042:2008 `martif`, the TBX-Basic
 * dialect): one termEntry per source term, its source langSet, and per target
 * language the translations with their administrativeStatus, part of speech
 * and note; the definition on the target langSet. Do-not-translate terms are
 * an `admin type="x-civitas-do-not-translate"` naming the target language or *.
 */
export function writeTbx(input: {
  terms: readonly GlossaryTerm[];
  sourceLanguage: string;
  now: Date;
}): string {
  const entries = new Map<string, GlossaryTerm[]>();
  for (const term of input.terms) {
    const key = `${term.sourceLanguage}\n${term.sourceKey}`;
    entries.set(key, [...(entries.get(key) ?? []), term]);
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif type="TBX-Basic" xml:lang="${escapeXml(input.sourceLanguage)}">`,
    "  <martifHeader>",
    "    <fileDesc>",
    "      <titleStmt><title>Civitas glossary</title></titleStmt>",
    `      <sourceDesc><p>Exported by Civitas on ${input.now.toISOString()}</p></sourceDesc>`,
    "    </fileDesc>",
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    "  </martifHeader>",
    "  <text>",
    "    <body>",
  ];
  let n = 0;
  for (const rows of entries.values()) {
    const [first] = rows;
    if (!first) continue;
    n += 1;
    out.push(`      <termEntry id="c${n}">`);
    for (const row of rows.filter((r) => r.targetTerm === null)) {
      out.push(
        `        <admin type="x-civitas-do-not-translate">${escapeXml(row.targetLanguage)}</admin>`,
      );
    }
    const keep = rows.find((r) => r.targetTerm === null);
    out.push(
      `        <langSet xml:lang="${escapeXml(first.sourceLanguage)}">`,
      `          <tig>`,
      `            <term>${escapeXml(first.sourceTerm)}</term>`,
      ...(keep?.partOfSpeech ? [termNote("partOfSpeech", keep.partOfSpeech)] : []),
      ...(keep?.note ? [`            <note>${escapeXml(keep.note)}</note>`] : []),
      `          </tig>`,
      `        </langSet>`,
    );
    const byLanguage = new Map<string, GlossaryTerm[]>();
    for (const row of rows) {
      if (row.targetTerm === null) continue;
      byLanguage.set(row.targetLanguage, [...(byLanguage.get(row.targetLanguage) ?? []), row]);
    }
    for (const [language, translations] of byLanguage) {
      out.push(`        <langSet xml:lang="${escapeXml(language)}">`);
      const definition = translations.find((t) => t.definition)?.definition;
      if (definition) {
        out.push(`          <descrip type="definition">${escapeXml(definition)}</descrip>`);
      }
      // The preferred translation first: a reader without statuses takes the first term.
      const ordered = [...translations].sort(
        (a, b) => Number(b.status === "preferred") - Number(a.status === "preferred"),
      );
      for (const t of ordered) {
        out.push(
          "          <tig>",
          `            <term>${escapeXml(t.targetTerm ?? "")}</term>`,
          ...(t.partOfSpeech ? [termNote("partOfSpeech", t.partOfSpeech)] : []),
          termNote("administrativeStatus", `${t.status}Term-admn-sts`),
          ...(t.note ? [`            <note>${escapeXml(t.note)}</note>`] : []),
          "          </tig>",
        );
      }
      out.push("        </langSet>");
    }
    out.push("      </termEntry>");
  }
  out.push("    </body>", "  </text>", "</martif>", "");
  return out.join("\n");
}

function termNote(type: string, value: string): string {
  return `            <termNote type="${type}">${escapeXml(value)}</termNote>`;
}
