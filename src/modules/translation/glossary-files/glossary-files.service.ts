import type { Kysely } from "kysely";
import type { DB, Db } from "../../../database.js";
import { ValidationError } from "../../../platform/errors.js";
import { glossaryKey } from "../glossary-key.js";
import { listGlossary, type TermInput } from "../glossary.repository.js";
import {
  importGlossaryCsv,
  type TermWriteCounts,
  termKey,
  termSchema,
  writeTerms,
} from "../glossary.service.js";
import { siteLanguageOf } from "../tmx/tmx.service.js";
import { writeGlossaryCsv } from "./glossary-csv.js";
import { readTbx, type TbxEntry, type TbxTerm } from "./read-tbx.js";
import { writeTbx } from "./write-tbx.js";

/** The glossary file formats: CSV (columns in glossary-csv.ts) and TBX (TBX-Basic 2008 written; 2008 and 2019 core read). */
export type GlossaryFormat = "csv" | "tbx";

/** Why a term of a TBX file was not imported (stable codes). */
export type TbxSkipReason =
  "language-not-on-site" | "no-source-term" | "no-translation" | "duplicate-in-file" | "invalid";

/** What a glossary import did. */
export interface GlossaryImportReport extends TermWriteCounts {
  format: GlossaryFormat;
  /** Concepts (TBX) or rows (CSV) read. */
  entriesRead: number;
  /** Terms the glossary got from the file (rows, one per source term, target term and language). */
  terms: number;
  skipped: Partial<Record<TbxSkipReason, number>>;
}

/**
 * Imports a glossary file, TBX or CSV (by its name, else by its first byte),
 * all or nothing, idempotent: a term already there as the file says is
 * unchanged. TBX concepts become a row per source-language term and target
 * term in each site language: the preferred target (or the first not
 * forbidden) preferred, the others admitted, deprecated and superseded ones
 * kept as forbidden.
 */
export async function importGlossaryFile(
  db: Kysely<DB>,
  input: {
    bytes: Uint8Array;
    fileName: string;
    sourceLanguage: string;
    /** For a CSV without language columns. */
    targetLanguage?: string;
    languages: readonly string[];
    actorId: number | null;
    now: Date;
    onProgress?: (done: number, total: number) => void;
    onWritten?: (trx: Db, counts: TermWriteCounts) => Promise<void>;
  },
): Promise<GlossaryImportReport> {
  const format = formatOf(input.fileName, input.bytes);
  if (format === "csv") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input.bytes);
    } catch {
      throw new ValidationError("The CSV file is not UTF-8 text");
    }
    const result = await importGlossaryCsv(db, { ...input, text });
    const { imported, ...counts } = result;
    return { format, entriesRead: imported, terms: imported, skipped: {}, ...counts };
  }
  const entries = readTbx(input.bytes);
  const { terms, skipped } = termsOfEntries(entries, input.sourceLanguage, input.languages);
  const counts = await writeTerms(db, terms, input);
  return { format, entriesRead: entries.length, terms: terms.length, skipped, ...counts };
}

/** The glossary (every term of the site's source language) as TBX-Basic or CSV. */
export async function exportGlossary(
  db: Kysely<DB>,
  input: { format: GlossaryFormat; sourceLanguage: string; now: Date },
): Promise<{ text: string; terms: number }> {
  const terms = await listGlossary(db, { sourceLanguage: input.sourceLanguage });
  const text =
    input.format === "csv"
      ? writeGlossaryCsv(terms)
      : writeTbx({ terms, sourceLanguage: input.sourceLanguage, now: input.now });
  return { text, terms: terms.length };
}

/** The format of a file: .tbx/.xml/.csv by name, else TBX when it starts like XML. */
export function formatOf(fileName: string, bytes: Uint8Array): GlossaryFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "tbx" || extension === "xml") return "tbx";
  if (extension === "csv" || extension === "txt") return "csv";
  const start = new TextDecoder().decode(bytes.subarray(0, 8)).replace(/^\uFEFF/, "");
  return start.startsWith("<") || bytes[0] === 0xff || bytes[0] === 0xfe ? "tbx" : "csv";
}

const FORBIDDEN = new Set(["deprecated", "superseded"]);

/** The glossary rows TBX concepts stand for, and what was left out, why. */
export function termsOfEntries(
  entries: readonly TbxEntry[],
  sourceLanguage: string,
  languages: readonly string[],
): { terms: TermInput[]; skipped: Partial<Record<TbxSkipReason, number>> } {
  const skipped: Partial<Record<TbxSkipReason, number>> = {};
  const skip = (reason: TbxSkipReason, n = 1) => {
    if (n > 0) skipped[reason] = (skipped[reason] ?? 0) + n;
  };
  const terms: TermInput[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const languageOf = (t: TbxTerm) => siteLanguageOf(t.lang, languages);
    skip("language-not-on-site", entry.terms.filter((t) => languageOf(t) === undefined).length);
    const sources = entry.terms.filter((t) => languageOf(t) === sourceLanguage);
    if (sources.length === 0) {
      skip("no-source-term");
      continue;
    }
    const rows: TermInput[] = [];
    for (const target of languages) {
      if (target === sourceLanguage) continue;
      const translations = entry.terms.filter((t) => languageOf(t) === target);
      const usable = translations.filter((t) => !FORBIDDEN.has(t.status ?? ""));
      const preferred = usable.find((t) => t.status === "preferred") ?? usable[0];
      for (const source of sources) {
        for (const t of translations) {
          rows.push({
            sourceLanguage,
            targetLanguage: target,
            sourceTerm: source.term,
            targetTerm: t.term,
            status:
              t === preferred
                ? "preferred"
                : t.status === "deprecated" || t.status === "superseded"
                  ? t.status
                  : "admitted",
            partOfSpeech: t.partOfSpeech || source.partOfSpeech,
            definition: t.definition || entry.definition || source.definition,
            note: (t.notes.length > 0 ? t.notes : entry.notes).join(" "),
          });
        }
      }
    }
    for (const target of entry.doNotTranslate) {
      if (target !== "*" && (target === sourceLanguage || !languages.includes(target))) continue;
      for (const source of sources) {
        rows.push({
          sourceLanguage,
          targetLanguage: target,
          sourceTerm: source.term,
          targetTerm: null,
          status: "preferred",
          partOfSpeech: source.partOfSpeech,
          definition: "",
          note: source.notes.join(" "),
        });
      }
    }
    if (rows.length === 0) skip("no-translation");
    for (const row of rows) {
      const parsed = termSchema.safeParse({ ...row, targetTerm: row.targetTerm ?? "" });
      if (!parsed.success) {
        skip("invalid");
        continue;
      }
      const key = termKey(parsed.data);
      const pairKey = `${key}\n${glossaryKey(parsed.data.targetTerm ?? "")}`;
      if (seen.has(key) || seen.has(pairKey)) {
        skip("duplicate-in-file");
        continue;
      }
      seen.add(key);
      seen.add(pairKey);
      terms.push(parsed.data);
    }
  }
  return { terms, skipped };
}
