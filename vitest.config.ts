import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["./src/test-support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two files at a time on two cores: SQLite databases are per test, PostgreSQL
    // schemas are per test and created/dropped under an advisory lock.
    maxWorkers: 2,
  },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
});
