import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { formBody, identityFor, type TestIdentity } from "../../test-support/sign-in.js";
import { drainJobs } from "../../test-support/jobs.js";
import { findCityBySlug, findHubBySlug, findPersonBySlug } from "./directory.repository.js";

interface Hit {
  kind: string;
  title: string;
  url: string;
}

for (const dialect of DIALECTS) {
  describe(`search follows deletions in the network workspace (${dialect})`, () => {
    let t: TestApp;
    let admin: TestIdentity;
    const post = (url: string, fields: Record<string, string> = {}) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: admin.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({ _csrf: admin.csrf, ...fields }),
      });
    const search = async (q: string): Promise<Hit[]> => {
      const res = await t.app.inject(`/api/v1/search?q=${encodeURIComponent(q)}&lang=en`);
      expect(res.statusCode).toBe(200);
      return res.json<{ results: Hit[] }>().results.map(({ kind, title, url }) => ({
        kind,
        title,
        url,
      }));
    };

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      admin = await identityFor(t, "admin");
      expect(
        (
          await post("/admin/network/hubs", {
            name: "Brimwater Hub",
            region: "europe",
            color: "#0072b2",
            description: "Coordinates the Quorvant coast.",
          })
        ).statusCode,
      ).toBe(303);
      const hub = await findHubBySlug(t.database.db, "brimwater-hub");
      expect(
        (
          await post("/admin/network/cities", {
            name: "Zorvath",
            country: "PT",
            region: "europe",
            latitude: "38.7",
            longitude: "-9.1",
            hubId: String(hub?.id),
            profile: "A port city of lighthouses.",
          })
        ).statusCode,
      ).toBe(303);
      const city = await findCityBySlug(t.database.db, "zorvath");
      for (const person of [
        { name: "Ottoline Vexhaven", title: "Mayor" },
        { name: "Peregrine Vexhaven", title: "Deputy mayor" },
      ]) {
        // The city field takes a name (or "Name (Country)", or a slug), as typed with its suggestions.
        const res = await post("/admin/network/people", { ...person, cityId: city?.name ?? "" });
        expect(res.statusCode).toBe(303);
      }
      // Saving queued the translation of each row, followed by its re-index.
      await drainJobs(t.app);
    }, 30_000);
    afterAll(async () => {
      await t.close();
    });

    it("finds the city, its people and the hub before they are deleted", async () => {
      expect(await search("Zorvath")).toEqual(
        expect.arrayContaining([
          { kind: "city", title: "Zorvath", url: "/en/network/cities/zorvath" },
          { kind: "person", title: "Ottoline Vexhaven", url: "/en/network/cities/zorvath" },
          { kind: "person", title: "Peregrine Vexhaven", url: "/en/network/cities/zorvath" },
        ]),
      );
      expect((await search("lighthouses")).map((h) => h.title)).toEqual(["Zorvath"]);
      expect((await search("Brimwater")).map((h) => h.kind)).toEqual(["hub"]);
    });

    it("drops a deleted city, and its people no longer name or link it", async () => {
      const city = await findCityBySlug(t.database.db, "zorvath");
      expect((await post(`/admin/network/cities/${city?.id}/delete`)).statusCode).toBe(303);
      await drainJobs(t.app);
      expect(await search("Zorvath")).toEqual([]);
      expect(await search("lighthouses")).toEqual([]);
      const people = await search("Vexhaven");
      expect(people.map((h) => h.title).sort()).toEqual([
        "Ottoline Vexhaven",
        "Peregrine Vexhaven",
      ]);
      expect(people.every((h) => h.url === "/en/network/committee")).toBe(true);
    });

    it("drops a deleted person", async () => {
      const person = await findPersonBySlug(t.database.db, "ottoline-vexhaven");
      expect((await post(`/admin/network/people/${person?.id}/delete`)).statusCode).toBe(303);
      await drainJobs(t.app);
      expect(await search("Ottoline")).toEqual([]);
      expect((await search("Vexhaven")).map((h) => h.title)).toEqual(["Peregrine Vexhaven"]);
    });

    it("drops a deleted hub", async () => {
      const hub = await findHubBySlug(t.database.db, "brimwater-hub");
      expect((await post(`/admin/network/hubs/${hub?.id}/delete`)).statusCode).toBe(303);
      await drainJobs(t.app);
      expect(await search("Brimwater")).toEqual([]);
      expect(await search("Quorvant")).toEqual([]);
    });
  });
}
