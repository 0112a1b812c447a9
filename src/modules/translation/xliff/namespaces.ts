/** XLIFF 2 core namespace (2.0 and 2.1 share it). */
export const XLF = "urn:oasis:names:tc:xliff:document:2.0";
/** XLIFF 2.2's core namespace; the reader treats it as XLF (the core constraints are the same). */
export const XLF22 = "urn:oasis:names:tc:xliff:document:2.2";
/** XLIFF 1.2 namespace. */
export const XLF12 = "urn:oasis:names:tc:xliff:document:1.2";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const MTC = "urn:oasis:names:tc:xliff:matches:2.0";
export const GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
export const FS = "urn:oasis:names:tc:xliff:fs:2.0";
export const MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
export const RES = "urn:oasis:names:tc:xliff:resourcedata:2.0";
export const CTR = "urn:oasis:names:tc:xliff:changetracking:2.0";
export const SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
export const VAL = "urn:oasis:names:tc:xliff:validation:2.0";
export const ITS = "http://www.w3.org/2005/11/its";
export const ITSM = "urn:oasis:names:tc:xliff:itsm:2.1";

/** Whether a namespace belongs to XLIFF itself (core or a module), not to an extension. */
export function isXliffNamespace(uri: string): boolean {
  return uri.startsWith("urn:oasis:names:tc:xliff:") || uri === ITS;
}
