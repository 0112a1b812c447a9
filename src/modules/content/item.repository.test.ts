import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { readChangeCounter } from "../../platform/db/change-counter.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { findItemBySlug, listPublishedItems, listRelatedItems } from "./item.repository.js";
import { publishItem, saveItem } from "./item.service.js";
import { makeDraft } from "./factories.test-kit.js";
import { findTagBySlug, listPublishedTags } from "./tag.repository.js";

for (const dialect of DIALECTS) {
  describe(`content items on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("keeps every save as a revision and publishes the chosen one", async () => {
      const { db } = database;
      const first = await saveItem(db, {
        draft: makeDraft({ title: "First" }),
        actorId: null,
        now: new Date("2021-10-01T00:00:00Z"),
      });
      const second = await saveItem(db, {
        itemId: first.item.id,
        draft: makeDraft({ title: "Second" }),
        actorId: null,
        now: new Date("2021-10-02T00:00:00Z"),
      });
      expect(second.revision.number).toBe(2);
      await publishItem(db, {
        itemId: first.item.id,
        revisionId: first.revision.id,
        now: new Date("2021-10-19T00:00:00Z"),
      });
      const { cards } = await listPublishedItems(db, { limit: 10, offset: 0 });
      expect(cards.map((c) => c.title)).toEqual(["First"]);
      expect(cards[0]?.publishedAt).toBe("2021-10-19T00:00:00.000Z");
    });

    it("adds no revision when the same draft is saved again", async () => {
      const { db } = database;
      const draft = makeDraft();
      const first = await saveItem(db, { draft, actorId: null, now: new Date() });
      const again = await saveItem(db, {
        itemId: first.item.id,
        draft,
        actorId: null,
        now: new Date(),
      });
      expect(again.isNewRevision).toBe(false);
      expect(again.revision.id).toBe(first.revision.id);
    });

    it("refuses a slug another item of the same type uses", async () => {
      const { db } = database;
      await saveItem(db, { draft: makeDraft({ slug: "same" }), actorId: null, now: new Date() });
      await expect(
        saveItem(db, { draft: makeDraft({ slug: "same" }), actorId: null, now: new Date() }),
      ).rejects.toMatchObject({ code: "slug_taken" });
    });

    it("refuses an invalid draft with a validation error", async () => {
      const { db } = database;
      await expect(
        saveItem(db, { draft: makeDraft({ slug: "Not a slug!" }), actorId: null, now: new Date() }),
      ).rejects.toMatchObject({ code: "invalid_request" });
    });

    it("filters listings by tag and finds related items by shared tags", async () => {
      const { db } = database;
      const now = new Date("2021-10-19T00:00:00Z");
      const a = await saveItem(db, {
        draft: makeDraft({ slug: "a", tags: ["Prevention", "Mayors"] }),
        actorId: null,
        now,
      });
      const b = await saveItem(db, {
        draft: makeDraft({ slug: "b", tags: ["Prevention", "Mayors"] }),
        actorId: null,
        now,
      });
      const c = await saveItem(db, {
        draft: makeDraft({ slug: "c", tags: ["Prevention"] }),
        actorId: null,
        now,
      });
      await saveItem(db, {
        draft: makeDraft({ slug: "d", tags: ["Prevention"] }),
        actorId: null,
        now,
      });
      for (const saved of [a, b, c]) await publishItem(db, { itemId: saved.item.id, now });
      const tag = await findTagBySlug(db, "mayors");
      expect(tag?.name).toBe("Mayors");
      const tagged = await listPublishedItems(db, { tagId: tag?.id, limit: 10, offset: 0 });
      expect(tagged.total).toBe(2);
      const page = await listPublishedItems(db, { limit: 2, offset: 0 });
      expect(page.total).toBe(3);
      // Without a count, the same cards; the total is theirs.
      expect(await listPublishedItems(db, { limit: 2, offset: 0, withoutTotal: true })).toEqual({
        cards: page.cards,
        total: 2,
      });
      const related = await listRelatedItems(db, {
        itemId: a.item.id,
        tagIds: [tag?.id ?? 0, (await findTagBySlug(db, "prevention"))?.id ?? 0],
        limit: 5,
      });
      expect(related.map((r) => r.slug)).toEqual(["b", "c"]);
      const tags = await listPublishedTags(db, 10);
      expect(tags.find((t) => t.slug === "prevention")?.itemCount).toBe(3);
    });

    it("lists upcoming and past events by start date", async () => {
      const { db } = database;
      const now = new Date("2021-09-25T00:00:00Z");
      for (const [slug, startsAt] of [
        ["past", "2021-09-22T14:00:00Z"],
        ["soon", "2021-09-30T13:00:00Z"],
        ["later", "2021-11-01T09:00:00Z"],
      ] as const) {
        const saved = await saveItem(db, {
          draft: makeDraft({ type: "event", slug, startsAt, timeZone: "America/New_York" }),
          actorId: null,
          now,
        });
        await publishItem(db, { itemId: saved.item.id, now });
      }
      const upcoming = await listPublishedItems(db, {
        type: "event",
        when: { relation: "upcoming", now: now.toISOString() },
        limit: 10,
        offset: 0,
      });
      expect(upcoming.cards.map((c) => c.slug)).toEqual(["soon", "later"]);
      const past = await listPublishedItems(db, {
        type: "event",
        when: { relation: "past", now: now.toISOString() },
        limit: 10,
        offset: 0,
      });
      expect(past.cards.map((c) => c.slug)).toEqual(["past"]);
    });

    it("keeps each listing's filters apart on one handle (its queries are prepared once per shape)", async () => {
      const { db } = database;
      const now = new Date("2021-09-25T00:00:00Z");
      const ids: Record<string, number> = {};
      for (const [slug, type, isFeatured] of [
        ["n1", "news", false],
        ["n2", "news", true],
        ["r1", "resource", true],
        ["e1", "event", false],
      ] as const) {
        const saved = await saveItem(db, {
          draft: makeDraft({
            type,
            slug,
            isFeatured,
            ...(type === "event" ? { startsAt: "2021-10-01T10:00:00Z", timeZone: "UTC" } : {}),
          }),
          actorId: null,
          now,
        });
        await publishItem(db, { itemId: saved.item.id, now });
        ids[slug] = saved.item.id;
      }
      const slugs = async (query: Parameters<typeof listPublishedItems>[1]) =>
        (await listPublishedItems(db, query)).cards.map((c) => c.slug).sort();
      const page = { limit: 10, offset: 0 };
      // The same shapes asked again with other values, in between other shapes.
      for (let round = 0; round < 2; round++) {
        expect(await slugs({ ...page, type: "news" })).toEqual(["n1", "n2"]);
        expect(await slugs({ ...page, type: "resource" })).toEqual(["r1"]);
        expect(await slugs({ ...page, type: ["news", "resource"] })).toEqual(["n1", "n2", "r1"]);
        expect(await slugs({ ...page, featuredOnly: true })).toEqual(["n2", "r1"]);
        expect(await slugs({ ...page, type: "news", featuredOnly: true })).toEqual(["n2"]);
        expect(await slugs({ ...page, excludeItemId: ids.n1 ?? 0 })).toEqual(["e1", "n2", "r1"]);
        expect(await slugs({ ...page, excludeItemId: ids.r1 ?? 0 })).toEqual(["e1", "n1", "n2"]);
        expect(await slugs({ limit: 1, offset: round })).toHaveLength(1);
        const counted = await listPublishedItems(db, { ...page, type: ["news", "event"] });
        expect(counted.total).toBe(3);
      }
    });

    it("bumps the content counter on every change", async () => {
      const { db } = database;
      const before = await readChangeCounter(db);
      const saved = await saveItem(db, { draft: makeDraft(), actorId: null, now: new Date() });
      await publishItem(db, { itemId: saved.item.id, now: new Date() });
      expect(await readChangeCounter(db)).toBe(before + 2);
      expect((await findItemBySlug(db, "news", saved.item.slug))?.status).toBe("published");
    });
  });
}
