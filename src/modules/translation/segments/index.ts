/**
 * Segmentation and assembly of the translation pipeline (pure functions):
 * the inline format, sentences, Markdown and plain-text segmentation,
 * assembly with translations, glossary protection. See README.md.
 */
export {
  decodeInlineText,
  editableInline,
  escapeInlineText,
  listCodeIds,
  listCodes,
  parseInline,
  plainText,
  segmentFromEditable,
  serializeInline,
  validateInline,
  type InlineProblem,
  type InlineToken,
} from "./inline.js";
export { findSentenceBreaks, splitSentences } from "./sentences.js";
export {
  hashSegment,
  type CodeTemplate,
  type Fragment,
  type FragmentPart,
  type Segment,
  type SegmentKind,
  type SegmentedDocument,
  type Slot,
} from "./document.js";
export { segmentMarkdown } from "./segment-markdown.js";
export { segmentPlainText } from "./segment-plain.js";
export {
  assemble,
  assembleMarkdown,
  assemblePlain,
  type Assembled,
  type AssemblyProblem,
  type TranslateSegment,
} from "./assemble.js";
export {
  findTerms,
  protectTerms,
  type GlossaryTerm,
  type ProtectedSegment,
  type TermMatch,
} from "./glossary.js";
