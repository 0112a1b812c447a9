import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

describe("civitas token", () => {
  it("creates a token shown once, lists it without its secret, and revokes it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-token-"));
    const civitas = (args: string[]) =>
      run(tsx, ["src/cli.ts", "--data", dir, ...args], { timeout: 60_000 });
    try {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(tsx, [
          "src/cli.ts",
          "--data",
          dir,
          "user",
          "add",
          "--email",
          "editor@cities.example",
          "--role",
          "editor",
        ]);
        child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
        child.stdin.end("a long enough passphrase\n");
      });
      const created = await civitas([
        "token",
        "create",
        "--email",
        "editor@cities.example",
        "--name",
        "newsletter",
      ]);
      const token = created.stdout.trim();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.stderr).toMatch(/Created API token 1 \("newsletter"\)/);
      const listed = await civitas(["token", "list", "--email", "editor@cities.example"]);
      expect(listed.stdout).toContain("newsletter");
      expect(listed.stdout).toContain("active");
      expect(listed.stdout).not.toContain(token);
      const revoked = await civitas(["token", "revoke", "--id", "1"]);
      expect(revoked.stdout).toContain("Revoked API token 1");
      const after = await civitas(["token", "list", "--email", "editor@cities.example"]);
      expect(after.stdout).toContain("revoked");
      await expect(civitas(["token", "revoke", "--id", "7"])).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining("No API token 7"),
      });
      await expect(
        civitas(["token", "create", "--email", "nobody@cities.example"]),
      ).rejects.toMatchObject({ code: 1 });
      await civitas(["token", "create", "--email", "editor@cities.example", "--name", "sync"]);
      expect(
        (await civitas(["token", "list", "--email", "editor@cities.example"])).stdout,
      ).toContain("active");
      const reset = await new Promise<string>((resolve, reject) => {
        const child = spawn(tsx, [
          "src/cli.ts",
          "--data",
          dir,
          "user",
          "reset-password",
          "--email",
          "editor@cities.example",
        ]);
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("close", (code) =>
          code === 0 ? resolve(out) : reject(new Error(`exit ${code}`)),
        );
        child.stdin.end("another long passphrase\n");
      });
      expect(reset).toContain("1 API token(s) were revoked");
      const afterReset = await civitas(["token", "list", "--email", "editor@cities.example"]);
      expect(afterReset.stdout).toContain("sync");
      expect(afterReset.stdout).not.toContain("active");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
