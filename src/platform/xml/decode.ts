import { ValidationError } from "../errors.js";

/** An XML file's bytes read as text, with the encoding they were read in. */
export interface DecodedXml {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "utf-16le", "windows-1252"…). */
  encoding: string;
}

/**
 * Turns an XML file's bytes into text the way XML 1.0 appendix F says:
 * a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, `<?` in
 * UTF-16 decides; otherwise the declaration's `encoding` (any label
 * TextDecoder knows, e.g. ISO-8859-1, windows-1252), else UTF-8. Bytes that
 * are not valid in the chosen encoding are refused (ValidationError), never
 * replaced. The mark is not part of the text.
 */
export function decodeXml(bytes: Uint8Array): DecodedXml {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeWith("utf-8", bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f) return decodeWith("utf-16le", bytes);
  if (b0 === 0x00 && b1 === 0x3c && bytes[3] === 0x3f) return decodeWith("utf-16be", bytes);
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
  try {
    return {
      text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding,
    };
  } catch {
    throw new ValidationError(`The file is not valid ${encoding.toUpperCase()} text`);
  }
}
