/** A row of a CSV file with the line it starts on (1-based), for error reports. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** Whether a cell was cut at the longest length (only when `problems` is "report"). */
  isCut: boolean;
}

/** Thrown for a file that is not CSV at all (an unclosed quote, a NUL byte). */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

/** How `parseCsv` reads a file. */
export interface CsvOptions {
  /** Longest cell, in UTF-16 code units (10,000 unless told). */
  maxCellLength?: number;
  /**
   * "refuse" (the default): a longer cell, a NUL byte or an unclosed quote
   * fails the whole file (`CsvSyntaxError`). "report", for callers that judge
   * row by row: a longer cell is cut there and its row flagged `isCut` (one
   * huge cell neither exhausts memory nor hides the rows after it), NUL bytes
   * stay in the cells, and an unclosed quote ends the file in that row.
   */
  problems?: "refuse" | "report";
}

/**
 * Parses RFC 4180 CSV (comma-separated, double quotes, CRLF or LF line ends, a
 * leading UTF-8 byte-order mark ignored). Blank lines are skipped. Cells are
 * returned as written: callers validate and neutralise them.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRow[] {
  const maxCell = options.maxCellLength ?? 10_000;
  const isStrict = (options.problems ?? "refuse") === "refuse";
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let isCut = false;
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const add = (ch: string) => {
    if (cell.length < maxCell) cell += ch;
    else if (isStrict)
      throw new CsvSyntaxError(`a cell is longer than ${maxCell} characters`, rowLine);
    else isCut = true;
  };
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: rowLine, cells, isCut });
    cells = [];
    isCut = false;
  };
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === "\0" && isStrict) throw new CsvSyntaxError("the file contains a NUL byte", line);
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          add('"');
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === "\n") line += 1;
      add(ch);
      i += 1;
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      i += 1;
      continue;
    }
    if (ch === ",") {
      endCell();
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line += 1;
      rowLine = line;
      continue;
    }
    add(ch);
    i += 1;
  }
  if (quoted && isStrict) throw new CsvSyntaxError("a quoted cell is never closed", rowLine);
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with = + - @ or
 * a tab/CR is prefixed with an apostrophe (CSV formula injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
