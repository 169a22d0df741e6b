// ESLint: Next.js (core web vitals, which brings react, react-hooks and import rules),
// typescript-eslint, the whole jsx-a11y recommended set, then Prettier's config last so that
// formatting is Prettier's alone. typescript-eslint runs on the TypeScript 6 API (`typescript`);
// type checking itself is TypeScript 7's native tsc (`typescript-7`, `npm run typecheck`).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["**/*.tsx", "**/*.jsx"], rules: jsxA11y.flatConfigs.recommended.rules },
  // Three type-aware rules for the bugs that matter on a server: a promise nobody awaits, a promise
  // where a callback's result is ignored, and awaiting what is not a promise.
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  // A leading underscore marks a binding that is unused on purpose (a destructured field left out).
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }] } },
  prettier,
  globalIgnores([
    ".next/**",
    ".data/**",
    ".tools/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "next-env.d.ts",
  ]),
]);
