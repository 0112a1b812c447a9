import { describe, expect, it } from "vitest";
import { JobUnits } from "./job-units.js";

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe("JobUnits: which revisions a job's stored batches complete", () => {
  it("releases a revision once every segment it needs has a unit, known before or stored now", async () => {
    const units = new JobUnits();
    units.need(1, "en>es", ["a", "b"]);
    units.need(1, "en>fr", ["a"]);
    units.need(2, "en>es", ["c"]);
    units.known("en>es", ["a"]);
    const first = units.whenReady(1);
    const second = units.whenReady(2);
    expect(await settled(first)).toBe(false);
    units.stored("en>es", ["b"]);
    expect(await settled(first)).toBe(false); // French still missing
    units.stored("en>fr", ["a"]);
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(false);
    units.stored("en>es", ["c"]);
    expect(await settled(second)).toBe(true);
    // Only what the job stored counts as translated by it; "a" in Spanish was known.
    expect([...(units.translated.get("en>es") ?? [])]).toEqual(["b", "c"]);
  });

  it("holds a revision it was never told about until the job ends, and passes the job's failure on", async () => {
    const units = new JobUnits();
    units.need(1, "en>es", ["a"]);
    const unknown = units.whenReady(7);
    const waiting = units.whenReady(1);
    units.stored("en>es", ["x"]);
    expect(await settled(unknown)).toBe(false);
    units.end(new Error("the dictionaries are gone"));
    await expect(unknown).rejects.toThrow("the dictionaries are gone");
    await expect(waiting).rejects.toThrow("the dictionaries are gone");
    const ended = new JobUnits();
    const later = ended.whenReady(3);
    ended.end();
    await expect(later).resolves.toBeUndefined();
  });
});
