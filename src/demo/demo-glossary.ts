import type { Kysely } from "kysely";
import type { DB } from "../database.js";
import { listGlossary, upsertTerm } from "../modules/translation/glossary.repository.js";

/** The demo network's glossary: its own names, fixed in every language, and names never translated. */
export const DEMO_GLOSSARY: readonly {
  targetLanguage: string;
  sourceTerm: string;
  targetTerm: string | null;
  note: string;
}[] = [
  {
    targetLanguage: "fr",
    sourceTerm: "Strong Cities Network",
    targetTerm: "Réseau des villes fortes",
    note: "The network's name",
  },
  {
    targetLanguage: "fr",
    sourceTerm: "International Steering Committee",
    targetTerm: "Comité directeur international",
    note: "",
  },
  {
    targetLanguage: "fr",
    sourceTerm: "U.S. Department of State",
    targetTerm: "Département d'État des États-Unis",
    note: "A co-sponsor; never the European Union",
  },
  {
    targetLanguage: "fr",
    sourceTerm: "UN General Assembly",
    targetTerm: "Assemblée générale des Nations unies",
    note: "",
  },
  { targetLanguage: "fr", sourceTerm: "regional hub", targetTerm: "pôle régional", note: "" },
  {
    targetLanguage: "es",
    sourceTerm: "Strong Cities Network",
    targetTerm: "Red de Ciudades Fuertes",
    note: "The network's name",
  },
  {
    targetLanguage: "es",
    sourceTerm: "International Steering Committee",
    targetTerm: "Comité Directivo Internacional",
    note: "",
  },
  {
    targetLanguage: "es",
    sourceTerm: "U.S. Department of State",
    targetTerm: "Departamento de Estado de los Estados Unidos",
    note: "A co-sponsor",
  },
  {
    targetLanguage: "es",
    sourceTerm: "UN General Assembly",
    targetTerm: "Asamblea General de las Naciones Unidas",
    note: "",
  },
  { targetLanguage: "es", sourceTerm: "regional hub", targetTerm: "centro regional", note: "" },
  {
    targetLanguage: "fr",
    sourceTerm: "disinformation",
    targetTerm: "désinformation",
    note: "Apertium does not know it",
  },
  {
    targetLanguage: "es",
    sourceTerm: "disinformation",
    targetTerm: "desinformación",
    note: "Apertium does not know it",
  },
  {
    targetLanguage: "fr",
    sourceTerm: "hub",
    targetTerm: "pôle",
    note: "A regional hub of the network",
  },
  {
    targetLanguage: "es",
    sourceTerm: "hub",
    targetTerm: "centro",
    note: "A regional hub of the network",
  },
  { targetLanguage: "*", sourceTerm: "Civitas", targetTerm: null, note: "Product name" },
  {
    targetLanguage: "*",
    sourceTerm: "ISD",
    targetTerm: null,
    note: "Institute for Strategic Dialogue, the secretariat",
  },
];

/** Adds the demo glossary's missing terms; terms already there (perhaps edited) are left alone. */
export async function loadDemoGlossary(
  db: Kysely<DB>,
  sourceLanguage: string,
  now: Date,
): Promise<number> {
  const existing = new Set(
    (await listGlossary(db, { sourceLanguage })).map(
      (t) => `${t.targetLanguage}\n${t.sourceTerm.toLowerCase()}`,
    ),
  );
  let added = 0;
  for (const term of DEMO_GLOSSARY) {
    if (existing.has(`${term.targetLanguage}\n${term.sourceTerm.toLowerCase()}`)) continue;
    await upsertTerm(db, { sourceLanguage, ...term }, null, now.toISOString());
    added += 1;
  }
  return added;
}
