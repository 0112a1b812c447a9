// `npm start`: the one command of the quick start. Installs dependencies when
// they are missing or stale, builds, loads the demo network (idempotent) and
// serves the site on http://localhost:3000 (PORT and CIVITAS_DATA are honoured).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

// The demo network's channels, unless the operator configured others.
const DEMO_CHANNELS = {
  CIVITAS_SOCIAL_FACEBOOK: "https://www.facebook.com/StrongCitiesNetwork",
  CIVITAS_SOCIAL_LINKEDIN: "https://www.linkedin.com/company/strong-cities-network",
  CIVITAS_SOCIAL_X: "https://x.com/Strong_Cities",
  CIVITAS_SOCIAL_YOUTUBE: "https://www.youtube.com/@strongcitiesnetwork",
};
for (const [name, url] of Object.entries(DEMO_CHANNELS)) process.env[name] ??= url;

// Machine translation runs on this machine: say what is missing instead of failing later.
const modes = process.env.CIVITAS_APERTIUM_MODES ?? "/usr/share/apertium/modes";
if (!fs.existsSync(path.join(modes, "eng-spa.mode"))) {
  console.warn(
    "civitas: Apertium is not installed, so French and Spanish will wait for human translation.\n" +
      "  To translate on this machine: apt-get install apertium apertium-eng-spa apertium-fr-es apertium-eng-cat apertium-fra-cat wamerican wfrench wspanish hunspell hunspell-fr hunspell-es",
  );
}

const installed = path.join(root, "node_modules", ".package-lock.json");
if (mtime(installed) < mtime(path.join(root, "package-lock.json"))) {
  console.log("civitas: installing dependencies (npm ci)…");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
} else if (!fs.existsSync(path.join(root, "dist", "cli.js"))) {
  run(npm, ["run", "build"]);
}
run(npm, ["run", "build", "--silent"]);
// The demo translates its pages: V8's translation flags, as the server's translate lane has them.
const { TRANSLATION_NODE_FLAGS } = await import(
  pathToFileURL(path.join(root, "dist", "modules", "translation", "translation-heap.js")).href
);
run(process.execPath, [...TRANSLATION_NODE_FLAGS, path.join(root, "dist", "cli.js"), "demo"]);
const server = spawn(
  process.execPath,
  [path.join(root, "dist", "cli.js"), "serve", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
