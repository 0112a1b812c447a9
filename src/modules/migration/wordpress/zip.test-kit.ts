import yazl from "yazl";

/**
 * A ZIP of named files, written by yazl. yazl refuses hostile names, so a hostile
 * archive is a good one renamed in place: `rename` swaps a name for another of the
 * same length in the bytes (the local header and the central directory both carry it).
 */
export async function zipOf(
  entries: Record<string, Buffer>,
  rename?: { from: string; to: string },
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return rename
    ? Buffer.from(bytes.toString("latin1").replaceAll(rename.from, rename.to), "latin1")
    : bytes;
}
