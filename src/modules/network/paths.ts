/** Public addresses of the network's pages, in one place. */
export const networkPaths = {
  cities: (lang: string) => `/${lang}/network`,
  city: (lang: string, slug: string) => `/${lang}/network/cities/${slug}`,
  hubs: (lang: string) => `/${lang}/network/hubs`,
  hub: (lang: string, slug: string) => `/${lang}/network/hubs#hub-${slug}`,
  committee: (lang: string) => `/${lang}/network/committee`,
  events: (lang: string) => `/${lang}/network/events`,
  event: (lang: string, slug: string) => `/${lang}/network/events/${slug}`,
  eventIcs: (lang: string, slug: string) => `/${lang}/network/events/${slug}/calendar.ics`,
  eventsFeed: (lang: string) => `/${lang}/network/events.ics`,
} as const;

/** Where a content item lives (the content module's public addresses). */
export function contentItemPath(lang: string, type: string, slug: string): string {
  const segment: Record<string, string> = { news: "news", resource: "resources", event: "events" };
  const prefix = segment[type];
  return prefix ? `/${lang}/${prefix}/${slug}` : `/${lang}/${slug}`;
}
