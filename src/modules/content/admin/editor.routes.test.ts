import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import {
  ACTORS,
  type Actor,
  formBody,
  identityFor,
  type TestIdentity,
} from "../../../test-support/sign-in.js";
import { saveItem } from "../item.service.js";
import { makeDraft } from "../factories.test-kit.js";

type Need = "read" | "write" | "publish";
interface RouteCase {
  name: string;
  method: "GET" | "POST";
  need: Need;
  url: (item: SeededItem) => string;
  fields?: (item: SeededItem) => Record<string, string>;
}
interface SeededItem {
  id: number;
  firstRevisionId: number;
  latestRevisionId: number;
}

const ROUTES: readonly RouteCase[] = [
  { name: "list", method: "GET", need: "read", url: () => "/admin/content?type=news" },
  { name: "new", method: "GET", need: "write", url: () => "/admin/content/new?type=event" },
  { name: "edit", method: "GET", need: "write", url: (i) => `/admin/content/${i.id}/edit` },
  { name: "preview", method: "GET", need: "read", url: (i) => `/admin/content/${i.id}/preview` },
  {
    name: "revisions",
    method: "GET",
    need: "read",
    url: (i) => `/admin/content/${i.id}/revisions`,
  },
  {
    name: "diff",
    method: "GET",
    need: "read",
    url: (i) =>
      `/admin/content/${i.id}/revisions/diff?from=${i.firstRevisionId}&to=${i.latestRevisionId}`,
  },
  {
    name: "create",
    method: "POST",
    need: "write",
    url: () => "/admin/content",
    fields: (i) => ({ type: "news", title: `Created after ${i.id}`, body: "Text." }),
  },
  {
    name: "save",
    method: "POST",
    need: "write",
    url: (i) => `/admin/content/${i.id}`,
    fields: (i) => ({ type: "news", title: `Saved ${i.id}`, body: "New text." }),
  },
  {
    name: "publish",
    method: "POST",
    need: "publish",
    url: (i) => `/admin/content/${i.id}/publish`,
  },
  {
    name: "unpublish",
    method: "POST",
    need: "publish",
    url: (i) => `/admin/content/${i.id}/unpublish`,
  },
  {
    name: "archive",
    method: "POST",
    need: "publish",
    url: (i) => `/admin/content/${i.id}/archive`,
  },
  {
    name: "schedule",
    method: "POST",
    need: "publish",
    url: (i) => `/admin/content/${i.id}/schedule`,
    fields: () => ({ scheduledFor: "2030-01-02T09:30" }),
  },
  {
    name: "restore",
    method: "POST",
    need: "write",
    url: (i) => `/admin/content/${i.id}/revisions/${i.firstRevisionId}/restore`,
  },
];

const MAY: Record<Actor, readonly Need[]> = {
  anonymous: [],
  reviewer: ["read"],
  editor: ["read", "write", "publish"],
  admin: ["read", "write", "publish"],
};

for (const dialect of DIALECTS) {
  describe(`content workspace authorization on ${dialect}`, () => {
    let t: TestApp;
    const identities = new Map<Actor, TestIdentity>();

    /** A fresh item with two revisions, so every write route acts on untouched state. */
    const seedItem = async (): Promise<SeededItem> => {
      const now = new Date("2026-11-20T10:00:00Z");
      const draft = makeDraft({ title: "Matrix item" });
      const first = await saveItem(t.database.db, { draft, actorId: null, now });
      const second = await saveItem(t.database.db, {
        itemId: first.item.id,
        draft: { ...draft, title: "Matrix item, revised" },
        actorId: null,
        now,
      });
      return {
        id: first.item.id,
        firstRevisionId: first.revision.id,
        latestRevisionId: second.revision.id,
      };
    };

    const send = (route: RouteCase, item: SeededItem, who: TestIdentity, csrf: string | null) =>
      t.app.inject({
        method: route.method,
        url: route.url(item),
        cookies: who.cookies,
        ...(route.method === "POST"
          ? {
              headers: { "content-type": "application/x-www-form-urlencoded" },
              payload: formBody({
                ...route.fields?.(item),
                ...(csrf === null ? {} : { _csrf: csrf }),
              }),
            }
          : {}),
      });

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      for (const actor of ACTORS) identities.set(actor, await identityFor(t, actor));
    });
    afterAll(async () => {
      await t.close();
    });

    for (const route of ROUTES) {
      for (const actor of ACTORS) {
        const allowed = MAY[actor].includes(route.need);
        const expected =
          actor === "anonymous" ? "sign-in" : allowed ? (route.method === "GET" ? 200 : 303) : 403;
        it(`${route.method} ${route.name} as ${actor} → ${String(expected)}`, async () => {
          const who = identities.get(actor);
          if (!who) throw new Error("no identity");
          const res = await send(route, await seedItem(), who, who.csrf);
          if (expected === "sign-in") {
            expect(res.statusCode).toBe(303);
            expect(res.headers.location).toMatch(/^\/admin\/sign-in\?next=/);
          } else {
            expect(res.statusCode, res.body.slice(0, 300)).toBe(expected);
          }
          if (expected === 303) expect(res.headers.location).toMatch(/^\/admin\/content\/\d+/);
        });
      }
    }

    it("answers anonymous API-style POSTs with 401 unauthenticated", async () => {
      const item = await seedItem();
      const res = await t.app.inject({
        method: "POST",
        url: `/admin/content/${item.id}/publish`,
        headers: { accept: "application/json" },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: "unauthenticated" } });
    });

    for (const route of ROUTES.filter((r) => r.method === "POST")) {
      it(`refuses ${route.name} without a CSRF token or with a wrong one, with 403`, async () => {
        const editor = identities.get("editor");
        if (!editor) throw new Error("no identity");
        const item = await seedItem();
        for (const csrf of [null, "", "not-the-token", `${editor.csrf}x`]) {
          const res = await t.app.inject({
            method: "POST",
            url: route.url(item),
            cookies: editor.cookies,
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              accept: "application/json",
            },
            payload: formBody({
              ...route.fields?.(item),
              ...(csrf === null ? {} : { _csrf: csrf }),
            }),
          });
          expect(res.statusCode).toBe(403);
          expect(res.json()).toMatchObject({ error: { code: "csrf_failed" } });
        }
      });
    }
  });
}
