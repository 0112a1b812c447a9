import { describe, expect, it } from "vitest";
import { CsvSyntaxError, neutraliseFormula, parseCsv } from "./parse-csv.js";

describe("parseCsv", () => {
  it("reads quoted cells with commas, quotes and line breaks, and numbers rows by their first line", () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,');
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"], isCut: false },
      { line: 2, cells: ["x, y", 'say "hi"'], isCut: false },
      { line: 3, cells: ["two\nlines", "z"], isCut: false },
      { line: 6, cells: ["last", ""], isCut: false },
    ]);
  });

  it("refuses an unclosed quote, a NUL byte and an oversized cell with the line", () => {
    expect(() => parseCsv('a\n"open,b')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open,b')).toThrow(/line 2/);
    expect(() => parseCsv("a\0b")).toThrow(/NUL/);
    expect(() => parseCsv(`${"x".repeat(20)}`, { maxCellLength: 10 })).toThrow(/longer/);
  });

  it("reports instead of refusing when asked: long cells cut and flagged, NUL kept, an unclosed quote ends the file", () => {
    const text = `a,b\n${"x".repeat(20)},"${"y".repeat(5)}"\nnul\0here,c\n"open,\nrest`;
    expect(parseCsv(text, { maxCellLength: 10, problems: "report" })).toEqual([
      { line: 1, cells: ["a", "b"], isCut: false },
      { line: 2, cells: ["x".repeat(10), "y".repeat(5)], isCut: true },
      { line: 3, cells: ["nul\0here", "c"], isCut: false },
      { line: 4, cells: ["open,\nrest"], isCut: false },
    ]);
    expect(() => parseCsv(text, { maxCellLength: 10 })).toThrow(/line 2: a cell is longer/);
  });

  it("neutralises spreadsheet formulas", () => {
    expect(neutraliseFormula("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseFormula("Paris")).toBe("Paris");
  });
});
