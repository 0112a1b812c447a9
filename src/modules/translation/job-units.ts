/**
 * What a job's batches (`translatePending`) have stored so far, direction by
 * direction ("en>es"): a revision can be assembled as soon as every segment it
 * needs has a unit, while the job's later batches are still with the engine
 * and the checks. The job's end (or its failure) releases every revision
 * still waiting, and alone releases one it was never told about.
 */
export class JobUnits {
  /** By direction, the segments the job translated: each is counted by the first revision using it. */
  readonly translated = new Map<string, Set<string>>();
  private readonly present = new Map<string, Set<string>>();
  private readonly needs = new Map<number, { direction: string; hashes: readonly string[] }[]>();
  private ended = false;
  private failure: { error: unknown } | undefined;
  private wake: () => void = () => {};
  private changed = this.nextChange();

  /** A revision needs units of these segments in a direction before it can be assembled. */
  need(revisionId: number, direction: string, hashes: readonly string[]): void {
    const list = this.needs.get(revisionId) ?? [];
    list.push({ direction, hashes });
    this.needs.set(revisionId, list);
  }

  /** Segments that had units in a direction before the job translated anything. */
  known(direction: string, hashes: Iterable<string>): void {
    const present = this.presentIn(direction);
    for (const hash of hashes) present.add(hash);
  }

  /** A batch of the job is stored in a direction (units and their links). */
  stored(direction: string, hashes: readonly string[]): void {
    const present = this.presentIn(direction);
    const translated = this.translated.get(direction) ?? new Set<string>();
    this.translated.set(direction, translated);
    for (const hash of hashes) {
      present.add(hash);
      translated.add(hash);
    }
    this.wake();
  }

  /** The job's batches are over (`error` when they failed): no revision waits any longer. */
  end(error?: unknown): void {
    this.ended = true;
    if (error !== undefined) this.failure = { error };
    this.wake();
  }

  /** Resolves once every unit the revision needs is stored, or the job ended; rejects if it failed. */
  async whenReady(revisionId: number): Promise<void> {
    while (!this.ended && !this.isReady(revisionId)) await this.changed;
    if (this.failure) throw this.failure.error;
  }

  // A revision the job's batches know nothing of (not prepared, or only engines with a budget) waits for their end.
  private isReady(revisionId: number): boolean {
    const needs = this.needs.get(revisionId);
    return (
      needs !== undefined &&
      needs.every(({ direction, hashes }) => {
        const present = this.present.get(direction);
        return present !== undefined && hashes.every((hash) => present.has(hash));
      })
    );
  }

  private presentIn(direction: string): Set<string> {
    const present = this.present.get(direction) ?? new Set<string>();
    this.present.set(direction, present);
    return present;
  }

  private nextChange(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = () => {
        this.changed = this.nextChange();
        resolve();
      };
    });
  }
}
