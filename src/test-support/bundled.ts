import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

/** Names the run's bundle directory for the test workers (the global setup sets it; workers inherit it). */
const BUNDLE_ENV = "CIVITAS_TEST_BUNDLE";

/**
 * The programs that tests start as processes of their own (`civitas` and the
 * job processes its server forks, the `*.fixture.ts` scripts and the crash
 * bench the crash tests run), bundled
 * once per test run with their packages: the crash tests, start-up, the import
 * killed midway and the job-crash and re-index tests start some seventy such
 * processes. Loading the ~1,000 ES modules of the sources and packages one by
 * one cost each ~1.7 core-s (`civitas --help`: 1.33 s); the bundle, 0.75 core-s
 * (0.66 s), and under tsx's loader a process cost ~3.5 core-s. esbuild is what
 * tsx transpiles with, so the code that runs is the same.
 *
 * The entries keep their place in the checkout and share chunks, which go
 * into src/ (job-processes.ts finds job-process.js beside itself, wherever
 * esbuild put its code); packages with native code
 * stay outside the bundle and load from node_modules. The directory sits in
 * the checkout's tmp/ (ignored by git and the linters) so that they resolve
 * as from the sources and package.json (the browser assets' root) is found
 * above it.
 */
export async function bundleTestProcesses(root: string, runName: string): Promise<string> {
  const outDir = path.join(root, "tmp", `test-bundle-${runName}`);
  const src = path.join(root, "src");
  const fixtures = fs
    .readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".fixture.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  await build({
    entryPoints: [
      path.join(src, "cli.ts"),
      path.join(src, "job-process.ts"),
      path.join(root, "bench", "crash.ts"),
      ...fixtures,
    ],
    outdir: outDir,
    outbase: root,
    chunkNames: "src/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    jsx: "automatic",
    jsxImportSource: "preact",
    // Native addons (and pg's optional one) load from node_modules as they do from the sources.
    external: ["better-sqlite3", "sharp", "@node-rs/argon2", "pg-native"],
    // Packages written as CommonJS call require(); an ES module bundle has none of its own.
    banner: {
      js: 'import { createRequire as __civitasRequire } from "node:module"; const require = __civitasRequire(import.meta.url);',
    },
    sourcemap: "linked",
    logLevel: "warning",
  });
  // What the sources read beside themselves: the labelled sets (qa/labelled-set.ts, gate-figures.ts),
  // found from import.meta.url, which is now a shared chunk's, in the bundle's src/.
  const labelled = path.join(src, "modules/translation/qa/labelled");
  fs.cpSync(labelled, path.join(outDir, "src", "labelled"), { recursive: true });
  process.env[BUNDLE_ENV] = outDir;
  return outDir;
}

/**
 * How to start a program of the sources in a test (the arguments after `node`):
 * its bundle when the global setup made one, else the source under tsx.
 */
export function nodeArgsFor(source: string): string[] {
  const program = programFor(source);
  return [...loaderFor(program), program];
}

/** What node needs before a program: tsx's loader for a source, nothing for the bundle. */
export function loaderFor(program: string): string[] {
  return program.endsWith(".js") ? [] : ["--import", "tsx"];
}

/** The run's bundle of a program of the checkout (src/…, bench/crash.ts), or the source itself when there is none. */
export function programFor(source: string): string {
  const bundle = process.env[BUNDLE_ENV];
  if (!bundle) return path.resolve(source);
  const relative = path.relative(process.cwd(), path.resolve(source));
  return path.join(bundle, relative.replace(/\.tsx?$/, ".js"));
}

/** How to start the `civitas` command in a test (the arguments after `node`). */
export function civitasCommand(): string[] {
  return nodeArgsFor(path.resolve("src/cli.ts"));
}
