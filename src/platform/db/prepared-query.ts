import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from "kysely";

/** A value a prepared query takes: a scalar, or a list (its length is part of the query's shape). */
export type PreparedParam = string | number | null | readonly (string | number)[];

/**
 * A query built with Kysely's builder once per database handle and shape, then
 * run with each call's values. Building and compiling a query cost more than
 * SQLite running it on the public pages (a third of a fresh article render), and
 * the SQL of a read is the same for every value. `build` receives stand-ins for
 * the values and must give the same SQL whatever they are: no branch on a value
 * (what a branch reads goes in `shape`); a list's length is part of the shape.
 * A value that does not reach the compiled parameters (inlined, or unused) is an
 * error at the first call.
 */
export function preparedQuery<DB, P extends Record<string, PreparedParam>, R>(
  build: (db: Kysely<DB>, params: P) => Compilable<R>,
  options: { shape?: (params: P) => string } = {},
): (db: Kysely<DB>, params: P) => Promise<R[]> {
  const compiledByDb = new WeakMap<Kysely<DB>, Map<string, Prepared<R>>>();
  return async (db, params) => {
    const key = shapeOf(params) + (options.shape ? `|${options.shape(params)}` : "");
    let byShape = compiledByDb.get(db);
    if (!byShape) compiledByDb.set(db, (byShape = new Map()));
    let prepared = byShape.get(key);
    if (!prepared) {
      prepared = prepare(build(db, standIns(params)).compile(), params);
      byShape.set(key, prepared);
    }
    const parameters = prepared.slots.map((slot) =>
      typeof slot === "function" ? slot(params) : slot.value,
    );
    const result = await db.executeQuery<R>({
      ...prepared.compiled,
      parameters,
      queryId: createQueryId(),
    });
    return result.rows;
  };
}

interface Prepared<R> {
  compiled: CompiledQuery<R>;
  /** Each compiled parameter: read from the call's values, or a constant of the query. */
  slots: (((params: Record<string, PreparedParam>) => unknown) | { value: unknown })[];
}

const MARK = "\u0000civitas-param:";

function standIns<P extends Record<string, PreparedParam>>(params: P): P {
  const out: Record<string, PreparedParam> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = Array.isArray(value)
      ? value.map((_, i) => `${MARK}${name}:${i}`)
      : `${MARK}${name}`;
  return out as P;
}

function shapeOf(params: Record<string, PreparedParam>): string {
  let key = "";
  for (const [name, value] of Object.entries(params))
    if (Array.isArray(value)) key += `${name}:${value.length};`;
  return key;
}

function prepare<R>(
  compiled: CompiledQuery<R>,
  params: Record<string, PreparedParam>,
): Prepared<R> {
  if (compiled.sql.includes(MARK))
    throw new Error("A prepared query's value was written into its SQL.");
  const used = new Set<string>();
  const slots = compiled.parameters.map((value): Prepared<R>["slots"][number] => {
    if (typeof value !== "string" || !value.startsWith(MARK)) return { value };
    const [name = "", index] = value.slice(MARK.length).split(":");
    used.add(name);
    return index === undefined
      ? (p) => p[name]
      : (p) => (p[name] as readonly (string | number)[])[Number(index)];
  });
  for (const [name, value] of Object.entries(params))
    if (!used.has(name) && !(Array.isArray(value) && value.length === 0))
      throw new Error(`A prepared query does not use its value "${name}".`);
  return { compiled, slots };
}
