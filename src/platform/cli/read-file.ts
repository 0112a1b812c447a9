import fs from "node:fs";
import { ValidationError } from "../errors.js";

/** A file named on the command line, refused with a ValidationError when it cannot be read or is larger than `maxBytes`. */
export function readBoundedFile(file: string, maxBytes: number): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new ValidationError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (size > maxBytes) {
    throw new ValidationError(`${file} is larger than ${maxBytes / 1024 / 1024} MB`);
  }
  return fs.readFileSync(file);
}
