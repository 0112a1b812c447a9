import type { Config, TranslationPolicy } from "../../../platform/config.js";

/**
 * What a text is to readers: "text" is sentences (titles, bodies, captions,
 * network descriptions); "vocabulary" is names readers filter and navigate by
 * (tags), whose translation comes from the glossary or a person — a machine's
 * is only a suggestion.
 */
export type TextKind = "text" | "vocabulary";

/** Why a translation is not what readers see. */
export type HoldReason =
  "incomplete" | "errors" | "review-required" | "machine-draft" | "vocabulary-unreviewed";

/** What the gate needs to know of one translated text in one language. */
export interface GateInput {
  policy: TranslationPolicy;
  kind: TextKind;
  /** Every segment of the text has a unit in the language. */
  isComplete: boolean;
  /** Every unit was written or reviewed by a person, or comes from the glossary. */
  isReviewed: boolean;
  /** Error-severity findings over the units no person has reviewed. */
  errorCount: number;
}

/** The gate's answer: live, or held with the reason readers' notice and reviewers' desk give. */
export interface GateDecision {
  isLive: boolean;
  reason: HoldReason | null;
}

/**
 * The one decision of whether a translation reaches readers, for every text
 * of the site (items, tags, network texts). Reviewed text always goes live;
 * vocabulary only when reviewed; otherwise the language's policy: `immediate`
 * publishes machine output, `gate` publishes it when the checks found no
 * error, `review` waits for a person, `draft` never publishes it (it is only
 * a translator's starting point, whatever the checks say).
 */
export function decideGate(input: GateInput): GateDecision {
  if (!input.isComplete) return held("incomplete");
  if (input.isReviewed) return { isLive: true, reason: null };
  if (input.kind === "vocabulary") return held("vocabulary-unreviewed");
  if (input.policy === "immediate") return { isLive: true, reason: null };
  if (input.policy === "review") return held("review-required");
  if (input.policy === "draft") return held("machine-draft");
  return input.errorCount === 0 ? { isLive: true, reason: null } : held("errors");
}

function held(reason: HoldReason): GateDecision {
  return { isLive: false, reason };
}

/** The policy of a language: `gate` unless the configuration says otherwise. */
export function policyOf(config: Config, language: string): TranslationPolicy {
  return config.translation.policies[language] ?? "gate";
}
