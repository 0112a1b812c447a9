import type { Db } from "../../database.js";

/** One engine's score on one pair, as `civitas engines evaluate` measured it. */
export interface EngineEvaluation {
  from: string;
  to: string;
  engine: string;
  route: string;
  sentences: number;
  chrF: number;
  /** Share (0–1) of the sentences the gate would hold. */
  heldShare: number;
  fileName: string;
  /** ISO-8601 UTC. */
  evaluatedAt: string;
}

/** Records the engines scored in one run of `civitas engines evaluate`. */
export async function recordEngineEvaluations(
  db: Db,
  evaluations: readonly EngineEvaluation[],
): Promise<void> {
  if (evaluations.length === 0) return;
  await db
    .insertInto("engineEvaluations")
    .values(
      evaluations.map((e) => ({
        sourceLanguage: e.from,
        targetLanguage: e.to,
        engine: e.engine,
        route: e.route,
        sentences: e.sentences,
        chrf: e.chrF,
        heldShare: e.heldShare,
        fileName: e.fileName,
        evaluatedAt: e.evaluatedAt,
      })),
    )
    .execute();
}

/**
 * The latest evaluation of each engine on each pair, by pair then best chrF
 * first; ties on the instant go to the row recorded last.
 */
export async function latestEngineEvaluations(db: Db): Promise<EngineEvaluation[]> {
  const rows = await db
    .selectFrom("engineEvaluations as e")
    .selectAll("e")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("engineEvaluations as later")
            .select("later.id")
            .whereRef("later.sourceLanguage", "=", "e.sourceLanguage")
            .whereRef("later.targetLanguage", "=", "e.targetLanguage")
            .whereRef("later.engine", "=", "e.engine")
            .where((eb) =>
              eb.or([
                eb("later.evaluatedAt", ">", eb.ref("e.evaluatedAt")),
                eb.and([
                  eb("later.evaluatedAt", "=", eb.ref("e.evaluatedAt")),
                  eb("later.id", ">", eb.ref("e.id")),
                ]),
              ]),
            ),
        ),
      ),
    )
    .orderBy("e.sourceLanguage")
    .orderBy("e.targetLanguage")
    .orderBy("e.chrf", "desc")
    .orderBy("e.engine")
    .execute();
  return rows.map((row) => ({
    from: row.sourceLanguage,
    to: row.targetLanguage,
    engine: row.engine,
    route: row.route,
    sentences: Number(row.sentences),
    chrF: Number(row.chrf),
    heldShare: Number(row.heldShare),
    fileName: row.fileName,
    evaluatedAt: row.evaluatedAt,
  }));
}
