import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../platform/db/database.js";
import type { DB } from "../../../database.js";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const WPML = path.join(HERE, "fixtures/wpml.xml");
const MALFORMED = path.resolve(
  process.cwd(),
  "../shared/data/wxr/wordpress-importer-edge-cases/wordpress-importer__phpunit-data__malformed.xml",
);

async function run(args: string[]): Promise<string> {
  const { buildCli } = await import("../../../cli.js");
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) =>
    out.push(String(chunk)) > 0) as typeof process.stdout.write;
  try {
    await buildCli().parseAsync(["node", "civitas", ...args]);
  } finally {
    process.stdout.write = write;
  }
  return out.join("");
}

describe("civitas import wordpress", () => {
  it("prints a dry run's report (text and JSON) without creating the database, imports, and dry-runs against the database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-cli-"));
    const uploads = path.join(dir, "uploads");
    fs.mkdirSync(path.join(uploads, "2026/05"), { recursive: true });
    const { makeJpeg } = await import("../../content/factories.test-kit.js");
    fs.writeFileSync(path.join(uploads, "2026/05/plaza.jpg"), await makeJpeg(640, 480));
    try {
      const dry = await run([
        "--data",
        dir,
        "import",
        "wordpress",
        WPML,
        "--media",
        uploads,
        "--dry-run",
      ]);
      expect(dry).toContain("Would import: 3 news (3 new, 0 updated, 0 unchanged)");
      expect(dry).toContain('post 60 "Plaza market": skipped_type (tribe_events)');
      expect(fs.existsSync(path.join(dir, "civitas.db"))).toBe(false);
      const json = JSON.parse(
        await run([
          "--data",
          dir,
          "import",
          "wordpress",
          WPML,
          "--dry-run",
          "--json",
          "--type",
          "tribe_events=resource",
        ]),
      ) as { items: Record<string, number>; isDryRun: boolean };
      expect(json).toMatchObject({ isDryRun: true, items: { news: 3, resource: 1 } });

      const first = await run(["--data", dir, "import", "wordpress", WPML, "--media", uploads]);
      expect(first).toContain("Imported: 3 news (3 new, 0 updated, 0 unchanged)");
      expect(first).toContain("1 files (1 missing)");
      const again = await run(["--data", dir, "import", "wordpress", WPML, "--media", uploads]);
      expect(again).toContain("(0 new, 0 updated, 3 unchanged)");
      const rows = async () => {
        const database = openDatabase<DB>({
          dialect: "sqlite",
          file: path.join(dir, "civitas.db"),
        });
        try {
          const count = async (table: "items" | "revisions" | "auditLog" | "jobs" | "media") =>
            (await database.db.selectFrom(table).selectAll().execute()).length;
          return {
            items: await count("items"),
            revisions: await count("revisions"),
            audit: await count("auditLog"),
            jobs: await count("jobs"),
            media: await count("media"),
          };
        } finally {
          await database.destroy();
        }
      };
      const before = await rows();
      expect(before.items).toBe(3);
      // A dry run now reads the database: what a third import would do, and nothing written.
      const dryAgain = await run([
        "--data",
        dir,
        "import",
        "wordpress",
        WPML,
        "--media",
        uploads,
        "--dry-run",
      ]);
      expect(dryAgain).toContain("Would import: 3 news (0 new, 0 updated, 3 unchanged)");
      expect(await rows()).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a malformed file naming the line and column", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-cli-"));
    try {
      await expect(run(["--data", dir, "import", "wordpress", MALFORMED])).rejects.toMatchObject({
        code: "unreadable_file",
        message: expect.stringMatching(/line 90, column 10/),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the text report", () => {
  it("says once, with why, that the menu items are not imported", async () => {
    const { printWordpressReport } = await import("./wordpress.command.js");
    const menu = (postId: string) => ({
      postId,
      title: "",
      code: "skipped_menu_item" as const,
      detail: "",
    });
    const out: string[] = [];
    printWordpressReport(
      {
        source: "wordpress:https://x.example",
        isDryRun: true,
        read: { nav_menu_item: 3, post: 1 },
        items: { news: 1 },
        created: 0,
        updated: 0,
        unchanged: 0,
        translations: 0,
        mediaStored: 0,
        mediaMissing: 0,
        tags: 0,
        redirects: 0,
        comments: 0,
        authors: [],
        lines: [menu("1"), menu("2"), menu("3")],
      },
      (line) => out.push(line),
    );
    expect(out).toContain(
      "  3 menu items (nav_menu_item): not imported, Civitas has no menus to fill (its navigation is built from the content types and languages)",
    );
    expect(out.filter((line) => line.includes("skipped_menu_item"))).toEqual([]);
    expect(out.at(-1)).toContain("3 skipped.");
  });
});
