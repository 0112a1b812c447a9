import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConfiguredDatabase } from "../../../database.js";
import { MIGRATIONS } from "../../../migrations/index.js";
import { insertUser } from "../../../platform/auth/user.repository.js";
import { loadConfig } from "../../../platform/config.js";
import { migrateToLatest } from "../../../platform/db/migrate.js";
import { memoryOnlyDeps, publishTranslated } from "../review/review.test-kit.js";
import { captureCivitas } from "../../../test-support/cli.js";

describe("civitas xliff export and import", () => {
  let dir: string;
  const env = { ...process.env };

  const civitas = (args: string[]) => captureCivitas(dir, args);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-xliff-"));
    process.env.CIVITAS_LANGUAGES = "en,fr,es";
    process.env.CIVITAS_LOG_LEVEL = "silent";
    const config = loadConfig({ dataDir: dir }, {});
    const database = openConfiguredDatabase(config);
    await migrateToLatest(database.db, MIGRATIONS);
    const now = new Date("2026-12-04T12:00:00Z");
    const deps = memoryOnlyDeps(database.db, config, () => now);
    await publishTranslated(deps, {
      draft: { title: "The mayors meet", summary: "", body: "The mayors **meet** in Lyon." },
      language: "fr",
      translate: (s) => s,
    });
    await insertUser(database.db, {
      email: "translator@example.org",
      displayName: "Translator",
      role: "editor",
      passwordHash: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await deps.runtime.lexicon.close();
    await database.destroy();
  });
  afterAll(() => {
    process.env = env;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exports an item's French, imports the filled file with a per-unit report, and refuses a file in another language", async () => {
    const out = path.join(dir, "fr.xlf");
    const exported = await civitas([
      "xliff",
      "export",
      "--lang",
      "fr",
      "--item",
      "1",
      "--out",
      out,
    ]);
    expect(exported.stdout).toMatch(/Wrote 2 sentence\(s\) of 1 item\(s\) for fr/);
    const filled = fs
      .readFileSync(out, "utf8")
      .replace(
        '<segment id="s1" state="initial"><source>The mayors meet</source></segment>',
        '<segment id="s1" state="translated"><source>The mayors meet</source><target>Les maires se réunissent</target></segment>',
      )
      .replace(
        '<segment id="s1" state="initial"><source>The mayors <pc id="1">meet</pc> in Lyon.</source></segment>',
        '<segment id="s1" state="translated"><source>The mayors <pc id="1">meet</pc> in Lyon.</source><target>Les maires <pc id="1">se réunissent</pc> à Lyon.</target></segment>',
      );
    fs.writeFileSync(out, filled);
    const german = path.join(dir, "de.xlf");
    fs.writeFileSync(german, filled.replace('trgLang="fr"', 'trgLang="es"'));
    const wrong = await civitas([
      "xliff",
      "import",
      german,
      "--as",
      "translator@example.org",
      "--lang",
      "fr",
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/language: the file is in es, not fr/);
    const dry = await civitas([
      "xliff",
      "import",
      out,
      "--as",
      "translator@example.org",
      "--dry-run",
    ]);
    expect(dry.stdout).toMatch(/fr: 2 would be accepted, 0 refused, 0 untranslated/);
    const done = await civitas([
      "xliff",
      "import",
      out,
      "--as",
      "translator@example.org",
      "--json",
    ]);
    expect(done.code).toBe(0);
    const report = JSON.parse(done.stdout) as { accepted: number; units: { status: string }[] };
    expect(report.accepted).toBe(2);
    expect(report.units.map((u) => u.status)).toEqual(["accepted", "accepted"]);
    const again = await civitas(["xliff", "export", "--lang", "fr", "--all", "--out", out]).catch(
      (e: unknown) => e,
    );
    expect(String(again)).toMatch(/nothing awaits translation/);
  });
});
