import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isTestOnly } from "./layers.mjs";

const root = new URL("../..", import.meta.url).pathname;

function parsed(config: string): ts.ParsedCommandLine {
  const file = path.join(root, config);
  const result = ts.getParsedCommandLineOfConfigFile(
    file,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!result) throw new Error(`cannot read ${config}`);
  return result;
}

const relative = (file: string) => path.relative(root, file);

describe("what compiles into dist/", () => {
  it("leaves out every test-only file, even one a compiled file would import", () => {
    const build = parsed("tsconfig.build.json");
    const program = ts.createProgram(build.fileNames, build.options);
    const compiled = program
      .getSourceFiles()
      .map((f) => relative(f.fileName))
      .filter((f) => f.startsWith("src/"));
    expect(compiled.length).toBeGreaterThan(200);
    expect(compiled.filter(isTestOnly)).toEqual([]);
  }, 120_000);

  it("still typechecks the test kits and test support with the tests (tsconfig.json)", () => {
    const all = parsed("tsconfig.json").fileNames.map(relative);
    for (const kit of [
      "src/modules/network/network.test-kit.ts",
      "src/modules/translation/review/review.test-kit.ts",
      "src/modules/content/admin/media.test-kit.ts",
      "src/modules/content/factories.test-kit.ts",
      "src/test-support/app.ts",
    ])
      expect(all).toContain(kit);
  });
});
