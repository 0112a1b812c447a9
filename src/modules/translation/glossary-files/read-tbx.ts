import { ValidationError } from "../../../platform/errors.js";
import { decodeXml } from "../../../platform/xml/decode.js";
import {
  childElements,
  parseXmlTree,
  textContent,
  type XmlElement,
} from "../../../platform/xml/tree.js";
import type { TermStatus } from "../translation.table.js";

/** The largest TBX file read (bytes). */
export const MAX_TBX_BYTES = 20 * 1024 * 1024;

/** A term of a concept in one language, with what the file says of it. */
export interface TbxTerm {
  /** The langSet's language as written ("en", "FR-ca"). */
  lang: string;
  term: string;
  status: TermStatus | undefined;
  partOfSpeech: string;
  notes: string[];
  /** The definition of its language section, if any. */
  definition: string;
}

/** A concept (`termEntry`, TBX 2019 `conceptEntry`). */
export interface TbxEntry {
  line: number;
  definition: string;
  notes: string[];
  /** Target languages ("fr", "*") the concept's source terms are not translated into (Civitas's own export). */
  doNotTranslate: string[];
  terms: TbxTerm[];
}

/**
 * Reads TBX: ISO 30042:2008 `martif` (TBX-Basic, TBX-Default, the IBM and
 * Medtronic samples) and TBX 2019 core (`tbx` with conceptEntry/langSec/
 * termSec). Statuses come from `termNote type="administrativeStatus"`
 * (preferredTerm-admn-sts…) or `normativeAuthorization`. No DTD processing
 * (see platform/xml); a file of another kind is refused.
 */
export function readTbx(bytes: Uint8Array): TbxEntry[] {
  if (bytes.length > MAX_TBX_BYTES) {
    throw new ValidationError(`A TBX file holds at most ${MAX_TBX_BYTES / 1024 / 1024} MB`);
  }
  const root = parseXmlTree(decodeXml(bytes).text);
  if (root.name !== "martif" && root.name !== "tbx") {
    throw new ValidationError(
      `This is not a TBX file: its root element is <${root.name}>, not <martif> or <tbx>`,
    );
  }
  const text = childElements(root, "text")[0];
  const body = text ? childElements(text, "body")[0] : undefined;
  if (!body) throw new ValidationError("This TBX file has no <text><body>");
  return body.children
    .filter(
      (c): c is XmlElement =>
        typeof c !== "string" && (c.name === "termEntry" || c.name === "conceptEntry"),
    )
    .map(readEntry);
}

function readEntry(entry: XmlElement): TbxEntry {
  const terms: TbxTerm[] = [];
  for (const langSet of entry.children) {
    if (typeof langSet === "string" || (langSet.name !== "langSet" && langSet.name !== "langSec"))
      continue;
    const lang = langSet.attributes["xml:lang"] ?? "";
    const definition = definitionOf(langSet);
    for (const holder of childElements(langSet)) {
      if (!["tig", "ntig", "termSec"].includes(holder.name)) continue;
      // ntig puts the term and its termNotes in a termGrp; tig and termSec hold them directly.
      const group =
        holder.name === "ntig" ? (childElements(holder, "termGrp")[0] ?? holder) : holder;
      const term = childElements(group, "term")[0];
      if (!term) continue;
      const termNotes = [...childElements(group, "termNote"), ...childElements(holder, "termNote")];
      const noteOf = (type: string) =>
        clean(textContent(termNotes.find((n) => n.attributes.type === type) ?? ""));
      terms.push({
        lang,
        term: clean(textContent(term)),
        status: statusOf(noteOf("administrativeStatus") || noteOf("normativeAuthorization")),
        partOfSpeech: noteOf("partOfSpeech"),
        notes: childElements(holder, "note").map((n) => clean(textContent(n))),
        definition,
      });
    }
  }
  return {
    line: entry.line,
    definition: definitionOf(entry),
    notes: childElements(entry, "note").map((n) => clean(textContent(n))),
    doNotTranslate: childElements(entry, "admin")
      .filter((a) => a.attributes.type === "x-civitas-do-not-translate")
      .map((a) => clean(textContent(a))),
    terms,
  };
}

/** A `descrip type="definition"` of the element, directly or in a descripGrp. */
function definitionOf(element: XmlElement): string {
  const holders = [element, ...childElements(element, "descripGrp")];
  for (const holder of holders) {
    const found = childElements(holder, "descrip").find((d) => d.attributes.type === "definition");
    if (found) return clean(textContent(found));
  }
  return "";
}

/** preferredTerm-admn-sts / preferredTerm (normativeAuthorization) → preferred; standardized, regulated, legal count as preferred. */
function statusOf(value: string): TermStatus | undefined {
  const name = value.replace(/-admn-sts$/, "").replace(/Term$/, "");
  if (["preferred", "standardized", "regulated", "legal"].includes(name)) return "preferred";
  if (name === "admitted" || name === "deprecated" || name === "superseded") return name;
  return undefined;
}

/** Whitespace of pretty-printed XML collapsed. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
