import { describe, expect, it } from "vitest";
import { detectMediaKind, MEDIA_LIMITS, mediaFileNames, readUpload } from "./media.service.js";

async function* chunksOf(buffer: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += size) {
    yield buffer.subarray(offset, offset + size);
  }
}

const notTruncated = { truncated: () => false };

describe("reading an upload", () => {
  it("gives a PDF the document limit even when its signature arrives in tiny chunks", async () => {
    const pdf = Buffer.alloc(MEDIA_LIMITS.imageBytes + 1, 0x20);
    pdf.write("%PDF-1.7\n");
    const first = chunksOf(pdf.subarray(0, 8), 2);
    const rest = chunksOf(pdf.subarray(8), 1024 * 1024);
    async function* all() {
      yield* first;
      yield* rest;
    }
    const bytes = await readUpload(all(), notTruncated);
    expect(bytes.byteLength).toBe(pdf.length);
  });

  it("refuses anything else past the image limit, and a stream the parser truncated", async () => {
    const big = Buffer.alloc(MEDIA_LIMITS.imageBytes + 1, 0);
    await expect(readUpload(chunksOf(big, 1024 * 1024), notTruncated)).rejects.toMatchObject({
      code: "file_too_large",
    });
    await expect(
      readUpload(chunksOf(Buffer.from("%PDF-"), 5), { truncated: () => true }),
    ).rejects.toMatchObject({ code: "file_too_large" });
  });

  it("decides the kind by bytes only", () => {
    expect(detectMediaKind(Buffer.from("%PDF-1.4\n%%EOF\n"))).toBe("document");
    expect(
      detectMediaKind(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")),
    ).toBeUndefined();
    expect(detectMediaKind(Buffer.from("<?php echo 1; ?>"))).toBeUndefined();
  });

  it("never names a file outside the media directory", () => {
    const variants = JSON.stringify([
      { fileName: "../../etc/passwd" },
      { fileName: "img-a-480.webp" },
    ]);
    expect(mediaFileNames({ kind: "image", storageKey: "img-a", variants })).toEqual([
      "img-a-480.webp",
    ]);
    expect(mediaFileNames({ kind: "document", storageKey: "../x.pdf", variants: "[]" })).toEqual(
      [],
    );
  });
});
