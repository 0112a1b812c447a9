import fs from "node:fs";
import { ValidationError } from "../errors.js";

/** Writes beside the target and renames, so a failed export never leaves half a file. */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new ValidationError(`Cannot write ${file}: ${(error as Error).message}`);
  }
}
