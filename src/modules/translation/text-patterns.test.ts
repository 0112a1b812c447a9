import fs from "node:fs";
import path from "node:path";
import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every regular expression written in the text path (the checks, the
 * segmenter, the glossary, the Markdown path, slugs and text utilities) is
 * read from the sources and analysed statically (scslre): none may take
 * super-linear time on a hostile string (a long run of one character). One
 * such pattern in the entity check once froze a server for 12 minutes on a
 * 100,000-character word. The fuzz tests beside (text-path.fuzz.test.ts) drive
 * the functions themselves, the dynamic patterns (glossary terms) included.
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const DIRECTORIES = [
  "src/modules/translation/qa",
  "src/modules/translation/segments",
  "src/modules/content/markdown",
  "src/platform/text",
];
const FILES = ["src/modules/content/slug.ts"];

function sourceFiles(): string[] {
  const listed = DIRECTORIES.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))
      .map((name) => path.join(dir, name)),
  );
  return [...listed, ...FILES];
}

interface Literal {
  where: string;
  text: string;
}

function regexLiterals(file: string): Literal[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${file}:${line}`, text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What scslre finds super-linear in a pattern, as short descriptions (none is safe). */
export function superLinearParts(pattern: string, flags: string): string[] {
  const literal = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${pattern}/${flags}`);
  return analyse(literal).reports.map(
    (report) => `${report.type}${report.exponential ? " (exponential)" : ""}`,
  );
}

describe("the regular expressions of the text path", () => {
  it("are all found (the scan reads the sources it should)", () => {
    const literals = sourceFiles().flatMap(regexLiterals);
    expect(literals.length).toBeGreaterThan(200);
  });

  it("none backtracks super-linearly on a hostile string", () => {
    const unsafe = sourceFiles()
      .flatMap(regexLiterals)
      .flatMap(({ where, text }) => {
        const end = text.lastIndexOf("/");
        const reports = superLinearParts(text.slice(1, end), text.slice(end + 1));
        return reports.length === 0 ? [] : [`${where} ${text} → ${reports.join(", ")}`];
      });
    expect(unsafe).toEqual([]);
  });

  it("the analysis does catch what it must (the patterns this suite once found)", () => {
    expect(superLinearParts(String.raw`-+$`, "g")).not.toEqual([]);
    expect(superLinearParts(String.raw`(?:[^\n]*\S[^\n]*(?:\n|$))+`, "g")).not.toEqual([]);
    expect(
      superLinearParts(String.raw`^(?:\p{Lu}{2,}[\p{Lu}\p{N}]*|\p{Lu}\p{N}+)$`, "u"),
    ).not.toEqual([]);
    expect(superLinearParts(String.raw`(?<!-)-+$`, "g")).toEqual([]);
  });
});
