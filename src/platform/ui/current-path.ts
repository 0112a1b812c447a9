import { createContext } from "preact";

/**
 * The path of the page being rendered, without its query (`sendHtml` gives
 * it), for what marks where the person is; undefined when not known.
 */
export const CurrentPath = createContext<string | undefined>(undefined);

/**
 * Of menu links, the one of the section a path belongs to: the longest link
 * the path is or starts with as a folder, so that /admin/content/12/edit is
 * under /admin/content, and /admin alone is the dashboard.
 */
export function currentSection(
  hrefs: readonly string[],
  path: string | undefined,
): string | undefined {
  if (path === undefined) return undefined;
  let current: string | undefined;
  for (const href of hrefs) {
    const isSection = path === href || path.startsWith(`${href}/`);
    if (isSection && href.length > (current?.length ?? 0)) current = href;
  }
  return current;
}
