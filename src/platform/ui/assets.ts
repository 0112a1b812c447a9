import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the built, content-hashed browser assets are and what they are called. */
export interface AssetManifest {
  dir: string;
  /** Public URL of a logical asset name ("site.js" → "/assets/site.3f2a1c.js"). */
  url(name: string): string;
}

/** Loads the manifest written by scripts/build-assets.mjs; fails clearly when the assets were not built. */
export function loadAssetManifest(): AssetManifest {
  const dir = path.join(findPackageRoot(), "dist", "public");
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) {
    throw new Error(`Browser assets are missing (${file}); run "npm run build" first.`);
  }
  const entries = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
  if (!entries || typeof entries !== "object") throw new Error(`Invalid asset manifest ${file}`);
  const names = new Map(
    Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return {
    dir,
    url(name) {
      const hashed = names.get(name);
      if (!hashed) throw new Error(`Unknown asset ${name}`);
      return `/assets/${hashed}`;
    },
  };
}

/** The folder holding package.json, found from this file whether it runs from src/ or dist/. */
export function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}
