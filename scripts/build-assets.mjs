// Bundles the browser islands and the stylesheet into dist/public with
// content-hashed names, and writes manifest.json mapping logical names to them.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "public");
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const entries = [
  { name: "site.js", entry: "src/shared/site.ts" },
  { name: "admin.js", entry: "src/shared/admin.ts" },
  { name: "site.css", entry: "src/platform/ui/assets/site.css" },
];
const manifest = {};
for (const { name, entry } of entries) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: name.endsWith(".js") ? "iife" : undefined,
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    logLevel: "warning",
  });
  const contents = result.outputFiles[0].contents;
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  const [base, ext] = name.split(".");
  const hashed = `${base}.${hash}.${ext}`;
  fs.writeFileSync(path.join(out, hashed), contents);
  manifest[name] = hashed;
}
for (const file of fs.readdirSync(path.join(root, "src/platform/ui/assets"))) {
  if (file.endsWith(".css")) continue;
  const contents = fs.readFileSync(path.join(root, "src/platform/ui/assets", file));
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  const dot = file.lastIndexOf(".");
  const hashed = `${file.slice(0, dot)}.${hash}${file.slice(dot)}`;
  fs.writeFileSync(path.join(out, hashed), contents);
  manifest[file] = hashed;
}
fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
console.log(`assets: ${Object.values(manifest).join(", ")}`);
