import type { Generated, Selectable } from "kysely";
import type { TranslationAssignmentsTable } from "./assignments/assignment.table.js";

/** Where a unit's translation came from. */
export const UNIT_ORIGINS = ["engine", "memory", "human"] as const;
export type UnitOrigin = (typeof UNIT_ORIGINS)[number];

/** A unit is machine output until a person reviews it. */
export type UnitState = "machine" | "reviewed";

/** One sentence (or block) of source text, content-addressed by language and text. */
export interface SourceSegmentsTable {
  hash: string;
  language: string;
  /** The segment in the inline format of segments/inline.ts. */
  text: string;
  createdAt: string;
}

/** The segments a revision's reader-visible fields are made of, in order. */
export interface RevisionSegmentsTable {
  revisionId: number;
  position: number;
  /** title, summary, body, hero_caption, hero_alt, attachment:<position>, tag:<id>. */
  field: string;
  hash: string;
}

/** The translation memory: one translation per source segment and target language. */
export interface TranslationUnitsTable {
  id: Generated<number>;
  sourceHash: string;
  sourceLanguage: string;
  targetLanguage: string;
  targetText: string;
  origin: UnitOrigin;
  /** "apertium:en>es>fr" for engine output. */
  route: Generated<string>;
  state: UnitState;
  /** JSON array of the words the engine did not know. */
  unknownWords: Generated<string>;
  /** JSON array of QA findings. */
  findings: Generated<string>;
  errorCount: Generated<number>;
  risk: Generated<number>;
  createdBy: number | null;
  updatedBy: number | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Units of the memory similar to a unit's source, for reviewers. */
export interface FuzzyMatchesTable {
  unitId: number;
  matchUnitId: number;
  similarity: number;
}

/** A required translation, or (target null) a term never to translate. */
export interface GlossaryTermsTable {
  id: Generated<number>;
  sourceLanguage: string;
  /** "*" for a do-not-translate term that holds for every target language. */
  targetLanguage: string;
  sourceTerm: string;
  targetTerm: string | null;
  /** sourceTerm as the glossary compares terms (glossaryKey: NFC, lowercase); unique per pair with targetKey. */
  sourceKey: string;
  /** glossaryKey of targetTerm, "" for a do-not-translate term. */
  targetKey: string;
  note: Generated<string>;
  /** The target term's status: preferred (required), admitted (also right), deprecated or superseded (forbidden). */
  status: Generated<TermStatus>;
  partOfSpeech: Generated<string>;
  definition: Generated<string>;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A glossary term's status, as TBX's administrativeStatus names it (without "Term-admn-sts"). */
export const TERM_STATUSES = ["preferred", "admitted", "deprecated", "superseded"] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** A revision's reader-visible fields assembled in another language. */
export interface LocalizedRevisionsTable {
  id: Generated<number>;
  revisionId: number;
  language: string;
  state: UnitState;
  /** Error-severity QA findings over all of the revision's units in this language. */
  errorCount: number;
  title: string;
  summary: string;
  heroCaption: string;
  heroAlt: string;
  /** JSON array of attachment titles, in the revision's order. */
  attachmentTitles: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  body: string;
  bodyHtml: string;
  /**
   * 1 while `bodyHtml` and `wordCount` are not rendered: the gate held the text
   * when it was assembled, and readers never saw it. Rendered when it goes live.
   */
  htmlPending: Generated<number>;
}

/** What readers of a language see of an item: the live translation and its slug. */
export interface ItemTranslationsTable {
  itemId: number;
  language: string;
  liveLocalizedId: number | null;
  slug: string | null;
  updatedAt: string;
}

/** Every slug an item has had in a language; old ones redirect to the current one. */
export interface ItemSlugsTable {
  language: string;
  slug: string;
  itemId: number;
  createdAt: string;
}

/**
 * A whole field of a revision as a person translated it, used where its
 * sentences do not pair with the source's: assembly takes it for the field,
 * and it counts as reviewed human text.
 */
export interface HumanFieldTranslationsTable {
  revisionId: number;
  language: string;
  field: string;
  text: string;
  /** Where it came from: "import:wordpress:<site>". */
  origin: string;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A tag's name in another language. */
export interface TagTranslationsTable {
  tagId: number;
  language: string;
  name: string;
  updatedAt: string;
}

/** A sense reviewers rejected: the engine's word for a source lemma that a reviewer took out. */
export interface RejectedSensesTable {
  id: Generated<number>;
  sourceLanguage: string;
  targetLanguage: string;
  /** The source word's lemma, lower case ("mayor"). */
  sourceLemma: string;
  /** The rejected target lemma, folded ("majeur"). */
  targetWord: string;
  /** Reviewers' fixes that took it out. */
  fixes: Generated<number>;
  unitId: number | null;
  createdBy: number | null;
  createdAt: string;
}

/** Characters sent to one engine in one calendar month (UTC), against its monthly budget. */
export interface EngineUsageTable {
  /** The engine's configured name ("deepl", "libretranslate", "llm", "apertium"). */
  engine: string;
  /** "2026-12" */
  month: string;
  characters: Generated<number | string>;
  updatedAt: string;
}

/** One engine scored by `civitas engines evaluate` on one pair: chrF and the share the gate would hold. */
export interface EngineEvaluationsTable {
  id: Generated<number>;
  sourceLanguage: string;
  targetLanguage: string;
  engine: string;
  /** "apertium:en>es>fr" */
  route: string;
  sentences: number;
  /** Mean sentence chrF × 100 against the references. */
  chrf: number;
  /** Share (0–1) of the sentences the gate would hold. */
  heldShare: number;
  /** The reference file's name (no directory). */
  fileName: string;
  evaluatedAt: string;
}

/** The translation module's tables. */
export interface TranslationTables {
  sourceSegments: SourceSegmentsTable;
  revisionSegments: RevisionSegmentsTable;
  translationUnits: TranslationUnitsTable;
  fuzzyMatches: FuzzyMatchesTable;
  glossaryTerms: GlossaryTermsTable;
  localizedRevisions: LocalizedRevisionsTable;
  itemTranslations: ItemTranslationsTable;
  itemSlugs: ItemSlugsTable;
  tagTranslations: TagTranslationsTable;
  humanFieldTranslations: HumanFieldTranslationsTable;
  rejectedSenses: RejectedSensesTable;
  engineUsage: EngineUsageTable;
  engineEvaluations: EngineEvaluationsTable;
  translationAssignments: TranslationAssignmentsTable;
}

export type TranslationUnit = Selectable<TranslationUnitsTable>;
export type GlossaryTerm = Selectable<GlossaryTermsTable>;
export type LocalizedRevision = Selectable<LocalizedRevisionsTable>;
