import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { listRevisionsUsing, saveRevisionSegments } from "./memory.repository.js";

const NOW = "2026-12-04T10:00:00.000Z";

for (const dialect of DIALECTS) {
  describe(`the memory's revision segments on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("lists the revisions using a sentence that readers see now or soon, not older ones", async () => {
      const { db } = database;
      const draft = makeDraft();
      const saves: Awaited<ReturnType<typeof saveItem>>[] = [];
      for (const title of ["One", "Two", "Three"])
        saves.push(
          await saveItem(db, {
            itemId: saves[0]?.item.id,
            draft: { ...draft, title },
            actorId: null,
            now: new Date(NOW),
          }),
        );
      const [old, live, latest] = saves.map((s) => s.revision.id);
      await publishItem(db, { itemId: saves[0]!.item.id, revisionId: live!, now: new Date(NOW) });
      const other = await saveItem(db, { draft: makeDraft(), actorId: null, now: new Date(NOW) });
      const segment = { position: 0, field: "body", hash: "h-shared", text: "Cities meet." };
      for (const revisionId of [old!, live!, latest!, other.revision.id])
        await saveRevisionSegments(db, {
          revisionId,
          language: "en",
          segments: [segment],
          now: NOW,
        });
      expect((await listRevisionsUsing(db, "h-shared")).sort((a, b) => a - b)).toEqual(
        [live!, latest!, other.revision.id].sort((a, b) => a - b),
      );
      expect(await listRevisionsUsing(db, "h-unknown")).toEqual([]);
    });
  });
}
