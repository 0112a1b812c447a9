import js from "@eslint/js";
import tseslint from "typescript-eslint";
import civitas from "./scripts/lint/layers.mjs";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/", "tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: "module" } },
    plugins: { civitas },
    rules: {
      "civitas/layers": "error",
      "civitas/sql-in-repositories": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through src/platform/config.ts.",
        },
      ],
    },
  },
  {
    files: [
      "src/platform/config.ts",
      "src/test-support/**",
      "bench/**",
      "e2e/**",
      "scripts/**",
      "src/**/*.test.ts",
      "src/**/*.test.tsx",
      "src/**/*.test-kit.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
  },
);
