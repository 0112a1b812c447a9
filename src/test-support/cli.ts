import { Readable } from "node:stream";
import { vi } from "vitest";
import { buildCli, runCli } from "../cli.js";

/** What a command printed and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `civitas <args>` in this process (no tsx started): standard input from a string,
 * the environment given (configuration reads nothing else), stdout and stderr collected —
 * including what the modules' commands print with console.log and progress bars on stderr.
 */
export async function runCivitas(
  args: readonly string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(" ")}\n`;
  });
  const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => {
    stderr += `${parts.join(" ")}\n`;
  });
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await runCli(args, {
      env: options.env ?? {},
      stdin: Readable.from([Buffer.from(options.stdin ?? "")]),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { code, stdout, stderr };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

/**
 * Runs `civitas --data DIR <args>` through the command tree itself (buildCli), in
 * this process: a command's error is thrown to the test (not turned into an exit
 * code), what it printed is collected, and the exit code it set is returned.
 */
export async function captureCivitas(dataDir: string, args: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(" ")}\n`;
  });
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    await buildCli().parseAsync(["node", "civitas", "--data", dataDir, ...args]);
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout, stderr };
}
