import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "./database.js";
import { findUserByEmail } from "./platform/auth/user.repository.js";
import { openDatabase } from "./platform/db/database.js";
import { civitasCommand } from "./test-support/bundled.js";
import { runCivitas } from "./test-support/cli.js";

const run = promisify(execFile);

describe("civitas command line", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-"));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("starts as a process: --help lists the commands, a bad option exits non-zero", async () => {
    const civitas = civitasCommand();
    const { stdout } = await run(process.execPath, [...civitas, "--help"], { timeout: 60_000 });
    for (const command of ["serve", "demo", "migrate", "--data"]) expect(stdout).toContain(command);
    await expect(
      run(process.execPath, [...civitas, "serve", "--port", "eighty"], { timeout: 60_000 }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("must be a port number") });
  });

  it("lists its commands in --help", async () => {
    const help = await runCivitas(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["serve", "demo", "migrate", "--data"])
      expect(help.stdout).toContain(command);
  });

  it("migrates the SQLite database inside --data, and says so when up to date", async () => {
    const first = await runCivitas(["--data", dir, "migrate"]);
    expect(first).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Applied \d+ migration\(s\)/),
    });
    expect(fs.existsSync(path.join(dir, "civitas.db"))).toBe(true);
    const second = await runCivitas(["migrate"], { env: { CIVITAS_DATA: dir } });
    expect(second).toMatchObject({ code: 0, stdout: "Database is up to date.\n" });
  });

  it("fails with every configuration problem and a non-zero exit", async () => {
    const failed = await runCivitas(["migrate"], {
      env: { DATABASE_URL: "mysql://nope", PORT: "x" },
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("Invalid configuration");
  });

  it("refuses a port that is not a number", async () => {
    const refused = await runCivitas(["serve", "--port", "eighty"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("must be a port number");
  });

  it("adds a user with the password from standard input and resets it", async () => {
    const withStdin = (args: string[], stdin: string) =>
      runCivitas(["--data", dir, ...args], { stdin });
    const added = await withStdin(
      ["user", "add", "--email", "Admin@Cities.example", "--role", "admin"],
      "a long enough passphrase\n",
    );
    expect(added.stdout).toContain("Created admin admin@cities.example");
    const french = await withStdin(
      ["user", "add", "--email", "fr@cities.example", "--role", "editor", "--language", "fr"],
      "a long enough passphrase\n",
    );
    expect(french.stdout).toContain("Created editor fr@cities.example");
    const unknown = await withStdin(
      ["user", "add", "--email", "xx@cities.example", "--role", "editor", "--language", "xx"],
      "a long enough passphrase\n",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("--language must be one of the site's languages");
    const database = openDatabase<DB>({ dialect: "sqlite", file: path.join(dir, "civitas.db") });
    try {
      expect((await findUserByEmail(database.db, "fr@cities.example"))?.preferredLanguage).toBe(
        "fr",
      );
      expect(
        (await findUserByEmail(database.db, "admin@cities.example"))?.preferredLanguage,
      ).toBeNull();
      expect(await findUserByEmail(database.db, "xx@cities.example")).toBeUndefined();
    } finally {
      await database.destroy();
    }
    const again = await withStdin(
      ["user", "add", "--email", "admin@cities.example", "--role", "admin"],
      "a long enough passphrase\n",
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("exists already");
    const weak = await withStdin(
      ["user", "add", "--email", "e@cities.example", "--role", "editor"],
      "short\n",
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("between 12 and 1024 characters");
    const empty = await withStdin(
      ["user", "add", "--email", "f@cities.example", "--role", "editor"],
      "",
    );
    expect(empty).toMatchObject({ code: 1, stderr: expect.stringContaining("No password") });
    const reset = await withStdin(
      ["user", "reset-password", "--email", "admin@cities.example"],
      "another long passphrase\n",
    );
    expect(reset.stdout).toContain(
      "every session of this user has ended and 0 API token(s) were revoked",
    );
  });
});
