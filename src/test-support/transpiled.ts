import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

/**
 * The sources transpiled once per test run, for the tests that start `civitas`
 * as a process of its own (the crash tests, start-up, the import killed
 * midway): a process started with `--import tsx` spends about 3.5 s of CPU
 * loading the sources through tsx's loader thread, the same files as plain
 * JavaScript about half that, and the crash tests alone start some forty
 * such processes. esbuild is what tsx transpiles with, so the code that runs
 * is the same. The directory sits in the checkout's tmp/ (ignored by git and
 * the linters) so that packages resolve as from the sources, and package.json
 * (ESM, the browser assets' root) is found above it.
 */
export async function transpileSources(root: string, runName: string): Promise<string> {
  const outDir = path.join(root, "tmp", `test-build-${runName}`);
  const src = path.join(root, "src");
  const entryPoints: string[] = [];
  const copies: string[] = [];
  for (const entry of fs.readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (/\.(test|test-kit|fixture)\.tsx?$/.test(entry.name)) continue;
    if (/\.tsx?$/.test(entry.name)) entryPoints.push(file);
    else copies.push(file);
  }
  await build({
    entryPoints,
    outdir: path.join(outDir, "src"),
    outbase: src,
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node20",
    jsx: "automatic",
    jsxImportSource: "preact",
    sourcemap: "inline",
    logLevel: "warning",
  });
  // What the sources read beside themselves (the labelled sets, the stylesheet…).
  for (const file of copies) {
    const to = path.join(outDir, "src", path.relative(src, file));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(file, to);
  }
  return outDir;
}

/**
 * How to start the `civitas` command in a test: the run's transpiled CLI when
 * the global setup made one (CIVITAS_TEST_CLI), else the sources under tsx.
 */
export function civitasCommand(): string[] {
  const transpiled = process.env.CIVITAS_TEST_CLI;
  return transpiled ? [transpiled] : ["--import", "tsx", path.resolve("src/cli.ts")];
}
