import { describe, expect, it } from "vitest";
import { CsvSyntaxError, neutraliseFormula, parseCsv } from "./parse-csv.js";

describe("parseCsv", () => {
  it("reads quoted cells with commas, quotes and line breaks, and numbers rows by their first line", () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,');
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 6, cells: ["last", ""] },
    ]);
  });

  it("refuses an unclosed quote, a NUL byte and an oversized cell with the line", () => {
    expect(() => parseCsv('a\n"open,b')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open,b')).toThrow(/line 2/);
    expect(() => parseCsv("a\0b")).toThrow(/NUL/);
    expect(() => parseCsv(`${"x".repeat(20)}`, { maxCellLength: 10 })).toThrow(/longer/);
  });

  it("neutralises spreadsheet formulas", () => {
    expect(neutraliseFormula("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseFormula("Paris")).toBe("Paris");
  });
});
