import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { JobStatus } from "../../platform/platform.table.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { DIALECTS } from "../../test-support/databases.js";
import { identityFor } from "../../test-support/sign-in.js";
import { importCities } from "./city-import.js";
import { listCities } from "./directory.repository.js";
import { insertHub } from "./directory.repository.js";
import { drainJobs } from "../../test-support/jobs.js";

/** A file with one good row and one row for each kind of problem (and a bad UTF-8 byte). */
function brokenFile(): Buffer {
  const lines = [
    "name,country,region,latitude,longitude,hub",
    "Lyon,fr,europe,45.764,4.8357,",
    "Atlantis,XX,europe,10,10,",
    "Nowhere,FR,europe,95,200,",
    "Lyon,FR,europe,45.7,4.8,",
    "Short,FR,europe",
    `"=cmd|' /C calc'!A0",FR,europe,1,1,`,
    "BADBYTE,FR,europe,1,1,",
    `"${"x".repeat(30_000)}",FR,europe,1,1,`,
    "Existing,CA,north-america,51.04,-114.07,",
    "Oran,DZ,mena,35.69,-0.63,no-such-hub",
    '"Saint-Denis, ""La Réunion""",RE,africa,-20.88,55.45,ocean',
  ];
  const text = Buffer.from(lines.join("\r\n") + "\r\n", "utf8");
  const at = text.indexOf("BADBYTE");
  text[at + 3] = 0xff;
  return text;
}

const BAD_LINES = [3, 4, 5, 6, 7, 8, 9, 10, 11];

async function countJobs(t: TestApp, type: string, status?: JobStatus): Promise<number> {
  let query = t.database.db
    .selectFrom("jobs")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("type", "=", type);
  if (status !== undefined) query = query.where("status", "=", status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

for (const dialect of DIALECTS) {
  describe(`importing cities from CSV (${dialect})`, () => {
    let t: TestApp;
    const now = new Date("2026-11-26T12:00:00Z");
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const at = now.toISOString();
      await insertHub(t.database.db, {
        slug: "ocean",
        name: "Indian Ocean",
        region: "africa",
        color: "#0072B2",
        contactPersonId: null,
        description: "",
        sourceLanguage: "en",
        createdAt: at,
        updatedAt: at,
      });
      await importCities(t.database.db, {
        bytes: Buffer.from(
          "name,country,region,latitude,longitude\nExisting,CA,north-america,51,-114\n",
        ),
        skipInvalid: false,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
    });
    afterAll(async () => {
      await t.close();
    });

    it("writes nothing from a file with broken rows, and names each bad row and its problem", async () => {
      const report = await importCities(t.database.db, {
        bytes: brokenFile(),
        skipInvalid: false,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
      expect(report.written).toBe(0);
      expect((await listCities(t.database.db)).map((c) => c.name)).toEqual(["Existing"]);
      expect(report.rows).toBe(11);
      expect(report.valid).toBe(2);
      expect(report.invalid.map((r) => r.line)).toEqual(BAD_LINES);
      const problems = Object.fromEntries(
        report.invalid.map((r) => [r.line, r.problems.map((p) => `${p.field}:${p.problem}`)]),
      );
      expect(problems[3]).toEqual(["country:network.error.country"]);
      expect(problems[4]).toEqual([
        "latitude:network.error.coordinates",
        "longitude:network.error.coordinates",
      ]);
      expect(problems[5]).toEqual(["name:network.error.duplicate"]);
      expect(problems[6]).toContain("row:network.import.columnCount");
      expect(problems[7]).toEqual(["name:network.error.formula"]);
      expect(problems[8]).toContain("row:network.import.encoding");
      expect(problems[9]).toContain("row:network.import.tooLong");
      expect(problems[10]).toEqual(["name:network.error.duplicate"]);
      expect(problems[11]).toEqual(["hub:network.error.hub"]);
    });

    it("refuses NUL and bidirectional overrides in names, and remote images in profiles, naming the problem", async () => {
      const lines = [
        "name,local_name,country,region,latitude,longitude,profile",
        "Nul\u0000town,,FR,europe,45,4,",
        "Tunis,\u202eسنوت,TN,mena,36.8,10.18,",
        "Isolate\u2066d,,FR,europe,45,4,",
        'Remote,,FR,europe,45,4,"A map: ![map](https://maps.example.com/x.png)"',
        'Local,,FR,europe,45,4,"A map: ![map](/media/img-abc-960.jpg)"',
      ];
      const report = await importCities(t.database.db, {
        bytes: Buffer.from(lines.join("\n") + "\n", "utf8"),
        skipInvalid: false,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
      expect(report.written).toBe(0);
      expect(report.invalid.map((r) => r.problems.map((p) => `${p.field}:${p.problem}`))).toEqual([
        ["name:network.error.controlCharacters"],
        ["localName:network.error.controlCharacters"],
        ["name:network.error.controlCharacters"],
        ["profile:network.error.remoteImage"],
      ]);
      expect(report.valid).toBe(1);
    });

    it("writes the valid rows when told to skip the invalid ones", async () => {
      const report = await importCities(t.database.db, {
        bytes: brokenFile(),
        skipInvalid: true,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
      expect(report.written).toBe(2);
      const cities = await listCities(t.database.db);
      expect(cities.map((c) => c.name)).toEqual(["Existing", "Lyon", 'Saint-Denis, "La Réunion"']);
      expect(cities[1]).toMatchObject({
        country: "FR",
        slug: "lyon",
        latitude: 45.764,
        longitude: 4.8357,
      });
      expect(cities[2]?.hubName).toBe("Indian Ocean");
    });

    it("reports progress on large files", async () => {
      const rows = Array.from(
        { length: 1200 },
        (_, i) => `Town ${i},FR,europe,45,${(i % 180) - 0.5}`,
      );
      const calls: string[] = [];
      const report = await importCities(t.database.db, {
        bytes: Buffer.from(["name,country,region,latitude,longitude", ...rows].join("\n")),
        skipInvalid: false,
        sourceLanguage: "en",
        actorId: null,
        now,
        onProgress: (phase, done, total) => calls.push(`${phase} ${done}/${total}`),
      });
      expect(report.written).toBe(1200);
      expect(calls).toEqual([
        "validating 0/1200",
        "validating 500/1200",
        "validating 1000/1200",
        "validating 1200/1200",
        "writing 0/1200",
        "writing 500/1200",
        "writing 1000/1200",
        "writing 1200/1200",
      ]);
    });

    it("queues the translation of a large import in batches, and the batches translate and index every city", async () => {
      const rows = Array.from(
        { length: 450 },
        (_, i) => `Batchville ${i},FR,europe,45,${(i % 180) - 0.5},,A harbour town on the river.`,
      );
      const jobsBefore = await countJobs(t, "TranslateNetworkTextsTask");
      const report = await importCities(t.database.db, {
        bytes: Buffer.from(
          ["name,country,region,latitude,longitude,hub,profile", ...rows].join("\n"),
        ),
        skipInvalid: false,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
      expect(report.written).toBe(450);

      const jobs = await t.database.db
        .selectFrom("jobs")
        .select(["payload"])
        .where("type", "=", "TranslateNetworkTextsTask")
        .orderBy("id")
        .execute();
      const batches = jobs
        .slice(jobsBefore)
        .map((job) => z.object({ rowIds: z.array(z.number()) }).parse(JSON.parse(job.payload)));
      expect(batches.map((b) => b.rowIds.length)).toEqual([200, 200, 50]);
      const imported = (await listCities(t.database.db))
        .filter((city) => city.name.startsWith("Batchville "))
        .map((city) => city.id);
      expect(batches.flatMap((b) => b.rowIds).sort()).toEqual(imported.sort());

      await drainJobs(t.app);
      expect(await countJobs(t, "TranslateNetworkTextsTask", "done")).toBe(jobsBefore + 3);
      const indexed = await t.database.db
        .selectFrom("searchDocuments")
        .select("refId")
        .where("kind", "=", "city")
        .where("refId", "in", imported)
        .execute();
      expect(new Set(indexed.map((d) => d.refId)).size).toBe(450);
    });

    it("refuses a file without the required header, and one that is too large", async () => {
      const report = await importCities(t.database.db, {
        bytes: Buffer.from("city,lat,lon\nParis,48,2\n"),
        skipInvalid: true,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
      expect(report.fileProblem?.problem).toBe("network.import.badHeader");
      expect(report.written).toBe(0);
      const huge = await importCities(t.database.db, {
        bytes: new Uint8Array(21 * 1024 * 1024),
        skipInvalid: true,
        sourceLanguage: "en",
        actorId: null,
        now,
      });
      expect(huge.fileProblem?.problem).toBe("network.import.tooLarge");
    });

    if (dialect === "sqlite") {
      it("accepts uploads in the workspace: the report names the bad rows, and nothing is written", async () => {
        const editor = await identityFor(t, "editor");
        const boundary = "----civitas-test";
        const fileParts = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cities.csv"\r\nContent-Type: text/csv\r\n\r\n`,
          ),
          brokenFile(),
          Buffer.from(`\r\n`),
        ]);
        const tokenPart = (csrf: string) =>
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`,
          );
        const end = Buffer.from(`--${boundary}--\r\n`);
        const upload = (who: { cookies: Record<string, string> }, payload: Buffer) =>
          t.app.inject({
            method: "POST",
            url: "/admin/network/import",
            cookies: who.cookies,
            headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
            payload,
          });
        const before = (await listCities(t.database.db)).length;
        expect(
          (await upload(editor, Buffer.concat([tokenPart("wrong"), fileParts, end]))).statusCode,
        ).toBe(403);
        // A file before the token is refused before its bytes are read; no token at all too.
        expect(
          (await upload(editor, Buffer.concat([fileParts, tokenPart(editor.csrf), end])))
            .statusCode,
        ).toBe(403);
        expect((await upload(editor, Buffer.concat([fileParts, end]))).statusCode).toBe(403);
        const res = await upload(editor, Buffer.concat([tokenPart(editor.csrf), fileParts, end]));
        expect(res.statusCode).toBe(422);
        for (const line of BAD_LINES) expect(res.body).toContain(`Line ${line}`);
        expect(res.body).toContain("Unknown country");
        expect((await listCities(t.database.db)).length).toBe(before);
        const reviewer = await identityFor(t, "reviewer");
        const refused = await upload(
          reviewer,
          Buffer.concat([tokenPart(reviewer.csrf), fileParts, end]),
        );
        expect(refused.statusCode).toBe(403);
      });

      it("runs as `civitas import cities FILE.csv`, refusing a broken file with each bad line", async () => {
        const { buildCli } = await import("../../cli.js");
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-import-"));
        const file = path.join(dir, "cities.csv");
        fs.writeFileSync(file, brokenFile());
        const out: string[] = [];
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = ((chunk: string) =>
          out.push(String(chunk)) > 0) as typeof process.stdout.write;
        try {
          await expect(
            buildCli().parseAsync(["node", "civitas", "--data", dir, "import", "cities", file]),
          ).rejects.toMatchObject({ code: "import_refused" });
          const good = path.join(dir, "good.csv");
          fs.writeFileSync(
            good,
            "name,country,region,latitude,longitude\nLyon,FR,europe,45.76,4.83\n",
          );
          await buildCli().parseAsync(["node", "civitas", "--data", dir, "import", "cities", good]);
        } finally {
          process.stdout.write = write;
          fs.rmSync(dir, { recursive: true, force: true });
        }
        const text = out.join("");
        // A fresh directory: line 10 is new there, and line 12's hub does not exist.
        for (const line of [3, 4, 5, 6, 7, 8, 9, 11, 12]) expect(text).toContain(`line ${line} `);
        expect(text).not.toContain("line 10 ");
        expect(text).toContain("Nothing was imported: 9 rows have problems.");
        expect(text).toContain("1 city imported of 1 row.");
      });
    }
  });
}
