import type { IntlMessageFormat } from "intl-messageformat";

/** One element of a parsed ICU message (intl-messageformat's AST). */
export type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];

const KINDS = [
  "literal",
  "argument",
  "number",
  "date",
  "time",
  "select",
  "plural",
  "pound",
  "tag",
] as const;

/** How a message uses an argument: as plain text, a number, a plural or select selector… */
export type ArgumentKind = Exclude<(typeof KINDS)[number], "literal" | "pound">;

/** A plural (or selectordinal) element and the selectors it offers (`one`, `=0`…). */
export interface PluralUse {
  name: string;
  selectors: string[];
}

/** Every argument of a parsed message, nested ones included, with the ways it is used. */
export function listArguments(ast: readonly MessageElement[]): Map<string, Set<ArgumentKind>> {
  const found = new Map<string, Set<ArgumentKind>>();
  walk(ast, (element) => {
    const kind = KINDS[element.type];
    if (kind === undefined || kind === "literal" || kind === "pound") return;
    const name = "value" in element && typeof element.value === "string" ? element.value : "";
    const kinds = found.get(name) ?? new Set<ArgumentKind>();
    kinds.add(kind);
    found.set(name, kinds);
  });
  return found;
}

/** Every plural element of a parsed message, nested ones included. */
export function listPlurals(ast: readonly MessageElement[]): PluralUse[] {
  const plurals: PluralUse[] = [];
  walk(ast, (element) => {
    if ("pluralType" in element) {
      plurals.push({ name: element.value, selectors: Object.keys(element.options) });
    }
  });
  return plurals;
}

function walk(ast: readonly MessageElement[], visit: (element: MessageElement) => void): void {
  for (const element of ast) {
    visit(element);
    if ("options" in element) {
      for (const option of Object.values(element.options)) walk(option.value, visit);
    }
    if ("children" in element) walk(element.children, visit);
  }
}
