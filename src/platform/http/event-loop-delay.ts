import { monitorEventLoopDelay } from "node:perf_hooks";

/** The event loop's delay over the last complete window, in milliseconds. */
export interface EventLoopDelay {
  p99Ms: number;
  maxMs: number;
}

/**
 * Measures how late the event loop runs (node's `monitorEventLoopDelay`) in
 * windows of `windowMs`: `latest()` is the last complete window, `onWindow`
 * hears each. What a request waits before its first line runs, whatever it
 * is: the figure /healthz reports and the soak reads.
 */
export function watchEventLoopDelay(input: {
  windowMs: number;
  onWindow?: (delay: EventLoopDelay) => void;
}): { latest(): EventLoopDelay | undefined; stop(): void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let latest: EventLoopDelay | undefined;
  const timer = setInterval(() => {
    latest = {
      p99Ms: round(histogram.percentile(99) / 1e6),
      maxMs: round(histogram.max / 1e6),
    };
    histogram.reset();
    input.onWindow?.(latest);
  }, input.windowMs);
  timer.unref();
  return {
    latest: () => latest,
    stop() {
      clearInterval(timer);
      histogram.disable();
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
