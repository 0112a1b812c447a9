/**
 * The canonical address of a public page asked with trailing slashes
 * ("/fr/" → "/fr", "/fr/network/?hub=x" → "/fr/network?hub=x"), or undefined
 * when the URL is not such an address. Only paths under a site language
 * qualify, so the target always starts with "/{lang}" and can never become a
 * protocol-relative redirect to another host.
 */
export function withoutTrailingSlash(
  url: string,
  languages: readonly string[],
): string | undefined {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!path.endsWith("/")) return undefined;
  const trimmed = path.replace(/\/+$/, "");
  const lang = trimmed.split("/")[1];
  if (lang === undefined || !languages.includes(lang)) return undefined;
  return trimmed + (queryAt === -1 ? "" : url.slice(queryAt));
}
