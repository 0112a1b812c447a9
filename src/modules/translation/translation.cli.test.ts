import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConfiguredDatabase } from "../../database.js";
import { MIGRATIONS } from "../../migrations/index.js";
import { loadConfig } from "../../platform/config.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { ValidationError } from "../../platform/errors.js";
import { publishItem, saveItem } from "../content/item.service.js";
import { makeDraft } from "../content/factories.test-kit.js";
import { startStandIn } from "../../test-support/stand-in-server.js";
import { MEASURED_ROUTES } from "./engines/route-figures.js";
import { captureCivitas } from "../../test-support/cli.js";

describe("civitas languages, translate and glossary import", () => {
  let dir: string;
  const env = { ...process.env };

  const civitas = (args: string[]) => captureCivitas(dir, args);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-translation-"));
    process.env.CIVITAS_LANGUAGES = "en,fr,es,ar";
    process.env.CIVITAS_LOG_LEVEL = "silent";
    const config = loadConfig({ dataDir: dir }, {});
    const database = openConfiguredDatabase(config);
    await migrateToLatest(database.db, MIGRATIONS);
    const now = new Date("2026-11-26T12:00:00Z");
    for (const title of ["The cities meet", "The mayors talk"]) {
      const saved = await saveItem(database.db, {
        draft: makeDraft({ title }),
        actorId: null,
        now,
      });
      await publishItem(database.db, { itemId: saved.item.id, now });
    }
    await database.destroy();
  });
  afterAll(() => {
    process.env = env;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints the pairs Apertium offers and the route of every site language pair", async () => {
    const { stdout } = await civitas(["languages"]);
    expect(stdout).toMatch(/Pairs offered \(\d+\): .*en>es \(eng-spa\)/);
    expect(stdout).toContain("en > es: en > es  chrF ");
    expect(stdout).toContain("en > fr: en > es > fr  (pivot)  chrF ");
    expect(stdout).toContain("en > ar: none: awaiting human translation\n");
    process.env.CIVITAS_TRANSLATION_ROUTES = "en>fr=en>ca>fr";
    try {
      const overridden = await civitas(["languages", "--json"]);
      const report = JSON.parse(overridden.stdout) as {
        routes: { from: string; to: string; route: string[] | null }[];
      };
      expect(report.routes.find((r) => r.from === "en" && r.to === "fr")?.route).toEqual([
        "en",
        "ca",
        "fr",
      ]);
    } finally {
      delete process.env.CIVITAS_TRANSLATION_ROUTES;
    }
  });

  it("names the engine of each pair and says where text leaves the server", async () => {
    // No LibreTranslate or DeepL can run here: one loopback stand-in answers both APIs' language lists.
    const standIn = await startStandIn((request) => {
      if (request.path === "/languages") {
        return { body: [{ code: "en", name: "English", targets: ["fr"] }] };
      }
      if (request.path === "/v2/languages") {
        return {
          body:
            request.query.get("type") === "target"
              ? [{ language: "ES" }, { language: "FR" }]
              : [{ language: "EN" }],
        };
      }
      return { status: 404, body: {} };
    });
    Object.assign(process.env, {
      CIVITAS_TRANSLATION_ENGINES: "en>fr=libretranslate; en>es=deepl; *=apertium",
      CIVITAS_TRANSLATION_CLOUD: "en>es",
      CIVITAS_LIBRETRANSLATE_URL: standIn.url,
      CIVITAS_DEEPL_API_KEY: "stand-in:fx",
      CIVITAS_DEEPL_URL: standIn.url,
    });
    try {
      const { stdout } = await civitas(["languages"]);
      expect(stdout).toContain(
        "en > fr: libretranslate en > fr  (on this machine or the private network)\n",
      );
      expect(stdout).toContain(
        "en > es: deepl en > es  (cloud: text leaves this server; allowed for this pair by CIVITAS_TRANSLATION_CLOUD)\n",
      );
      expect(stdout).toContain("fr > es: fr > es");
      const json = JSON.parse((await civitas(["languages", "--json"])).stdout) as {
        engines: { from: string; to: string; engine: string; isCloud: boolean }[];
      };
      expect(json.engines).toContainEqual({ from: "en", to: "es", engine: "deepl", isCloud: true });
    } finally {
      for (const key of [
        "CIVITAS_TRANSLATION_ENGINES",
        "CIVITAS_TRANSLATION_CLOUD",
        "CIVITAS_LIBRETRANSLATE_URL",
        "CIVITAS_DEEPL_API_KEY",
        "CIVITAS_DEEPL_URL",
      ]) {
        delete process.env[key];
      }
      await standIn.close();
    }
  });

  it("shows the measured chrF of each route taken and of its alternatives, in text and JSON", async () => {
    const { date, references, directions } = MEASURED_ROUTES;
    const chrF = (key: string, route: string) =>
      directions[key]?.routes.find((r) => r.route.join(">") === route)?.chrF.toFixed(1);
    const { stdout } = await civitas(["languages"]);
    expect(stdout).toContain(
      `en > fr: en > es > fr  (pivot)  chrF ${chrF("en>fr", "en>es>fr")} (en>ca>fr ${chrF("en>fr", "en>ca>fr")}), ` +
        `measured on ${references} references; no route significantly better (en>ca>fr best in `,
    );
    expect(stdout).toContain(
      `fr > en: fr > es > en  (pivot)  chrF ${chrF("fr>en", "fr>es>en")} (fr>ca>en ${chrF("fr>en", "fr>ca>en")}), ` +
        `measured on ${references} references\n`,
    );
    expect(stdout).toContain(`measured ${date} with \`npx tsx bench/routes.ts\``);

    process.env.CIVITAS_TRANSLATION_ROUTES = "en>fr=en>ca>fr";
    try {
      const json = await civitas(["languages", "--json"]);
      const report = JSON.parse(json.stdout) as {
        routes: {
          from: string;
          to: string;
          figures: {
            chrF: number | null;
            alternatives: { route: string[]; chrF: number }[];
          } | null;
        }[];
      };
      const enFr = report.routes.find((r) => r.from === "en" && r.to === "fr")?.figures;
      expect(enFr?.chrF).toBe(directions["en>fr"]?.routes[1]?.chrF);
      expect(enFr?.alternatives).toEqual([directions["en>fr"]?.routes[0]]);
      expect(report.routes.find((r) => r.from === "en" && r.to === "ar")?.figures).toBeNull();
    } finally {
      delete process.env.CIVITAS_TRANSLATION_ROUTES;
    }
  });

  it("translates what is pending, with progress on stderr, and nothing the second time", async () => {
    const first = await civitas(["translate", "--lang", "es"]);
    expect(first.stderr).toMatch(/Translating .*100% 2\/2/);
    // Apertium's en>es is not proven on these lengths (engine-reliability.ts): assembled, held.
    expect(first.stdout).toMatch(
      /es: en>es; [1-9]\d* segment\(s\) translated, \d+ from memory; 2 assembled, 0 live/,
    );
    const second = await civitas(["translate"]);
    expect(second.stdout).toMatch(/es: en>es; 0 segment\(s\) translated/);
    expect(second.stdout).toMatch(/fr: en>es>fr; [1-9]\d* segment\(s\) translated/);
    await expect(civitas(["translate", "--lang", "de"])).rejects.toThrow(
      '"de" is not a site language',
    );
  });

  it("imports a glossary CSV and names the bad rows of a broken one", async () => {
    const good = path.join(dir, "good.csv");
    fs.writeFileSync(good, "source,target\nStrong Cities Network,Réseau des villes fortes\n");
    const ok = await civitas(["glossary", "import", good, "--from", "en", "--to", "fr"]);
    expect(ok.stdout).toBe("Read 1 row(s): 1 term(s), 1 added, 0 updated, 0 unchanged.\n");
    const tbx = path.join(dir, "ibm.tbx");
    fs.copyFileSync(
      path.resolve(
        import.meta.dirname,
        "../../../../shared/data/tbx/okapi__lib-terminology-test__ibm_tbx.tbx",
      ),
      tbx,
    );
    expect((await civitas(["glossary", "import", tbx])).stdout).toBe(
      "Read 5 concept(s): 6 term(s), 6 added, 0 updated, 0 unchanged.\n",
    );
    for (const format of ["tbx", "csv"]) {
      const out = path.join(dir, `export.${format}`);
      expect((await civitas(["glossary", "export", "--format", format, "--out", out])).stdout).toBe(
        `Wrote 7 term(s) to ${out}.\n`,
      );
      expect((await civitas(["glossary", "import", out])).stdout).toMatch(
        / 0 added, 0 updated, 7 unchanged\.\n$/,
      );
    }
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "source,target\n,empty\nfine,bien\nfine,encore\n");
    const error = await civitas(["glossary", "import", bad, "--from", "en", "--to", "fr"]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    const details = (error as ValidationError).details as { path: string; message: string }[];
    expect(details.map((d) => d.path)).toEqual(["line 2", "line 4"]);
    await expect(
      civitas(["glossary", "import", path.join(dir, "missing.csv"), "--from", "en", "--to", "fr"]),
    ).rejects.toThrow("Cannot read");
  });
});
