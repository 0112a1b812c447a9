import { h, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { CurrentPath } from "./current-path.js";

/**
 * Renders a page component tree to a complete HTML document; `path` (the
 * request's, without its query) tells the components where the page is.
 */
export function renderDocument(tree: VNode, path?: string): string {
  const html =
    path === undefined
      ? renderToString(tree)
      : renderToString(h(CurrentPath.Provider, { value: path }, tree));
  return `<!doctype html>${html}`;
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
