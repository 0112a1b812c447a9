import type { XmlElement } from "./xml-tree.js";
import type { Report } from "./violations.js";

/** One selector of an XLIFF fragment identifier (`f=f1`, `u=1`, or a bare id). */
export interface Selector {
  prefix: string | undefined;
  id: string;
}

const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\u00B7-]+$/u;
/** Prefixes XLIFF 2 defines (core and modules) and the extensions registered here (TBX). */
const CONTAINERS: Record<string, number> = { f: 0, g: 1, u: 2 };
const LEAVES = new Set(["n", "d", "t", "mtc", "gls", "res", "ctr", "mda", "slr", "val", "tbx"]);

/** Parses `#/f=f1/u=1/n=n1` into selectors; undefined when it is not one. */
export function parseFragment(ref: string): Selector[] | undefined {
  if (!ref.startsWith("#")) return undefined;
  const body = ref.slice(1).replace(/^\//u, "");
  if (body === "") return undefined;
  return body.split("/").map((part) => {
    const equals = part.indexOf("=");
    return equals < 0
      ? { prefix: undefined, id: part }
      : { prefix: part.slice(0, equals), id: part.slice(equals + 1) };
  });
}

/** Checks the syntax of a fragment identifier (XLIFF 2.1 §5.3): order, prefixes, one leaf. */
export function checkFragment(ref: string, element: XmlElement, report: Report): void {
  const selectors = parseFragment(ref);
  const problem = selectors ? fragmentProblem(selectors) : "empty";
  if (problem) report.add("fragment", element, `ref "${ref}": ${problem}`);
}

function fragmentProblem(selectors: Selector[]): string | undefined {
  let rank = -1;
  const seen = new Set<string>();
  for (const [i, selector] of selectors.entries()) {
    const isLast = i === selectors.length - 1;
    if (selector.id === "" || !NMTOKEN.test(selector.id)) return "an id is not an NMTOKEN";
    if (selector.prefix === undefined) {
      if (!isLast) return "only the last selector can be a bare id";
      continue;
    }
    if (!NMTOKEN.test(selector.prefix)) return "a prefix is not an NMTOKEN";
    const container = CONTAINERS[selector.prefix];
    if (container !== undefined) {
      if (container < rank || (container === rank && selector.prefix !== "g"))
        return "selectors out of order";
      rank = container;
    } else if (LEAVES.has(selector.prefix)) {
      if (!isLast) return `${selector.prefix}= must be the last selector`;
    } else return `unknown prefix "${selector.prefix}"`;
    if (seen.has(selector.prefix) && selector.prefix !== "g")
      return `prefix ${selector.prefix} twice`;
    seen.add(selector.prefix);
  }
  return undefined;
}
