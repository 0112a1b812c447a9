import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findCycles, importGraph, moduleGraph, sourceFiles } from "./import-cycles.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-cycles-"));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("the import graph's circles", () => {
  it("finds none in src/, between files or between modules", () => {
    const graph = importGraph(sourceFiles());
    expect(graph.size).toBeGreaterThan(300);
    expect(findCycles(graph)).toEqual([]);
    expect(findCycles(moduleGraph(graph))).toEqual([]);
  });

  it("finds a circle closed by a type-only import, a re-export or a lazy import", () => {
    const root = tree({
      "src/a.ts": 'import type { B } from "./b.js";\nexport type A = B;\n',
      "src/b.ts": 'export { c } from "./dir/index.js";\nexport type B = string;\n',
      "src/dir/index.ts": 'export const c = () => import("../a.js");\n',
      "src/alone.ts": 'import { c } from "./dir/index.js";\nexport const d = c;\n',
    });
    const graph = importGraph(sourceFiles(path.join(root, "src")), root);
    expect(findCycles(graph)).toEqual([["src/a.ts", "src/b.ts", "src/dir/index.ts"]]);
  });

  it("finds two modules that import each other through production files, not tests", () => {
    const graph = new Map([
      ["src/modules/network/a.ts", ["src/modules/translation/pipeline/index.ts"]],
      ["src/modules/translation/pipeline/index.ts", []],
      ["src/modules/translation/b.test.ts", ["src/modules/network/a.ts"]],
    ]);
    expect(findCycles(moduleGraph(graph))).toEqual([]);
    graph.set("src/modules/translation/c.ts", ["src/modules/network/a.ts"]);
    expect(findCycles(moduleGraph(graph))).toEqual([
      ["src/modules/network", "src/modules/translation"],
    ]);
  });
});
