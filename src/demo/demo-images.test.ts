import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  DEMO_IMAGE_SPECS,
  type DemoImageSpec,
  demoImageSvg,
  drawDemoImage,
} from "./demo-images.js";
import { prepareImage } from "../modules/content/media.service.js";
import { drawDemoImageOncePerRun, prepareImageOncePerRun } from "./demo-images.test-kit.js";

const spec = (key: string): DemoImageSpec => {
  const found = DEMO_IMAGE_SPECS.find((s) => s.key === key);
  if (!found) throw new Error(`missing spec ${key}`);
  return found;
};

describe("DEMO_IMAGE_SPECS", () => {
  it("has at least 14 uniquely keyed specs covering every motif and palette", () => {
    expect(DEMO_IMAGE_SPECS.length).toBeGreaterThanOrEqual(14);
    const keys = DEMO_IMAGE_SPECS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(DEMO_IMAGE_SPECS.map((s) => s.motif)).size).toBe(6);
    expect(new Set(DEMO_IMAGE_SPECS.map((s) => s.palette)).size).toBe(6);
  });

  it("includes the keys the demo content refers to", () => {
    for (const key of [
      "september-update",
      "steering-committee",
      "unga-side-event",
      "ten-actions",
      "fact-sheet",
      "mayors-summit",
      "youth-forum",
      "regional-hub-africa",
      "regional-hub-europe",
      "regional-hub-mena",
      "regional-hub-asia",
      "regional-hub-americas",
      "prevention-toolkit",
      "annual-report",
      "city-exchange",
      "webinar",
    ]) {
      expect(() => spec(key)).not.toThrow();
    }
  });
});

describe("demoImageSvg", () => {
  it.each(DEMO_IMAGE_SPECS.map((s) => [s.key, s] as const))(
    "%s has no text and no external references",
    (_key, s) => {
      const svg = demoImageSvg(s);
      expect(svg).not.toMatch(/<text|<tspan|<image|<foreignObject|href=|url\((?!#)/);
      expect(svg).not.toContain("NaN");
      expect(svg).not.toContain("undefined");
    },
  );

  it("varies with the key", () => {
    const a = spec("regional-hub-africa");
    expect(demoImageSvg(a)).not.toBe(demoImageSvg({ ...a, key: "regional-hub-elsewhere" }));
  });
});

describe("drawDemoImage", () => {
  it("is deterministic: the same spec always yields identical bytes", async () => {
    const s = spec("september-update");
    const [first, second] = await Promise.all([drawDemoImage(s), drawDemoImage({ ...s })]);
    expect(first.equals(second)).toBe(true);
  });

  // Each drawn once per test run (the demo loader's test and the browser tests' template load
  // the same images): the bytes drawDemoImage gave in this run, which the test above shows
  // are the same every time.
  it.each(DEMO_IMAGE_SPECS.map((s) => [s.key, s] as const))(
    "draws %s as a 1600x900 JPEG",
    async (_key, s) => {
      const jpeg = await drawDemoImageOncePerRun(s);
      const meta = await sharp(jpeg).metadata();
      expect(meta).toMatchObject({ format: "jpeg", width: 1600, height: 900 });
      // A blank or nearly flat frame would compress far below this.
      expect(jpeg.length).toBeGreaterThan(30_000);
      expect(jpeg.length).toBeLessThan(600_000);
    },
  );
});

describe("prepareImageOncePerRun", () => {
  it("gives the description and files prepareImage gives, encoding once", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-prepare-"));
    try {
      const bytes = await drawDemoImageOncePerRun(spec("webinar"));
      const input = (folder: string) => ({
        bytes,
        originalName: "webinar.jpg",
        mediaDir: path.join(dir, folder),
      });
      const direct = await prepareImage(input("direct"));
      const cached = await prepareImageOncePerRun(input("first"));
      const again = await prepareImageOncePerRun({ ...input("second"), originalName: "again.jpg" });
      expect(cached).toEqual(direct);
      expect(again).toEqual({ ...direct, originalName: "again.jpg" });
      const files = fs.readdirSync(path.join(dir, "direct")).sort();
      expect(files.length).toBeGreaterThan(1);
      for (const folder of ["first", "second"]) {
        expect(fs.readdirSync(path.join(dir, folder)).sort()).toEqual(files);
        for (const file of files)
          expect(fs.readFileSync(path.join(dir, folder, file))).toEqual(
            fs.readFileSync(path.join(dir, "direct", file)),
          );
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
