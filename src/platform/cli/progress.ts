/** A progress report for long commands: a redrawn bar on a terminal, a line every few seconds otherwise. */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(message?: string): void;
}

/**
 * Writes progress to a stream (stderr by default, so stdout stays for
 * results): on a terminal one line redrawn at most 10 times a second, in logs
 * and CI a plain line at most every 2 seconds and at the end.
 */
export function createProgress(
  title: string,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): Progress {
  const isTty = stream.isTTY === true;
  const interval = isTty ? 100 : 2000;
  let last = 0;
  let lastLine = "";
  const line = (done: number, total: number, label?: string) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(ratio * 100)
      .toString()
      .padStart(3);
    const width = 24;
    const filled = Math.round(ratio * width);
    const bar = isTty ? ` [${"#".repeat(filled)}${"-".repeat(width - filled)}]` : "";
    return `${title}${bar} ${percent}% ${done}/${total}${label ? ` ${label}` : ""}`;
  };
  return {
    update(done, total, label) {
      const t = now();
      if (t - last < interval && done < total) return;
      last = t;
      lastLine = line(done, total, label);
      stream.write(isTty ? `\r\x1b[2K${lastLine}` : `${lastLine}\n`);
    },
    done(message) {
      if (isTty && lastLine) stream.write("\r\x1b[2K");
      if (message) stream.write(`${message}\n`);
    },
  };
}
