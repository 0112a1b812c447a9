import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  folderUploads,
  openUploadsZip,
  UploadsArchiveError,
  type ArchiveLimits,
} from "./uploads-source.js";
import { zipOf } from "./zip.test-kit.js";

const SMALL: ArchiveLimits = { entries: 10, entryBytes: 1000, totalBytes: 9000 };

describe("the uploads of a WordPress import", () => {
  let dir: string;
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-uploads-zip-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads a ZIP of wp-content/uploads by the path under uploads, whatever folder it was zipped from", async () => {
    const file = write(
      "site.zip",
      await zipOf({
        "wp-content/uploads/2026/05/plaza.jpg": Buffer.from("JPEG bytes"),
        "uploads/2026/06/report.pdf": Buffer.from("PDF bytes"),
        "2026/07/direct.png": Buffer.from("PNG bytes"),
      }),
    );
    const source = await openUploadsZip(file);
    expect((await source.read("2026/05/plaza.jpg"))?.toString()).toBe("JPEG bytes");
    expect((await source.read("2026/06/report.pdf"))?.toString()).toBe("PDF bytes");
    expect((await source.read("2026/07/direct.png"))?.toString()).toBe("PNG bytes");
    expect(await source.read("2026/05/missing.jpg")).toBeUndefined();
    await source.close();
  });

  it("refuses an archive whose names climb out of the folder or are absolute (zip slip)", async () => {
    for (const to of ["../../evil.jpg", "/etc/evil.jpg", "a\\..\\evil.jpg"]) {
      const from = "x".repeat(to.length - 4) + ".jpg";
      const file = write("slip.zip", await zipOf({ [from]: Buffer.from("x") }, { from, to }));
      await expect(openUploadsZip(file)).rejects.toThrow(UploadsArchiveError);
    }
  });

  it("stops a ZIP bomb: a file is cut at its limit, all files together at the total", async () => {
    const zeros = Buffer.alloc(4000);
    const file = write(
      "bomb.zip",
      await zipOf({ "a.jpg": zeros, "b.jpg": zeros, "c.jpg": zeros, "d.jpg": zeros }),
    );
    expect(fs.statSync(file).size).toBeLessThan(1000);
    const source = await openUploadsZip(file, SMALL);
    // One byte over the limit: the import reports the file as too large.
    expect((await source.read("a.jpg"))?.length).toBe(SMALL.entryBytes + 1);
    await source.read("b.jpg");
    // 4,000 bytes each as they decompress: the third passes 9,000.
    await expect(source.read("c.jpg")).rejects.toThrow(/decompresses to more than 9000 bytes/);
    await source.close();
  });

  it("refuses too many entries and a file that is no ZIP", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`f${i}.jpg`, Buffer.from("x")]),
    );
    await expect(openUploadsZip(write("many.zip", await zipOf(many)), SMALL)).rejects.toThrow(
      /more than 10 files/,
    );
    await expect(
      openUploadsZip(write("text.zip", Buffer.from("not a zip at all"))),
    ).rejects.toThrow(/not a readable ZIP/);
  });

  it("reads a folder and nothing outside it", async () => {
    fs.mkdirSync(path.join(dir, "uploads/2026"), { recursive: true });
    fs.writeFileSync(path.join(dir, "uploads/2026/a.jpg"), "A");
    fs.writeFileSync(path.join(dir, "secret.txt"), "S");
    const source = folderUploads(path.join(dir, "uploads"));
    expect((await source.read("2026/a.jpg"))?.toString()).toBe("A");
    expect(await source.read("../secret.txt")).toBeUndefined();
  });
});
