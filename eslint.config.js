// Lint that keeps the code accessible and its hooks honest:
// typescript-eslint, react-hooks and jsx-a11y over everything tsc checks.
// `npm test` runs it with --max-warnings 0.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", "playwright-report/", "bench/results/", "bench/dist/", ".scratch/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are errors, except a deliberate `_` placeholder.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  // dependency-cruiser's configuration is CommonJS.
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs", globals: globals.node } },
  // The embed loader runs as a plain script on other sites' pages.
  { files: ["public/**/*.js"], languageOptions: { sourceType: "script", globals: globals.browser } },
  {
    files: ["src/**/*.tsx"],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
);
