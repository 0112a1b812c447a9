import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { ACTORS } from "../../test-support/sign-in.js";
import { saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { memoryOnlyDeps, publishTranslated } from "../translation/review/review.test-kit.js";
import type { TranslateDeps } from "../translation/pipeline/index.js";
import {
  ALLOWED,
  type ApiCaller,
  apiCallerFor,
  ENDPOINTS,
  MATRIX_LANGUAGES,
  type Via,
} from "./api.test-kit.js";

for (const dialect of DIALECTS) {
  describe(`API authorization on ${dialect}`, () => {
    let t: TestApp;
    const callers = new Map<string, ApiCaller>();
    let deps: TranslateDeps;
    let translatedItemId = 0;

    beforeAll(async () => {
      t = await buildTestApp(dialect, { config: { languages: MATRIX_LANGUAGES } });
      deps = memoryOnlyDeps(t.database.db, t.config, () => new Date());
      translatedItemId = (
        await publishTranslated(deps, {
          draft: { title: "The council meets", summary: "", body: "The council meets on Monday." },
          language: "fr",
          translate: (s) => `[fr] ${s}`,
        })
      ).itemId;
      for (const actor of ACTORS) {
        for (const via of ["session", "token"] as const) {
          callers.set(`${actor}/${via}`, await apiCallerFor(t, actor, via));
        }
      }
    });
    afterAll(async () => {
      await deps.runtime.lexicon.close();
      await t.close();
    });

    const freshItem = async () =>
      (await saveItem(t.database.db, { draft: makeDraft(), actorId: null, now: new Date() })).item
        .id;

    for (const endpoint of ENDPOINTS) {
      for (const actor of ACTORS) {
        for (const via of ["session", "token"] as const satisfies readonly Via[]) {
          const expected = ALLOWED[endpoint.permission].includes(actor)
            ? endpoint.okStatus
            : actor === "anonymous"
              ? 401
              : 403;
          it(`${endpoint.name} as ${actor} by ${via} answers ${expected}`, async () => {
            const caller = callers.get(`${actor}/${via}`);
            if (!caller) throw new Error("no caller");
            const request = endpoint.request(await freshItem(), translatedItemId);
            const res = await t.app.inject({
              ...request,
              headers: { accept: "application/json", ...request.headers, ...caller.headers },
              cookies: caller.cookies,
            });
            expect(res.statusCode, res.body).toBe(expected);
            expect(res.headers["content-type"]).toMatch(
              expected === endpoint.okStatus && endpoint.okType
                ? endpoint.okType
                : /^application\/json/,
            );
            if (expected === 401)
              expect(res.json()).toMatchObject({ error: { code: "unauthenticated" } });
            if (expected === 403)
              expect(res.json()).toMatchObject({ error: { code: "forbidden" } });
          });
        }
      }
    }
  });
}
