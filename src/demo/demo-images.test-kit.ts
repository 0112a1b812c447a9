import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type DemoImageSpec, drawDemoImage } from "./demo-images.js";

/** The directory where this test run keeps the demo images it drew (global-setup.ts removes it). */
export function demoImagesDir(run = process.env.CIVITAS_TEST_RUN ?? String(process.pid)): string {
  return path.join(os.tmpdir(), `civitas-demo-images-${run}`);
}

/**
 * `drawDemoImage` for the tests: each image is drawn once per test run, not
 * once per test file and worker (19 drawings cost ~12 core-s, and the demo
 * loader's test, the demo-image test and the browser tests' template each
 * drew them all). The run's code does not change while it runs, so a drawing
 * is kept under its spec; the file is written whole and then renamed, so a
 * worker never reads another's half-written image. Drawing is deterministic
 * (demo-images.test.ts draws one twice and compares). Two workers asking for
 * the same image at once: the one that takes its lock draws, the other waits
 * for the file (or draws too, after a minute). Within a worker, each image is
 * read once.
 */
export function drawDemoImageOncePerRun(spec: DemoImageSpec): Promise<Buffer> {
  const name = `${spec.key}-${createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 16)}`;
  let bytes = inThisWorker.get(name);
  if (!bytes) {
    bytes = drawOrWait(spec, path.join(demoImagesDir(), `${name}.jpg`));
    inThisWorker.set(name, bytes);
    // A failed drawing is not kept: the next caller tries again.
    bytes.catch(() => inThisWorker.delete(name));
  }
  return bytes;
}

const inThisWorker = new Map<string, Promise<Buffer>>();

async function drawOrWait(spec: DemoImageSpec, file: string): Promise<Buffer> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const drawn = readIfDrawn(file);
  if (drawn) return drawn;
  try {
    fs.mkdirSync(`${file}.lock`);
  } catch {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const waited = readIfDrawn(file);
      if (waited) return waited;
    }
  }
  const bytes = await drawDemoImage(spec);
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
  return bytes;
}

function readIfDrawn(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return undefined;
  }
}
