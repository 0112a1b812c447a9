/**
 * Civitas's own lint rules, loaded by eslint.config.js:
 * - `civitas/layers`: who may import whom (platform, browser islands, modules, migrations, test-only code);
 * - `civitas/sql-in-repositories`: only repositories (and migrations, tests) build SQL.
 * The layer map is written once here; ARCHITECTURE.md and each module's README describe it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The modules each module may import, always through the other module's public entry
 * (`PUBLIC_ENTRY`). Content is the base; a module missing here imports no other module.
 */
export const MODULE_EDGES = {
  content: [],
  translation: ["content"],
  network: ["content", "translation"],
  search: ["content", "network"],
  api: ["content", "search", "translation", "migration"],
  migration: ["content", "translation"],
  interop: ["content", "translation"],
};

/** Each module's public entry (path under src/modules, without extension). */
export const PUBLIC_ENTRY = {
  content: "content/index",
  translation: "translation/pipeline/index",
  network: "network/index",
  search: "search/index",
  api: "api/index",
  migration: "migration/index",
  interop: "interop/index",
};

/** The composition roots: only other roots (and tests) import them. */
const ROOTS = new Set([
  "app",
  "cli",
  "jobs",
  "server",
  "job-process",
  "job-process-main",
  "job-processes",
]);

/** Whether a file (path relative to the repository, no extension needed) holds test-only code. */
export function isTestOnly(relative) {
  const p = relative.replace(/\\/g, "/").replace(/\.(m?[jt]sx?)$/, "");
  return (
    /\.test$/.test(p) ||
    /\.test-kit$/.test(p) ||
    /\.fixture$/.test(p) ||
    /^src\/test-support(\/|$)/.test(p)
  );
}

function isTestFile(relative) {
  return /\.test\.tsx?$/.test(relative) || /\.browser\.test\.tsx?$/.test(relative);
}

/** Where a file sits: platform, shared, a module, a root file, or elsewhere. */
function placeOf(relative) {
  const p = relative.replace(/\\/g, "/").replace(/\.(m?[jt]sx?)$/, "");
  if (!p.startsWith("src/")) return { area: "outside", path: p };
  const inner = p.slice(4);
  const module = inner.match(/^modules\/([^/]+)\/(.*)$/);
  if (module) return { area: "module", module: module[1], inModule: module[2], path: inner };
  const top = inner.split("/")[0];
  if (top === "platform" || top === "shared" || top === "migrations" || top === "demo")
    return { area: top, path: inner };
  if (!inner.includes("/") && ROOTS.has(inner)) return { area: "root", path: inner };
  return { area: "app", path: inner };
}

function layerProblem(fromRelative, toRelative) {
  const from = placeOf(fromRelative);
  const to = placeOf(toRelative);
  if (from.area === "outside") return undefined;
  const fromTest = isTestOnly(fromRelative);
  if (isTestOnly(toRelative) && !fromTest)
    return `test-only code (${to.path}) is imported only by tests and test kits`;
  if (from.area === "platform" && !fromTest && !["platform", "outside"].includes(to.area))
    return `platform imports no module nor app file (${to.path}); modules give it what it needs`;
  if (from.area === "migrations" && !fromTest && to.area !== "migrations")
    return `a migration imports only kysely and other migrations, never app code (${to.path}): it must mean the same once run, whatever the app becomes; copy what it needs`;
  if (from.area === "shared" && to.area !== "shared")
    return `browser islands (src/shared) import no server code (${to.path})`;
  if (from.area === "module") {
    // Tests compose freely (they build apps and drive the CLI); test kits do not reach the roots.
    if (isTestFile(fromRelative)) return undefined;
    if (to.area === "root")
      return `a module never imports the composition root src/${to.path}.ts; the root composes the modules`;
    if (to.area === "demo") return `a module never imports the demo (src/${to.path})`;
    if (fromTest) return undefined;
    if (to.area === "module" && to.module !== from.module) {
      const allowed = MODULE_EDGES[from.module] ?? [];
      if (!allowed.includes(to.module))
        return `module ${from.module} may not import module ${to.module} (allowed: ${allowed.join(", ") || "none"}; the map is in scripts/lint/layers.mjs)`;
      const entry = PUBLIC_ENTRY[to.module];
      if (`modules/${entry}` !== to.path)
        return `import module ${to.module} through its public entry src/modules/${entry}.ts, not ${to.path}`;
    }
  }
  return undefined;
}

function checkSource(context, node, source) {
  if (!source || typeof source.value !== "string") return;
  const spec = source.value;
  if (!spec.startsWith(".")) return;
  const filename = context.filename;
  const fromRelative = path.relative(ROOT, filename);
  const toRelative = path.relative(ROOT, path.resolve(path.dirname(filename), spec));
  const problem = layerProblem(fromRelative, toRelative);
  if (problem) context.report({ node: source, message: `Layer: ${problem}.` });
}

const layers = {
  meta: {
    type: "problem",
    docs: { description: "Keeps the layers: platform, browser islands, modules, test-only code." },
    schema: [],
  },
  create(context) {
    return {
      ImportDeclaration: (node) => checkSource(context, node, node.source),
      ExportNamedDeclaration: (node) => checkSource(context, node, node.source),
      ExportAllDeclaration: (node) => checkSource(context, node, node.source),
      ImportExpression: (node) => checkSource(context, node, node.source),
    };
  },
};

const SQL_BUILDERS = new Set([
  "selectFrom",
  "insertInto",
  "updateTable",
  "deleteFrom",
  "replaceInto",
  "mergeInto",
]);

/** Whether a file may build SQL: repositories, migrations, the database layer, tests and test kits. */
function mayBuildSql(relative) {
  const p = relative.replace(/\\/g, "/");
  return (
    /\.repository\.tsx?$/.test(p) ||
    /^src\/migrations\//.test(p) ||
    /^src\/platform\/db\//.test(p) ||
    !p.startsWith("src/") ||
    isTestOnly(p)
  );
}

const sqlInRepositories = {
  meta: {
    type: "suggestion",
    docs: { description: "Only repositories build SQL (STYLE.md)." },
    schema: [],
  },
  create(context) {
    const relative = path.relative(ROOT, context.filename);
    if (mayBuildSql(relative)) return {};
    const report = (node, what) =>
      context.report({
        node,
        message: `SQL (${what}) is built only in a *.repository.ts; move this query into one.`,
      });
    return {
      MemberExpression(node) {
        if (node.property.type === "Identifier" && SQL_BUILDERS.has(node.property.name))
          if (node.parent.type === "CallExpression" && node.parent.callee === node)
            report(node.property, node.property.name);
      },
      TaggedTemplateExpression(node) {
        const tag = node.tag;
        const name =
          tag.type === "Identifier"
            ? tag.name
            : tag.type === "MemberExpression" && tag.object.type === "Identifier"
              ? tag.object.name
              : undefined;
        if (name === "sql") report(node, "sql``");
      },
    };
  },
};

/** The plugin eslint.config.js registers as `civitas`. */
export default { rules: { layers, "sql-in-repositories": sqlInRepositories } };
