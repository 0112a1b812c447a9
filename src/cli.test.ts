import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function civitas(args: string[], env: NodeJS.ProcessEnv = {}) {
  return run(tsx, ["src/cli.ts", ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
}

describe("civitas command line", () => {
  it("lists its commands in --help", async () => {
    const { stdout } = await civitas(["--help"]);
    for (const command of ["serve", "demo", "migrate", "--data"]) expect(stdout).toContain(command);
  });

  it("migrates the SQLite database inside --data, and says so when up to date", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-"));
    try {
      const first = await civitas(["--data", dir, "migrate"]);
      expect(first.stdout).toMatch(/Applied \d+ migration\(s\)/);
      expect(fs.existsSync(path.join(dir, "civitas.db"))).toBe(true);
      const second = await civitas(["migrate"], { CIVITAS_DATA: dir });
      expect(second.stdout).toContain("Database is up to date.");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails with every configuration problem and a non-zero exit", async () => {
    await expect(
      civitas(["migrate"], { DATABASE_URL: "mysql://nope", PORT: "x" }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Invalid configuration"),
    });
  });

  it("refuses a port that is not a number", async () => {
    await expect(civitas(["serve", "--port", "eighty"])).rejects.toMatchObject({
      stderr: expect.stringContaining("must be a port number"),
    });
  });
  it("adds a user with the password from standard input and resets it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-"));
    const withStdin = (args: string[], input: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(tsx, ["src/cli.ts", "--data", dir, ...args]);
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(input);
      });
    try {
      const added = await withStdin(
        ["user", "add", "--email", "Admin@Cities.example", "--role", "admin"],
        "a long enough passphrase\n",
      );
      expect(added.stdout).toContain("Created admin admin@cities.example");
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
      const reset = await withStdin(
        ["user", "reset-password", "--email", "admin@cities.example"],
        "another long passphrase\n",
      );
      expect(reset.stdout).toContain(
        "every session of this user has ended and 0 API token(s) were revoked",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
