import type { TranslationEngine } from "./engines/engine.js";
import { translateAlongRoute } from "./engines/routes.js";
import { budgetOf } from "./engine-budget.service.js";
import { listTermsForPair } from "./glossary.repository.js";
import { findUnits, type StoredSegment } from "./memory.repository.js";
import { protectTerms } from "./segments/index.js";
import type { PreparedRevision, TranslateDeps } from "./pipeline/types.js";

/** Segments per early request: the local engine's own batch size, so its stages stay busy. */
export const PREFETCH_SEGMENTS = 250;

/**
 * Segments of a direction's first early request: sent as soon as the first
 * revisions are segmented, so the engine starts while the rest are (the next
 * requests are full size).
 */
export const PREFETCH_FIRST_SEGMENTS = 60;

/**
 * Asks the engine early for every segment a job's revisions will miss, in
 * large batches, in the order the job will need them, while the job checks,
 * stores and assembles the revisions before: the answers wait in the job's
 * memo (`HopMemo`), where `ensureUnits` finds them. Nothing is stored or
 * checked here; the segments sent are exactly those `translateMissing` sends
 * (glossary terms protected the same way), so its own request is answered
 * by the memo. An engine with a budget is never asked early (budgets are
 * charged per request, when a job sends it). Failures are left to the job,
 * which asks again and reports them.
 */
export async function prefetchEngineAnswers(
  deps: TranslateDeps,
  input: {
    /** The job's revisions, loaded and segmented once for the whole job. */
    revisions:
      | Iterable<Pick<PreparedRevision, "source" | "stored">>
      | AsyncIterable<Pick<PreparedRevision, "source" | "stored">>;
    languages?: readonly string[] | undefined;
    memoOf: (engine: TranslationEngine | null) => TranslationEngine | undefined;
  },
): Promise<void> {
  const pending = new Map<
    string,
    { engine: TranslationEngine; route: string[]; segments: string[]; sent: boolean }
  >();
  const requests: Promise<unknown>[] = [];
  const send = (key: string) => {
    const queued = pending.get(key);
    if (!queued || queued.segments.length === 0) return;
    queued.sent = true;
    const request = translateAlongRoute(
      queued.engine,
      queued.route,
      queued.segments.splice(0),
      deps.config.translation.timeoutMs,
    );
    requests.push(request.catch(() => undefined));
  };
  const terms = new Map<string, Promise<{ source: string; target: string | null }[]>>();
  const asked = new Set<string>();
  try {
    for await (const { source, stored } of input.revisions) {
      const sourceLanguage = source.item.sourceLanguage;
      const unique = new Map<string, StoredSegment>();
      for (const s of stored) if (!unique.has(s.hash)) unique.set(s.hash, s);
      const targets = (input.languages ?? deps.config.languages).filter(
        (lang) =>
          lang !== sourceLanguage && (deps.config.languages as readonly string[]).includes(lang),
      );
      for (const language of targets) {
        const chosen = deps.runtime.engineFor(sourceLanguage, language);
        const route = deps.runtime.route(sourceLanguage, language);
        const engine = input.memoOf(chosen.engine);
        if (!route || !engine || budgetOf(deps.config, chosen.name) !== undefined) continue;
        const known = await findUnits(deps.db, [...unique.keys()], language);
        const key = `${sourceLanguage}>${language}`;
        const pairTerms =
          terms.get(key) ??
          listTermsForPair(deps.db, sourceLanguage, language).then((rows) =>
            rows.map((t) => ({ source: t.sourceTerm, target: t.targetTerm })),
          );
        terms.set(key, pairTerms);
        const protecting = await pairTerms;
        const queued = pending.get(key) ?? { engine, route, segments: [], sent: false };
        pending.set(key, queued);
        for (const segment of unique.values()) {
          if (known.has(segment.hash) || asked.has(`${key}\n${segment.hash}`)) continue;
          asked.add(`${key}\n${segment.hash}`);
          queued.segments.push(protectTerms(segment.text, protecting, sourceLanguage).text);
          if (queued.segments.length >= (queued.sent ? PREFETCH_SEGMENTS : PREFETCH_FIRST_SEGMENTS))
            send(key);
        }
      }
    }
    for (const key of pending.keys()) send(key);
  } finally {
    await Promise.all(requests);
  }
}
