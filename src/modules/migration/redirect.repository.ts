import type { Db } from "../../database.js";
import type { RedirectsTable } from "./migration.table.js";

/** The new address of an old one (path and query exactly as requested), if any. */
export async function findRedirect(db: Db, fromPath: string): Promise<string | undefined> {
  return findFirstRedirect(db, [fromPath]);
}

/** The new address of the first of these old addresses that has one (they are tried in order). */
export async function findFirstRedirect(
  db: Db,
  fromPaths: readonly string[],
): Promise<string | undefined> {
  if (fromPaths.length === 0) return undefined;
  const rows = await db
    .selectFrom("redirects")
    .select(["fromPath", "toPath"])
    .where("fromPath", "in", [...fromPaths])
    .execute();
  const byPath = new Map(rows.map((row) => [row.fromPath, row.toPath]));
  for (const fromPath of fromPaths) {
    const toPath = byPath.get(fromPath);
    if (toPath !== undefined) return toPath;
  }
  return undefined;
}

/** Records an old address; an existing one is pointed at the new target. */
export async function saveRedirect(db: Db, redirect: RedirectsTable): Promise<void> {
  await db
    .insertInto("redirects")
    .values(redirect)
    .onConflict((oc) => oc.column("fromPath").doUpdateSet({ toPath: redirect.toPath }))
    .execute();
}

/** How many old addresses an origin recorded. */
export async function countRedirects(db: Db, origin: string): Promise<number> {
  const row = await db
    .selectFrom("redirects")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("origin", "=", origin)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
