import type { ItemDraftInput } from "./content.schema.js";

let sequence = 0;

/** A valid news draft with unique slug; tests override what they care about. */
export function makeDraft(overrides: Partial<ItemDraftInput> = {}): ItemDraftInput {
  sequence += 1;
  return {
    type: "news",
    slug: `item-${sequence}`,
    sourceLanguage: "en",
    title: `Item ${sequence}`,
    summary: "A short summary.",
    body: "Cities work together.\n\n## Next steps\n\nMore to come.",
    ...overrides,
  };
}

/** Bytes of a small real JPEG (sharp draws it), for tests that store images. */
export async function makeJpeg(width = 1200, height = 675): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  return sharp({ create: { width, height, channels: 3, background: { r: 11, g: 79, b: 108 } } })
    .jpeg()
    .toBuffer();
}

/** Bytes of a minimal well-formed PDF. */
export function makePdf(text = "Hello"): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
