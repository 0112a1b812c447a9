import type { ItemType } from "./content.table.js";

/** The URL segment of each listing; pages have none and live at the language's root. */
export const TYPE_SEGMENTS = { news: "news", resource: "resources", event: "events" } as const;

/** Public path of an item in a language. */
export function itemPath(lang: string, type: ItemType, slug: string): string {
  return type === "page" ? `/${lang}/${slug}` : `/${lang}/${TYPE_SEGMENTS[type]}/${slug}`;
}

/** Public path of a tag page in a language. */
export function tagPath(lang: string, slug: string): string {
  return `/${lang}/tags/${slug}`;
}
