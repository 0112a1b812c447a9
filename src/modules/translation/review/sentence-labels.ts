import type { Translator } from "../../../platform/i18n/translator.js";

/** An inline code of a segment: `<g id="1">…</g>` (links, emphasis) or `<x id="1"/>`. */
const INLINE_CODE = /<\/?[gx][\s/>]/;

/** Whether a segment holds inline codes (the "keep the codes" hint is shown only then). */
export function hasInlineCodes(segment: string): boolean {
  return INLINE_CODE.test(segment);
}

/**
 * A segment's field in words, as both desks name it: "Title", "Hero image alt
 * text", "Tag: Climate", "Document 2 title".
 */
export function fieldLabel(t: Translator, field: string, sourceText: string): string {
  if (field.startsWith("tag:")) return t.t("review.field.tag", { name: sourceText });
  const attachment = /^attachment:(\d+)$/.exec(field);
  if (attachment) return t.t("review.field.attachment", { n: Number(attachment[1]) + 1 });
  const known = ["title", "summary", "body", "hero_caption", "hero_alt"] as const;
  const name = known.find((k) => k === field);
  return name ? t.t(`review.field.${name}`) : field;
}
