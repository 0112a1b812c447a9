/** A parsed CSV record with the line it starts on (1-based) and whether a cell was cut for length. */
export interface CsvRecord {
  line: number;
  cells: string[];
  isTooLong: boolean;
}

/**
 * Reads RFC 4180 CSV: commas, double quotes ("" inside quotes), CRLF or LF, a
 * leading byte-order mark ignored, blank lines skipped. A cell longer than
 * `maxCell` is cut and its record flagged, so one huge row cannot exhaust
 * memory or hide the rows after it. An unclosed quote ends the file.
 */
export function* readCsv(text: string, options: { maxCell?: number } = {}): Generator<CsvRecord> {
  const maxCell = options.maxCell ?? 20_000;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    let isTooLong = false;
    let cell = "";
    let quoted = false;
    let atCellStart = true;
    for (; i < text.length; i++) {
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            i++;
          } else {
            quoted = false;
            continue;
          }
        } else if (ch === "\n") line++;
      } else if (ch === '"' && atCellStart) {
        quoted = true;
        atCellStart = false;
        continue;
      } else if (ch === ",") {
        cells.push(cell);
        cell = "";
        atCellStart = true;
        continue;
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && text[i + 1] === "\n") i++;
        i++;
        line++;
        break;
      }
      atCellStart = false;
      if (cell.length < maxCell) cell += ch;
      else isTooLong = true;
    }
    cells.push(cell);
    if (cells.length === 1 && cells[0] === "") continue;
    yield { line: start, cells, isTooLong };
  }
}
