import type { Db } from "../../database.js";
import { itemPath, type ItemType, TYPE_SEGMENTS } from "../content/index.js";
import { findItemSlugs } from "./localization.repository.js";

const SEGMENT_TYPES: Record<string, ItemType> = Object.fromEntries(
  Object.entries(TYPE_SEGMENTS).map(([type, segment]) => [segment, type as ItemType]),
);

const LISTINGS = new Set<string>(Object.values(TYPE_SEGMENTS));

/**
 * Rewrites links of a translated body that point at another item of the site
 * (`/en/news/some-slug`, with or without the site's address) to that item's
 * page in the same language: its translated slug when it has one, else the
 * same slug under the language, which redirects once a translation exists.
 */
export async function rewriteSiteLinks(
  db: Db,
  html: string,
  input: { language: string; baseUrl: string; languages: readonly string[] },
): Promise<string> {
  const langs = input.languages.map(escapeRegExp).join("|");
  const base = escapeRegExp(input.baseUrl);
  const pattern = new RegExp(
    `href="(?:${base})?/(${langs})/(?:([a-z]+)/)?([\\p{L}\\p{N}-]+)(#[^"]*)?"`,
    "gu",
  );
  const found = [...html.matchAll(pattern)];
  if (found.length === 0) return html;
  const replacements = new Map<string, string>();
  for (const match of found) {
    const [whole, lang = "", segment, slug = "", hash = ""] = match;
    if (replacements.has(whole) || lang === input.language) continue;
    if (segment === undefined && LISTINGS.has(slug)) {
      replacements.set(whole, `href="/${input.language}/${slug}${hash}"`);
      continue;
    }
    const type: ItemType | undefined = segment === undefined ? "page" : SEGMENT_TYPES[segment];
    if (!type || (segment === undefined && slug === "tags")) continue;
    const target = await localizedSlug(db, type, slug, input.language);
    if (target === undefined) continue;
    replacements.set(whole, `href="${itemPath(input.language, type, target)}${hash}"`);
  }
  return html.replace(pattern, (whole) => replacements.get(whole) ?? whole);
}

async function localizedSlug(
  db: Db,
  type: ItemType,
  slug: string,
  language: string,
): Promise<string | undefined> {
  const item = await findItemSlugs(db, { type, slug, language });
  if (!item) return undefined;
  if (item.sourceLanguage === language) return item.slug;
  return item.translatedSlug ?? item.slug;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
