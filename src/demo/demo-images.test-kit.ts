import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type PreparedMedia, prepareImage } from "../modules/content/media.service.js";
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
 * is kept under its spec (onceForTheRun). Drawing is deterministic
 * (demo-images.test.ts draws one twice and compares). Within a worker, each
 * image is read once.
 */
export function drawDemoImageOncePerRun(spec: DemoImageSpec): Promise<Buffer> {
  const name = `${spec.key}-${createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 16)}`;
  let bytes = inThisWorker.get(name);
  if (!bytes) {
    bytes = onceForTheRun(path.join(demoImagesDir(), `${name}.jpg`), readIfDrawn, async (file) => {
      fs.writeFileSync(file, await drawDemoImage(spec));
    });
    inThisWorker.set(name, bytes);
    // A failed drawing is not kept: the next caller tries again.
    bytes.catch(() => inThisWorker.delete(name));
  }
  return bytes;
}

const inThisWorker = new Map<string, Promise<Buffer>>();

/**
 * What `read` finds at `target` (a file or a folder), made once per test run:
 * the caller that takes the target's lock makes it with `make` at a path of
 * its own and renames it into place, so that no worker reads half of it; the
 * others wait for it (or make it too, after a minute).
 */
async function onceForTheRun<T>(
  target: string,
  read: (at: string) => T | undefined,
  make: (partial: string) => Promise<void>,
): Promise<T> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const ready = read(target);
  if (ready !== undefined) return ready;
  try {
    fs.mkdirSync(`${target}.lock`);
  } catch {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const waited = read(target);
      if (waited !== undefined) return waited;
    }
  }
  const partial = `${target}.${process.pid}.partial`;
  await make(partial);
  try {
    fs.renameSync(partial, target);
  } catch (error) {
    // The worker holding the lock finished while this one made its own: the same result.
    if (read(target) === undefined) throw error;
    fs.rmSync(partial, { recursive: true, force: true });
  }
  const made = read(target);
  if (made === undefined) throw new Error(`${target} was not made`);
  return made;
}

function readIfDrawn(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return undefined;
  }
}

/**
 * `prepareImage` for the tests' demo loads: each image's variants are encoded
 * once per test run (sharp with mozjpeg: ~6 core-s for the demo's images, and
 * the browser tests' template and the demo loader's test on each database
 * each encoded them all), then copied into each media directory. The files
 * are named by their content, so the copies are the files encoding writes,
 * and the same description (sizes, variants) is returned.
 */
export async function prepareImageOncePerRun(input: {
  bytes: Uint8Array;
  originalName: string;
  mediaDir: string;
}): Promise<PreparedMedia> {
  const key = createHash("sha256").update(input.bytes).digest("hex").slice(0, 16);
  const encoded = path.join(demoImagesDir(), `variants-${key}`);
  const prepared = await onceForTheRun(encoded, readIfPrepared, async (partial) => {
    const made = await prepareImage({ ...input, mediaDir: partial });
    fs.writeFileSync(path.join(partial, PREPARED), JSON.stringify(made));
  });
  fs.mkdirSync(input.mediaDir, { recursive: true });
  for (const { fileName } of JSON.parse(String(prepared.variants)) as { fileName: string }[])
    fs.copyFileSync(path.join(encoded, fileName), path.join(input.mediaDir, fileName));
  return { ...prepared, originalName: input.originalName.slice(0, 255) };
}

/** Where a folder of encoded variants keeps the description `prepareImage` returned. */
const PREPARED = "prepared.json";

function readIfPrepared(folder: string): PreparedMedia | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(folder, PREPARED), "utf8")) as PreparedMedia;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return undefined;
  }
}
