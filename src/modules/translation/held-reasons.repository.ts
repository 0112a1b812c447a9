import { z } from "zod";
import type { Db } from "../../database.js";

/** Why the checks hold a revision back in a language: its unreviewed units' error findings. */
export interface HeldFindings {
  revisionId: number;
  language: string;
  /** Sentences (distinct units) not reviewed with at least one error finding. */
  sentences: number;
  /** Error findings per code, most frequent first (ties in code order). */
  codes: { code: string; count: number }[];
}

/**
 * Counts the error-severity findings of the machine units (not reviewed) each
 * revision uses in each language, per code, with the number of sentences they
 * fall in. A sentence used twice by a revision counts once. Pairs without any
 * error are left out. `findings` is JSON text parsed here, not in SQL, so the
 * query is the same on SQLite and PostgreSQL; callers pass a page of revisions.
 */
export async function countHeldFindings(
  db: Db,
  input: { revisionIds: readonly number[]; languages: readonly string[] },
): Promise<HeldFindings[]> {
  if (input.revisionIds.length === 0 || input.languages.length === 0) return [];
  const rows = await db
    .selectFrom(
      db
        .selectFrom("revisionSegments")
        .select(["revisionId", "hash"])
        .distinct()
        .where("revisionId", "in", [...input.revisionIds])
        .as("s"),
    )
    .innerJoin("translationUnits as u", "u.sourceHash", "s.hash")
    .select(["s.revisionId", "u.targetLanguage", "u.findings"])
    .where("u.targetLanguage", "in", [...input.languages])
    .where("u.state", "!=", "reviewed")
    // errorCount is stored with the findings: units without errors need not be read.
    .where("u.errorCount", ">", 0)
    .execute();
  const groups = new Map<string, { held: HeldFindings; counts: Map<string, number> }>();
  for (const row of rows) {
    const codes = errorCodes(row.findings);
    if (codes.length === 0) continue;
    const key = `${row.revisionId}\u0000${row.targetLanguage}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        held: { revisionId: row.revisionId, language: row.targetLanguage, sentences: 0, codes: [] },
        counts: new Map(),
      };
      groups.set(key, group);
    }
    group.held.sentences += 1;
    for (const code of codes) group.counts.set(code, (group.counts.get(code) ?? 0) + 1);
  }
  return [...groups.values()].map(({ held, counts }) => ({
    ...held,
    codes: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort(
        (a, b) =>
          Number(a.code === LAST) - Number(b.code === LAST) ||
          b.count - a.count ||
          (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
      ),
  }));
}

/**
 * Named after what the checks found: the route's reliability holds every
 * machine sentence alike, so it says least of what to fix.
 */
const LAST = "engine-unproven";

// Only what counting needs: a finding written by a newer version keeps its code and severity.
const findingSchema = z.object({ code: z.string().min(1), severity: z.string() });

/** The codes of a unit's error findings, one per finding (an unreadable list reads as none). */
function errorCodes(json: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const codes: string[] = [];
  for (const item of parsed) {
    const finding = findingSchema.safeParse(item);
    if (finding.success && finding.data.severity === "error") codes.push(finding.data.code);
  }
  return codes;
}
