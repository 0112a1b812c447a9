import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCivitas } from "../../test-support/cli.js";

describe("civitas token", () => {
  it("creates a token shown once, lists it without its secret, and revokes it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cli-token-"));
    const civitas = (args: string[], stdin?: string) =>
      runCivitas(["--data", dir, ...args], { stdin });
    try {
      const added = await civitas(
        ["user", "add", "--email", "editor@cities.example", "--role", "editor"],
        "a long enough passphrase\n",
      );
      expect(added.code).toBe(0);
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
      expect(await civitas(["token", "revoke", "--id", "7"])).toMatchObject({
        code: 1,
        stderr: expect.stringContaining("No API token 7"),
      });
      expect(await civitas(["token", "create", "--email", "nobody@cities.example"])).toMatchObject({
        code: 1,
      });
      await civitas(["token", "create", "--email", "editor@cities.example", "--name", "sync"]);
      expect(
        (await civitas(["token", "list", "--email", "editor@cities.example"])).stdout,
      ).toContain("active");
      const reset = await civitas(
        ["user", "reset-password", "--email", "editor@cities.example"],
        "another long passphrase\n",
      );
      expect(reset).toMatchObject({
        code: 0,
        stdout: expect.stringContaining("1 API token(s) were revoked"),
      });
      const afterReset = await civitas(["token", "list", "--email", "editor@cities.example"]);
      expect(afterReset.stdout).toContain("sync");
      expect(afterReset.stdout).not.toContain("active");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
