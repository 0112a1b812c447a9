import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import sharp, { type Sharp } from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_INPUT_PIXELS,
  UnsupportedImageError,
  VARIANT_WIDTHS,
  sniffImageType,
  writeImageVariants,
} from "./image-variants.js";

type Format = "jpeg" | "png" | "webp" | "avif";

/** A gradient rather than a flat fill, so encoders produce realistic, non-trivial files. */
function sample(width: number, height: number): Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#1d4e89"/><stop offset="1" stop-color="#f4a259"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#fff"/>
  </svg>`;
  return sharp(Buffer.from(svg));
}

async function encode(format: Format, width = 120, height = 80): Promise<Buffer> {
  return sample(width, height).toFormat(format).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny file whose header promises a gigantic image, as a decompression bomb would. */
function hugePngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(4096))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "civitas-variants-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("sniffImageType", () => {
  it.each<Format>(["jpeg", "png", "webp", "avif"])(
    "recognises %s from its bytes",
    async (format) => {
      expect(sniffImageType(await encode(format))).toBe(format);
    },
  );

  it.each([
    [
      "SVG",
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ],
    ["bare SVG", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'],
    ["HTML", "<!doctype html><html><body><img src=x onerror=alert(1)></body></html>"],
    ["PHP", "<?php system($_GET['cmd']); ?>"],
    ["empty", ""],
  ])("refuses %s", (_label, text) => {
    expect(sniffImageType(new TextEncoder().encode(text))).toBeUndefined();
  });

  it("refuses a truncated JPEG header", () => {
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8))).toBeUndefined();
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8, 0xff))).toBeUndefined();
  });

  it("refuses a PNG signature without its IHDR chunk", () => {
    expect(
      sniffImageType(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)),
    ).toBeUndefined();
  });

  it("refuses a RIFF container that is not WebP", () => {
    const wav = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WAVEfmt ")]);
    expect(sniffImageType(wav)).toBeUndefined();
  });

  it("refuses HEIC, which shares AVIF's container but not its codec", () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from("ftypheic"),
      Buffer.alloc(4),
      Buffer.from("mif1heic"),
    ]);
    expect(sniffImageType(heic)).toBeUndefined();
  });
});

describe("writeImageVariants", () => {
  it("writes a WebP and a JPEG per width, never wider than the original", async () => {
    const bytes = await encode("png", 1200, 800);
    const out = await writeImageVariants({ bytes, dir, baseName: "harbour" });

    expect(out).toMatchObject({ width: 1200, height: 800, format: "png" });
    expect(out.variants.map((v) => `${v.width}/${v.format}`)).toEqual([
      "480/webp",
      "480/jpeg",
      "960/webp",
      "960/jpeg",
    ]);
    for (const variant of out.variants) {
      expect(variant.width).toBeLessThanOrEqual(1200);
      expect(variant.height).toBe(Math.round((variant.width * 800) / 1200));
      const file = await readFile(path.join(dir, variant.fileName));
      expect(file.length).toBe(variant.bytes);
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe(variant.format);
      expect(meta.width).toBe(variant.width);
    }
    expect(out.variants.map((v) => v.fileName)).toContain("harbour-960.webp");
  });

  it("produces every configured width for a large original", async () => {
    const out = await writeImageVariants({
      bytes: await encode("jpeg", 2000, 1000),
      dir,
      baseName: "large",
    });
    expect([...new Set(out.variants.map((v) => v.width))]).toEqual([...VARIANT_WIDTHS]);
  });

  it("keeps a small image at its own width instead of upscaling it", async () => {
    const out = await writeImageVariants({
      bytes: await encode("webp", 300, 200),
      dir,
      baseName: "small",
    });
    expect(out.variants.map((v) => [v.width, v.height, v.format])).toEqual([
      [300, 200, "webp"],
      [300, 200, "jpeg"],
    ]);
  });

  it("accepts AVIF input", async () => {
    const out = await writeImageVariants({
      bytes: await encode("avif", 640, 480),
      dir,
      baseName: "avif",
    });
    expect(out.format).toBe("avif");
    expect(out.variants.map((v) => v.width)).toEqual([480, 480]);
  });

  it("strips EXIF, including GPS coordinates, from every variant", async () => {
    const bytes = await sample(800, 600)
      .jpeg()
      .withExif({
        IFD0: { Copyright: "Jane Doe", Model: "Phone 12" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "51/1 30/1 2600/100",
          GPSLongitudeRef: "W",
          GPSLongitude: "0/1 7/1 3900/100",
        },
      })
      .toBuffer();
    const source = await sharp(bytes).metadata();
    // Guard against a vacuous test: the GPS IFD pointer (tag 0x8825) really is in the input.
    expect(source.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const out = await writeImageVariants({ bytes, dir, baseName: "gps" });
    expect(out.variants.length).toBeGreaterThan(0);
    for (const variant of out.variants) {
      const file = await readFile(path.join(dir, variant.fileName));
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(file.includes(Buffer.from("Jane Doe"))).toBe(false);
    }
  });

  it("applies the EXIF orientation before measuring and resizing", async () => {
    // Stored landscape, but orientation 6 means a reader sees it as portrait.
    const bytes = await sample(600, 400).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const out = await writeImageVariants({ bytes, dir, baseName: "rotated" });
    expect([out.width, out.height]).toEqual([400, 600]);
    expect(out.variants.map((v) => [v.width, v.height])).toEqual([
      [400, 600],
      [400, 600],
    ]);
  });

  it("drops a PHP payload hidden in a JPEG comment segment", async () => {
    const jpeg = await encode("jpeg");
    const payload = Buffer.from("<?php system($_GET['c']); ?>");
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, payload.length + 2]), payload]);
    const polyglot = Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]);
    expect(sniffImageType(polyglot)).toBe("jpeg");

    const out = await writeImageVariants({ bytes: polyglot, dir, baseName: "polyglot" });
    for (const variant of out.variants) {
      const file = await readFile(path.join(dir, variant.fileName));
      expect(file.includes(Buffer.from("<?php"))).toBe(false);
    }
  });

  it.each([
    ["SVG", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'],
    ["HTML", "<html><body>hi</body></html>"],
    ["PHP", "<?php echo 1;"],
  ])("refuses %s without writing anything", async (_label, text) => {
    const target = path.join(dir, `refused-${_label}`);
    await expect(
      writeImageVariants({ bytes: new TextEncoder().encode(text), dir: target, baseName: "x" }),
    ).rejects.toBeInstanceOf(UnsupportedImageError);
    await expect(readdir(target)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses a JPEG cut off after its header", async () => {
    const jpeg = await encode("jpeg", 400, 300);
    const target = path.join(dir, "truncated");
    await expect(
      writeImageVariants({ bytes: jpeg.subarray(0, 200), dir: target, baseName: "cut" }),
    ).rejects.toBeInstanceOf(UnsupportedImageError);
    await expect(readdir(target)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses a decompression bomb by its header alone", async () => {
    const bomb = hugePngHeader(100_000, 100_000);
    expect(bomb.length).toBeLessThan(1024);
    expect(sniffImageType(bomb)).toBe("png");
    const error = await writeImageVariants({ bytes: bomb, dir, baseName: "bomb" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnsupportedImageError);
    expect(String(error)).toMatch(/pixel limit|too large/);
  });

  it("refuses an image just over the pixel limit", async () => {
    const side = Math.ceil(Math.sqrt(MAX_INPUT_PIXELS)) + 1;
    await expect(
      writeImageVariants({ bytes: hugePngHeader(side, side), dir, baseName: "edge" }),
    ).rejects.toBeInstanceOf(UnsupportedImageError);
  });

  it.each(["../escape", "a/b", "", ".hidden", "name with space"])(
    "rejects the unsafe base name %j",
    async (baseName) => {
      await expect(
        writeImageVariants({ bytes: await encode("png"), dir, baseName }),
      ).rejects.toBeInstanceOf(RangeError);
    },
  );
});
