import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { DIALECTS, createTestDatabase } from "../../test-support/databases.js";
import { findEventBySlug } from "./event.repository.js";
import { seedNetwork } from "./network.test-kit.js";
import { listTranslatableRows } from "./translatable.repository.js";

for (const dialect of DIALECTS) {
  describe(`the network's translatable rows on ${dialect}`, () => {
    let database: Database<DB>;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await seedNetwork(database.db);
    });
    afterAll(async () => {
      await database.destroy();
    });

    it("reads every row of a table by id with the fields readers see, or one row", async () => {
      const db = database.db;
      const hubs = await listTranslatableRows(db, "hubs");
      expect(hubs.length).toBeGreaterThan(1);
      expect(hubs.map((h) => h.id)).toEqual([...hubs.map((h) => h.id)].sort((a, b) => a - b));
      expect(Object.keys(hubs[0] ?? {}).sort()).toEqual(
        ["description", "id", "name", "sourceLanguage"].sort(),
      );
      const second = hubs[1];
      if (!second) throw new Error("the demo has hubs");
      expect(await listTranslatableRows(db, "hubs", { id: second.id })).toEqual([second]);
      expect(await listTranslatableRows(db, "cities", { id: 2_000_000_000 })).toEqual([]);
      const people = await listTranslatableRows(db, "people");
      expect(people.some((p) => p.title === "Mayor of Calgary (Canada)")).toBe(true);
    });

    it("reads the sessions of one event, or one session", async () => {
      const db = database.db;
      const event = await findEventBySlug(db, "un-general-assembly-2021-side-event");
      if (!event) throw new Error("the demo has the side event");
      const sessions = await listTranslatableRows(db, "event_sessions", { eventId: event.id });
      expect(sessions.map((s) => s.title)).toContain("Mayors' panel");
      const all = await listTranslatableRows(db, "event_sessions");
      expect(all.length).toBeGreaterThanOrEqual(sessions.length);
      const first = sessions[0];
      if (!first) throw new Error("the side event has sessions");
      expect(await listTranslatableRows(db, "event_sessions", { id: first.id })).toEqual([first]);
      const events = await listTranslatableRows(db, "network_events", { id: event.id });
      expect(events).toEqual([
        expect.objectContaining({ id: event.id, title: event.title, place: event.place }),
      ]);
    });
  });
}
