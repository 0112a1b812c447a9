import type { z } from "zod";
import { ValidationError } from "../errors.js";

/** Parses untrusted input with a zod schema, or throws a 400 listing what is wrong. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ValidationError(
      "The request is not valid",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  return parsed.data;
}
