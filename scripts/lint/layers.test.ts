import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own eslint.config.js, as `npm run lint` runs it, on small files that exist only here.
const eslint = new ESLint({ cwd: new URL("../..", import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith("civitas/"))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe("civitas/layers", () => {
  it("fails a platform file that imports a module", async () => {
    const found = await problems(
      "src/platform/http/example.ts",
      'import { slugify } from "../../modules/content/index.js";\nexport const s = slugify;\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^civitas\/layers: Layer: platform imports no module/),
    ]);
  });

  it("fails a module that reaches into another module instead of its public entry", async () => {
    const file = "src/modules/network/example.ts";
    expect(
      await problems(
        file,
        'import { slugify } from "../content/slug.js";\nexport const s = slugify;\n',
      ),
    ).toEqual([expect.stringMatching(/through its public entry src\/modules\/content\/index\.ts/)]);
    expect(
      await problems(
        file,
        'import { slugify } from "../content/index.js";\nexport const s = slugify;\n',
      ),
    ).toEqual([]);
  });

  it("fails an import along an edge the layer map does not allow", async () => {
    expect(
      await problems(
        "src/modules/content/example.ts",
        'import { decideGate } from "../translation/pipeline/index.js";\nexport const d = decideGate;\n',
      ),
    ).toEqual([expect.stringMatching(/module content may not import module translation/)]);
    expect(
      await problems(
        "src/modules/translation/example.ts",
        'export { runNetworkTranslations } from "../network/translation/translate-network.cli.js";\n',
      ),
    ).toEqual([expect.stringMatching(/module translation may not import module network/)]);
  });

  it("fails a module that imports a composition root, even lazily", async () => {
    expect(
      await problems(
        "src/modules/search/example.ts",
        'export const load = () => import("../../jobs.js");\n',
      ),
    ).toEqual([expect.stringMatching(/composition root src\/jobs\.ts/)]);
  });

  it("keeps migrations to kysely and other migrations", async () => {
    const file = "src/migrations/2099_01_01_000000_example.ts";
    expect(
      await problems(
        file,
        'import { FOLD_FROM } from "../platform/db/fold.js";\nexport const f = FOLD_FROM;\n',
      ),
    ).toEqual([expect.stringMatching(/a migration imports only kysely and other migrations/)]);
    expect(
      await problems(
        file,
        'import * as earlier from "./2026_11_28_150000_create_search.js";\nexport const e = earlier;\n',
      ),
    ).toEqual([]);
  });

  it("keeps test-only code to tests, and server code out of the browser islands", async () => {
    const kit =
      'import { seedNetwork } from "./network.test-kit.js";\nexport const s = seedNetwork;\n';
    expect(await problems("src/modules/network/example.ts", kit)).toEqual([
      expect.stringMatching(/test-only code/),
    ]);
    expect(await problems("src/modules/network/example.test.ts", kit)).toEqual([]);
    expect(
      await problems(
        "src/shared/example.ts",
        'import { LOCALES } from "../platform/i18n/locales.js";\nexport const l = LOCALES;\n',
      ),
    ).toEqual([expect.stringMatching(/browser islands \(src\/shared\) import no server code/)]);
  });
});

describe("civitas/sql-in-repositories", () => {
  const query =
    'import type { Kysely } from "kysely";\nexport const q = (db: Kysely<{ t: { a: number } }>) => db.selectFrom("t").selectAll().execute();\n';

  it("fails SQL built outside a repository, and lets a repository build it", async () => {
    expect(await problems("src/modules/network/example.service.ts", query)).toEqual([
      expect.stringMatching(/SQL \(selectFrom\) is built only in a \*\.repository\.ts/),
    ]);
    expect(await problems("src/modules/network/example.repository.ts", query)).toEqual([]);
  });

  it("fails a raw sql`` template outside a repository", async () => {
    const raw = 'import { sql } from "kysely";\nexport const now = sql`select 1`;\n';
    expect(await problems("src/modules/search/example.ts", raw)).toEqual([
      expect.stringMatching(/SQL \(sql``\)/),
    ]);
  });
});
