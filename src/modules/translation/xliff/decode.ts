import { ValidationError } from "../../../platform/errors.js";
import { decodeXml } from "../../../platform/xml/decode.js";

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
 * Decodes the bytes of an XML file to text with the platform's one XML decoder
 * (platform/xml/decode.ts: byte order mark, UTF-16 by its bytes, the declared
 * encoding, windows-1252 mapped by hand); a refusal becomes the `encoding` rule.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  try {
    return decodeXml(bytes).text;
  } catch (error) {
    if (error instanceof ValidationError) throw new XliffError("encoding", error.message);
    throw error;
  }
}
