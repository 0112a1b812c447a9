import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { registerQaCommand } from "./qa.cli.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-qa-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, "write").mockImplementation(
    (chunk) => ((stderr += String(chunk)), true),
  );
  const program = new Command().exitOverride();
  registerQaCommand(program);
  await program.parseAsync(["node", "civitas", "qa", ...args]);
  const code = Number(process.exitCode ?? 0);
  vi.restoreAllMocks();
  return { stdout, stderr, code };
}

function xliff21(trgLang: string, target: string): string {
  return `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="${trgLang}"><file id="f"><unit id="u"><segment><source>Hello.</source><target>${target}</target></segment></unit></file></xliff>`;
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("civitas qa", () => {
  it("runs the gate's dictionary checks along the route it is given", async () => {
    const file = write(
      "pivot.tsv",
      "source\ttarget\nMembers set out their priorities for the coming year.\tLes membres ont fixé leurs priorités pour l'an venidero.\n",
    );
    const through = await run("--from", "en", "--to", "fr", "--route", "en>es>fr", file);
    const codes = (out: string) =>
      (JSON.parse(out) as { findings: { code: string }[] }[]).flatMap((r) =>
        r.findings.map((f) => f.code),
      );
    expect(codes(through.stdout)).toContain("pivot-word");
    const refused = await run("--from", "en", "--to", "fr", "--route", "en", file).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(Error);
  });

  it("prints one object per pair with risk and findings, exit code 0 even with findings", async () => {
    const file = write(
      "seed.tsv",
      "source\ttarget\nYou can read the summary below.\tVous pouvez lire le résumé résumé ci-dessous.\nA short summary is available here.\tUn bref résumé est disponible ici.\n",
    );
    const { stdout, code } = await run("--from", "en", "--to", "fr", "--lang", "fr", file);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as {
      index: number;
      risk: number;
      findings: { code: string; message: string; span: unknown }[];
    }[];
    expect(reports.map((r) => r.index)).toEqual([0, 1]);
    expect(reports[0]?.findings.map((f) => f.code)).toEqual(["repeated-word"]);
    expect(reports[0]?.findings[0]?.span).toEqual([20, 33]);
    expect(reports[0]?.findings[0]?.message).toMatch(/^Le mot «\u00a0résumé\u00a0»/);
    expect(reports[0]?.risk).toBeGreaterThan(reports[1]?.risk ?? 1);
    expect(reports[1]?.findings).toEqual([]);
  });

  it("exits 2 with a clear message on unreadable input", async () => {
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing.tsv"), /no such file/],
      [write("columns.tsv", "a\tb\nonly one\n"), /line 2 has 1 column/],
      [write("broken.xlf", "<xliff><file></xliff>"), /malformed XML/],
      [write("binary.tsv", "\u0000\u0001\u0002"), /binary/],
    ];
    for (const [file, message] of cases) {
      const { stdout, stderr, code } = await run("--from", "en", "--to", "fr", file);
      expect(code, file).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toBe("");
    }
    const big = write("big.tsv", "a\tb\n".repeat(50));
    expect((await run("--from", "en", "--to", "fr", "--max-bytes", "10", big)).stderr).toMatch(
      /over the limit/,
    );
  });

  it("refuses an invalid XLIFF file (an OASIS suite file) and one in another language than --to", async () => {
    const suite = path.resolve(
      import.meta.dirname,
      "../../../../../shared/data/xliff2/oasis-xliff-21-test-suite-full/core/invalid",
    );
    const invalid = await run("--from", "en", "--to", "fr", path.join(suite, "bad_NoTrgLang.xlf"));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/trgLang/);
    const german = write("de.xlf", xliff21("de", "Hallo Welt."));
    const wrong = await run("--from", "en", "--to", "fr", german);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--to fr but the file's language is de/);
    expect(wrong.stdout).toBe("");
  });

  it("reads XLIFF 1.2 in windows-1252 and XLIFF 2.1 in UTF-16, and leaves empty targets out", async () => {
    const xliff12 = `<?xml version="1.0" encoding="windows-1252"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="fr-FR" datatype="plaintext"><body>
<trans-unit id="1"><source>The café is open.</source><target>Le café est ouvert.</target></trans-unit>
<trans-unit id="2"><source>The library is closed.</source><target/></trans-unit>
</body></file></xliff>`;
    const latin = path.join(dir, "cp1252.xlf");
    fs.writeFileSync(latin, Buffer.from(xliff12, "latin1"));
    const first = await run("--from", "en", "--to", "fr", latin);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as unknown[]).length).toBe(1);
    expect(first.stderr).toMatch(/1 untranslated segment/);
    const utf16 = path.join(dir, "utf16.xlf");
    fs.writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xliff21("fr", "Bonjour."), "utf16le")]),
    );
    const second = await run("--from", "en", "--to", "fr", utf16);
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as unknown[]).length).toBe(1);
  });

  it("measures the round trip with the local Apertium (--round-trip)", async () => {
    const file = write(
      "rt.tsv",
      "The event was co-sponsored by the U.S. Department of State.\tL’événement a été coparrainé par l’Union européenne Département d’État des États-Unis.\n",
    );
    const { stdout, code } = await run("--from", "en", "--to", "fr", "--round-trip", file);
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as {
      roundTrip: number;
      findings: { code: string; severity: string }[];
    }[];
    expect(report?.roundTrip).toBeGreaterThan(0.3);
    expect(report?.findings).toContainEqual(
      expect.objectContaining({ code: "entity-added", severity: "error" }),
    );
  });
});
