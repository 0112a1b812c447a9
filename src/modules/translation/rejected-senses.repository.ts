import type { Db } from "../../database.js";
import type { RejectedSense } from "./qa/check-senses.js";

/** The senses reviewers rejected for a language pair. */
export async function listRejectedSenses(
  db: Db,
  pair: { sourceLanguage: string; targetLanguage: string },
): Promise<RejectedSense[]> {
  return db
    .selectFrom("rejectedSenses")
    .select(["sourceLemma", "targetWord", "fixes"])
    .where("sourceLanguage", "=", pair.sourceLanguage)
    .where("targetLanguage", "=", pair.targetLanguage)
    .orderBy("id")
    .execute();
}

/** Records senses a reviewer's fix took out, counting the fixes of each. */
export async function saveRejectedSenses(
  db: Db,
  input: {
    sourceLanguage: string;
    targetLanguage: string;
    senses: readonly Pick<RejectedSense, "sourceLemma" | "targetWord">[];
    unitId: number;
    actorId: number;
    now: string;
  },
): Promise<void> {
  for (const sense of input.senses) {
    await db
      .insertInto("rejectedSenses")
      .values({
        sourceLanguage: input.sourceLanguage,
        targetLanguage: input.targetLanguage,
        sourceLemma: sense.sourceLemma,
        targetWord: sense.targetWord,
        unitId: input.unitId,
        createdBy: input.actorId,
        createdAt: input.now,
      })
      .onConflict((oc) =>
        oc
          .columns(["sourceLanguage", "targetLanguage", "sourceLemma", "targetWord"])
          .doUpdateSet((eb) => ({ fixes: eb("rejectedSenses.fixes", "+", 1) })),
      )
      .execute();
  }
}

/** Forgets senses a person wrote or confirmed: right somewhere, so never held as rejected. */
export async function forgetRejectedSenses(
  db: Db,
  input: {
    sourceLanguage: string;
    targetLanguage: string;
    senses: readonly Pick<RejectedSense, "sourceLemma" | "targetWord">[];
  },
): Promise<void> {
  for (const sense of input.senses) {
    await db
      .deleteFrom("rejectedSenses")
      .where("sourceLanguage", "=", input.sourceLanguage)
      .where("targetLanguage", "=", input.targetLanguage)
      .where("sourceLemma", "=", sense.sourceLemma)
      .where("targetWord", "=", sense.targetWord)
      .execute();
  }
}
