import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../../database.js";
import { plainText } from "../segments/index.js";
import type { LivePage } from "./page.repository.js";
import type { PageSentence } from "./page-sentences.js";
import { insertReport } from "./report.repository.js";

/** Size limits of a report's fields, in characters. */
export const REPORT_LIMITS = { suggestion: 1000, comment: 2000, email: 254, quote: 1000 } as const;

/** The report form as posted (every field text until parsed). */
export const reportFormSchema = z.object({
  item: z.coerce.number().int().positive().max(2_147_483_647),
  position: z.coerce.number().int().min(0).max(10_000_000).optional(),
  block: z.coerce.number().int().min(0).max(100_000).optional(),
  quote: z.string().max(REPORT_LIMITS.quote).default(""),
  suggestion: z.string().max(REPORT_LIMITS.suggestion).default(""),
  comment: z.string().max(REPORT_LIMITS.comment).default(""),
  email: z.string().max(REPORT_LIMITS.email).default(""),
  // The honeypot: people never see it, so anything in it was written by a robot.
  website: z.string().max(2000).default(""),
});
export type ReportForm = z.infer<typeof reportFormSchema>;

/** Why a report was refused (each a message of the form). */
export type ReportProblem = "sentence" | "empty" | "email" | "tooLong";

/**
 * Checks a posted report: a sentence of the page that has a translation, a
 * suggestion or a comment, a plausible e-mail address. Text is kept as plain
 * text (control characters dropped); it is escaped wherever it is shown.
 */
export function checkReport(
  form: ReportForm,
  sentences: readonly PageSentence[],
): { problems: ReportProblem[]; sentence: PageSentence | undefined } {
  const problems: ReportProblem[] = [];
  const sentence = sentences.find((s) => s.position === form.position && s.unit !== undefined);
  if (!sentence) problems.push("sentence");
  if (cleanText(form.suggestion) === "" && cleanText(form.comment) === "") problems.push("empty");
  const email = cleanText(form.email);
  if (email !== "" && !z.email().safeParse(email).success) problems.push("email");
  return { problems, sentence };
}

/** Stores a reader's report of a sentence of a page. */
export async function submitReport(
  db: Db,
  input: { page: LivePage; sentence: PageSentence; form: ReportForm; ip: string; now: Date },
): Promise<number> {
  const { page, sentence, form } = input;
  const unit = sentence.unit;
  if (!unit) throw new Error("a report needs a translated sentence");
  const email = cleanText(form.email);
  return insertReport(db, {
    unitId: unit.id,
    sourceHash: sentence.hash,
    language: page.language,
    itemId: page.item.id,
    quotedText: plainText(unit.targetText),
    suggestion: cleanText(form.suggestion),
    comment: cleanText(form.comment),
    email: email === "" ? null : email,
    ipHash: hashAddress(input.ip),
    now: input.now.toISOString(),
  });
}

/** Plain text as stored: line ends unified, control characters dropped, trimmed. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "")
      .trim()
  );
}

/** sha256 of the address: enough to see a flood coming from one place, not to store who it is. */
function hashAddress(ip: string): string {
  return createHash("sha256").update(`civitas-report\n${ip}`).digest("hex");
}
