import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["./src/test-support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two workers on CI's two cores (vitest would run one file at a time there): 624 s → 404 s on 2026-12-04.
    maxWorkers: 2,
  },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
});
