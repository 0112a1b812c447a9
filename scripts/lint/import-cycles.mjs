/**
 * The import graph of src/ and its circles: every relative import and re-export (type-only ones too,
 * since a circle of types is a circle of knowledge), resolved to files, and the strongly connected
 * components of more than one file (Tarjan). `npm run lint` runs it; scripts/lint/import-cycles.test.ts
 * proves it finds one.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The relative imports of one file's text (static imports, re-exports, `import()` with a literal). */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((spec) => spec.startsWith("."));
}

/** The graph of a directory's .ts/.tsx files: file (relative to `root`) → the files it imports. */
export function importGraph(files, root = ROOT) {
  const known = new Set(files.map((f) => path.resolve(root, f)));
  const resolve = (from, spec) => {
    const base = path.resolve(path.dirname(from), spec).replace(/\.(m?js|jsx)$/, "");
    for (const candidate of [`${base}.ts`, `${base}.tsx`, base, `${base}/index.ts`])
      if (known.has(candidate)) return candidate;
    return undefined;
  };
  const graph = new Map();
  for (const file of known) {
    const targets = new Set();
    for (const spec of importsOf(file, fs.readFileSync(file, "utf8"))) {
      const target = resolve(file, spec);
      if (target) targets.add(path.relative(root, target));
    }
    graph.set(path.relative(root, file), [...targets].sort());
  }
  return graph;
}

/** Every circle: the strongly connected components of more than one file (or a file importing itself). */
export function findCycles(graph) {
  let index = 0;
  const indices = new Map();
  const lowlinks = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const strongConnect = (node) => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        strongConnect(next);
        lowlinks.set(node, Math.min(lowlinks.get(node), lowlinks.get(next)));
      } else if (onStack.has(next))
        lowlinks.set(node, Math.min(lowlinks.get(node), indices.get(next)));
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node))
        components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) strongConnect(node);
  return components;
}

/**
 * The graph between modules (src/modules/<name>), from their production files only: tests may
 * compose modules freely, the modules themselves may not lean on one another in a circle.
 */
export function moduleGraph(graph) {
  const moduleOf = (file) => file.match(/^src\/modules\/([^/]+)\//)?.[1];
  const isTest = (file) => /\.test\.tsx?$|\.test-kit\.ts$|\.fixture\.ts$/.test(file);
  const modules = new Map();
  for (const [file, targets] of graph) {
    const from = moduleOf(file);
    if (!from || isTest(file)) continue;
    const edges = modules.get(from) ?? new Set();
    for (const target of targets) {
      const to = moduleOf(target);
      if (to && to !== from) edges.add(`src/modules/${to}`);
    }
    modules.set(from, edges);
  }
  return new Map([...modules].map(([name, edges]) => [`src/modules/${name}`, [...edges].sort()]));
}

/** The .ts/.tsx files under a directory. */
export function sourceFiles(dir = path.join(ROOT, "src")) {
  return fs
    .readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph(sourceFiles());
  const cycles = [...findCycles(graph), ...findCycles(moduleGraph(graph))];
  for (const cycle of cycles) console.error(`import circle: ${cycle.join(" ↔ ")}`);
  if (cycles.length > 0) {
    console.error(
      `${cycles.length} import circle(s) in src/: break each (a type into its own file, a dependency passed in).`,
    );
    process.exit(1);
  }
  console.log("import graph of src/: no circles between files or modules");
}
