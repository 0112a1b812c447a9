/** Turns a title or tag name into a URL slug: lowercase ASCII letters, digits and hyphens. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, "-")
    .replace(/^-+|(?<!-)-+$/g, "")
    .slice(0, maxLength)
    .replace(/(?<!-)-+$/g, "");
  return slug;
}

/** Whether a string is a well-formed slug (what URLs and the database accept). */
export function isSlug(value: string): boolean {
  return (
    /^[\p{Letter}\p{Number}]+(?:-[\p{Letter}\p{Number}]+)*$/u.test(value) && value.length <= 120
  );
}
