/**
 * A redirect target as a header may carry it: every character outside
 * printable ASCII (a slug's Arabic or accented letters, a space) percent-encoded
 * as UTF-8, and what is already encoded left alone. Node refuses any other
 * character in a header, which turned such redirects into 500s.
 */
export function toHeaderSafeLocation(location: string): string {
  return location.replace(/[^\x21-\x7e]/gu, (char) =>
    [...Buffer.from(char, "utf8")]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
      .join(""),
  );
}
