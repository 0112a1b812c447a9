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

/**
 * `prepareImage` for the tests' demo loads: each image's variants are encoded
 * once per test run (sharp with mozjpeg: ~6 core-s for the demo's images, and
 * the browser tests' template and the demo loader's test on each database
 * each encoded them all), then copied into each media directory. The files
 * are named by their content, so the copies are the files encoding writes,
 * and the same description (sizes, variants) is returned. The first caller
 * encodes into a folder of its own and renames it into place; another worker
 * asking at the same time waits for it (or encodes too, after a minute).
 */
export async function prepareImageOncePerRun(input: {
  bytes: Uint8Array;
  originalName: string;
  mediaDir: string;
}): Promise<PreparedMedia> {
  const key = createHash("sha256").update(input.bytes).digest("hex").slice(0, 16);
  const encoded = path.join(demoImagesDir(), `variants-${key}`);
  let prepared = readIfPrepared(encoded);
  if (!prepared) {
    fs.mkdirSync(demoImagesDir(), { recursive: true });
    let isMine = true;
    try {
      fs.mkdirSync(`${encoded}.lock`);
    } catch {
      isMine = false;
      for (const deadline = Date.now() + 60_000; !prepared && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        prepared = readIfPrepared(encoded);
      }
    }
    if (!prepared) {
      const partial = `${encoded}.${process.pid}.partial`;
      prepared = await prepareImage({ ...input, mediaDir: partial });
      fs.writeFileSync(path.join(partial, PREPARED), JSON.stringify(prepared));
      if (isMine) fs.renameSync(partial, encoded);
    }
  }
  const from = fs.existsSync(encoded) ? encoded : `${encoded}.${process.pid}.partial`;
  fs.mkdirSync(input.mediaDir, { recursive: true });
  for (const { fileName } of JSON.parse(String(prepared.variants)) as { fileName: string }[])
    fs.copyFileSync(path.join(from, fileName), path.join(input.mediaDir, fileName));
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
