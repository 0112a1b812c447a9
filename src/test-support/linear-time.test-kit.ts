/**
 * Checks that a function takes linear time, for tests that guard against
 * catastrophic backtracking and quadratic loops. The same function runs on an
 * input and on one k times larger (k = 4 here: linear is ×4, quadratic ×16),
 * the two sizes measured in turn, in process CPU time: the bound is a ratio
 * measured in the same moment, so it does not depend on how fast or busy the
 * machine is. Wall-clock budgets do not belong in the suite (STYLE: speed is
 * measured in bench/).
 */

/** Largest accepted ratio of the large input's time to the small one's (linear is 4, quadratic 16). */
export const LINEAR_RATIO = 9;

/**
 * A large input measured under this many milliseconds passes whatever its ratio (too short to
 * measure). Process CPU time counts V8's garbage-collection threads, whose share grows with the
 * heap: on a slower 2-core machine a linear segmentMarkdown measured 4 → 41-52 ms from 6,250 to
 * 25,000 characters (×10-12) when quiet, and a whole-suite run failed it at 63 ms under a floor
 * of 60. A quadratic function at these sizes still fails: the autolink bug found this way took
 * ~175 ms at 25,000 characters (2.8 s at 100,000), the self-test's one a second.
 */
export const LINEAR_FLOOR_MS = 150;

/** The process's CPU time (user and system, in ms) that `run` takes. */
export function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The fastest time of `f` on each input, and whether the large one stays within the ratio. */
export interface LinearTiming {
  smallMs: number;
  largeMs: number;
  isLinear: boolean;
}

/**
 * Times `f` on `small` and on `large` (about four times as long) and tells
 * whether the growth is linear-ish. A failing pair is measured again, three
 * pairs in turn, twice, each size's fastest time over all the rounds kept,
 * and only a third failure counts: a garbage collection or a busy moment
 * is not super-linear time, and a quadratic function fails every round. The
 * small input must be past the size where the function's time jumps once (the
 * heap outgrowing V8's young generation): renderMarkdown's stray-<style> test
 * measured 5,000 against 20,000 lines across it, ×9 on CI now and then, and
 * now measures 10,000 against 40,000 (×5).
 */
export function measureLinearTime<T>(f: (input: T) => unknown, small: T, large: T): LinearTiming {
  let timing: LinearTiming | undefined;
  for (const pairs of [1, 3, 3]) {
    const round = measurePairs(f, small, large, pairs);
    const smallMs = Math.min(round.smallMs, timing?.smallMs ?? Infinity);
    const largeMs = Math.min(round.largeMs, timing?.largeMs ?? Infinity);
    timing = { smallMs, largeMs, isLinear: isLinearPair(smallMs, largeMs) };
    if (timing.isLinear) return timing;
  }
  return timing as LinearTiming;
}

/** Whether a large input's time is within the ratio of the small one's (or too short to measure). */
function isLinearPair(smallMs: number, largeMs: number): boolean {
  return (
    largeMs < LINEAR_FLOOR_MS ||
    largeMs < LINEAR_RATIO * Math.max(smallMs, LINEAR_FLOOR_MS / LINEAR_RATIO)
  );
}

/** Throws, with both times, unless `f` takes linear-ish time from `small` to `large` (about 4×). */
export function assertLinearTime<T>(
  name: string,
  f: (input: T) => unknown,
  inputs: { small: T; large: T },
): void {
  const { smallMs, largeMs, isLinear } = measureLinearTime(f, inputs.small, inputs.large);
  if (!isLinear) {
    throw new Error(
      `${name} is not linear: ${smallMs.toFixed(0)} ms on the small input, ${largeMs.toFixed(0)} ms on the large one (over ${LINEAR_RATIO}×)`,
    );
  }
}

// Each size's fastest run, the two sizes measured in turn so that both see the same moment of
// the worker (a heap full of earlier files' garbage slows every allocation). CI failed
// segmentMarkdown at 7 → 64 ms, a whole-suite run at 6 → 63 ms, when the small text was measured
// before the large one's three runs; linear when measured alone: 0.09 s at 25,000 characters,
// 1.3 s at 400,000. The small input is measured once more after the last large one: on a loaded
// machine a quadratic function once passed when its only small run was slower than the others
// (still measured before its optimised code was ready, or in a busy moment of the worker).
function measurePairs<T>(
  f: (input: T) => unknown,
  small: T,
  large: T,
  pairs: number,
): LinearTiming {
  cpuMs(() => f(small)); // warms up
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let pair = 0; pair < pairs; pair += 1) {
    smallMs = Math.min(
      smallMs,
      cpuMs(() => f(small)),
    );
    largeMs = Math.min(
      largeMs,
      cpuMs(() => f(large)),
    );
  }
  smallMs = Math.min(
    smallMs,
    cpuMs(() => f(small)),
  );
  return { smallMs, largeMs, isLinear: isLinearPair(smallMs, largeMs) };
}
