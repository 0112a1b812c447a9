import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/** Renders a page component tree to a complete HTML document. */
export function renderDocument(tree: VNode): string {
  return `<!doctype html>${renderToString(tree)}`;
}

/** Serialises JSON-LD so it is safe inside a script element (no "</script>" or HTML comment can close it). */
export function toJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
