import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first (measured on CI): started first,
 * one of them never becomes the run's tail while the other worker sits idle.
 * On a clean clone vitest knows no durations and would start them by size.
 */
const HEAVY_FIRST = [
  "src/server.crash.sqlite.test.ts",
  "src/server.crash.postgres.test.ts",
  // The first browser test builds the run's demo template (loaded, translated, indexed) that
  // the others copy: it starts early, and the other browser files come after the heavy unit
  // files, so that no worker sits waiting for the template.
  "e2e/accessibility-public.test.ts",
  "src/modules/translation/text-path.fuzz.test.ts",
  // Its quadratic self-test runs seconds of CPU: never the run's last file on one worker.
  "src/test-support/linear-time.test.ts",
  "src/modules/translation/site-languages.test.ts",
  "src/platform/auth/auth.test.ts",
  "src/demo/load-demo.test.ts",
  "src/demo/demo-images.test.ts",
  "src/platform/jobs/job-crash.test.ts",
  "src/modules/network/import-kill.test.ts",
  "src/modules/translation/translate.service.test.ts",
  "src/modules/translation/engine-prefetch.test.ts",
  "e2e/accessibility-workspace.test.ts",
  "e2e/network.test.ts",
  "e2e/languages.test.ts",
  "e2e/editor-workflow.test.ts",
  "src/server.startup.test.ts",
  "e2e/public-site.test.ts",
];

class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = HEAVY_FIRST.findIndex((heavy) => file.moduleId.endsWith(`/${heavy}`));
      return index === -1 ? HEAVY_FIRST.length : index;
    };
    // Stable: the rest keep vitest's own order (known durations, else size).
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["./src/test-support/global-setup.ts"],
    setupFiles: ["./src/test-support/worker-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One module graph per worker, not per file: each of the ~175 files imported the app
    // (Fastify, Kysely, unified, sharp…) afresh. Tests own their state (STYLE.md: no
    // singletons), and the few that set process.env or spy on console restore it.
    isolate: false,
    // Two workers on CI's two cores (vitest would run one file at a time there): 624 s → 404 s on 2026-12-04.
    maxWorkers: 2,
    sequence: { sequencer: HeavyFirstSequencer },
  },
});
