// The figures' shape, apart from engine-reliability.ts so that the generated figures file can name it
// without importing the code that reads it.

/** One bucket of one route: judged output that passed every check, and how much of it was acceptable. */
export interface BucketFigure {
  label: string;
  passed: number;
  acceptable: number;
}

/** Figures per engine route ("apertium:en>es>fr"), as the engines name the route they took. */
export type ReliabilityFigures = Readonly<Record<string, readonly BucketFigure[]>>;
