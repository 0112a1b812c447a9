/** A file the XLIFF reader refuses; `rule` names the constraint it breaks (stable, for tests and reports). */
export class XliffError extends Error {
  override readonly name = "XliffError";
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Decodes the bytes of an XML file to text: a UTF-8 or UTF-16 (LE/BE) byte order mark
 * wins; otherwise the XML declaration's `encoding` (any label Node's TextDecoder knows:
 * windows-1252, ISO-8859-1, Shift_JIS…), else UTF-8. Invalid bytes are refused, never
 * replaced, and so is UTF-16 without a byte order mark or a declaration.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeStrict("utf-8", bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict("utf-16be", bytes.subarray(2));
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return decodeStrict("utf-16le", bytes);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return decodeStrict("utf-16be", bytes);
  // The declaration is ASCII in every ASCII-compatible encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/u.exec(head)?.[1];
  const label = declared ?? "utf-8";
  if (/^utf-?16/iu.test(label)) {
    throw new XliffError("encoding", "UTF-16 declared but the file has no byte order mark");
  }
  return decodeStrict(label, bytes);
}

function decodeStrict(label: string, bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new XliffError("encoding", `unknown encoding "${label}"`);
  }
  try {
    // Node 20 decodes windows-1252 (and iso-8859-1, its WHATWG alias) as Latin-1, so
    // 0x80–0x9F (€, „, …, œ, Ÿ) would come out as C1 controls: mapped here.
    if (decoder.encoding === "windows-1252") return decodeWindows1252(bytes);
    return decoder.decode(bytes);
  } catch {
    throw new XliffError("encoding", `the bytes are not valid ${decoder.encoding}`);
  }
}

// Windows-1252 0x80–0x9F (WHATWG index); 0 for the five undefined bytes, kept as C1 as browsers do.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b)),
    );
  }
  return out;
}
