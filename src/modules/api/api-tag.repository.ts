import type { Db } from "../../database.js";
import type { Tag } from "../content/index.js";

/** Every tag by name, used or not, for API clients that pick tags. */
export async function listAllTags(db: Db, limit: number): Promise<Tag[]> {
  return db.selectFrom("tags").selectAll().orderBy("name").orderBy("id").limit(limit).execute();
}
