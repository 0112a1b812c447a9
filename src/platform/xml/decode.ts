import { ValidationError } from "../errors.js";

/** An XML file's bytes read as text, with the encoding they were read in. */
export interface DecodedXml {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "utf-16le", "windows-1252"…). */
  encoding: string;
}

/**
 * Turns an XML file's bytes into text the way XML 1.0 appendix F says:
 * a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, `<` in
 * UTF-16 decides; otherwise the declaration's `encoding` (any label
 * TextDecoder knows, e.g. ISO-8859-1, windows-1252), else UTF-8. Bytes that
 * are not valid in the chosen encoding are refused (ValidationError), never
 * replaced. The mark is not part of the text. Windows-1252 (and ISO-8859-1, its
 * WHATWG alias) is mapped here: Node 20's decoder reads it as Latin-1, so € „ … œ Ÿ
 * (0x80–0x9F) would come out as C1 controls. The one XML decoder of the code base:
 * TMX, TBX and XLIFF all read through it.
 */
export function decodeXml(bytes: Uint8Array): DecodedXml {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeWith("utf-8", bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  // No ASCII-compatible XML file starts with a NUL next to `<`: UTF-16 without a mark.
  if (b0 === 0x3c && b1 === 0x00) return decodeWith("utf-16le", bytes);
  if (b0 === 0x00 && b1 === 0x3c) return decodeWith("utf-16be", bytes);
  const declared = declaredEncoding(bytes);
  if (declared === undefined) return decodeWith("utf-8", bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new ValidationError(`The file declares an unknown encoding "${declared}"`);
  }
  // A UTF-16 declaration on bytes that read as ASCII has no mark to say which order: refuse.
  if (decoder.encoding.startsWith("utf-16")) {
    throw new ValidationError(`The file declares ${declared} but has no byte-order mark`);
  }
  return decodeWith(decoder.encoding, bytes);
}

/** The `encoding` of an XML declaration at the start of ASCII-compatible bytes, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  if (!head.startsWith("<?xml")) return undefined;
  const end = head.indexOf("?>");
  const declaration = end < 0 ? head : head.slice(0, end);
  return /\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(declaration)?.[1];
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedXml {
  if (encoding === "windows-1252") return { text: decodeWindows1252(bytes), encoding };
  try {
    return {
      text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding,
    };
  } catch {
    throw new ValidationError(`The file is not valid ${encoding.toUpperCase()} text`);
  }
}

// Windows-1252 0x80–0x9F (the WHATWG index); the five undefined bytes stay C1, as browsers do.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Every byte is a character in windows-1252, so this never refuses. */
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
