// ESLint: typescript-eslint's recommended rules over the sources, tests and benchmarks
// (`npm run lint`, run by `npm test`). Prettier lays code out in 110 columns (`npm run format:check`);
// max-len holds comments to 120 too (text in quotes may run longer: a message is not split).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", "coverage/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Finding and removing control characters is part of the job (text hygiene, XML escaping).
      "no-control-regex": "off",
      "max-len": [
        "error",
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
    },
  },
  // Tests match YAML, whose indentation reads best as the spaces it is, and may require a module
  // where they need it (a spy on node:fs, fflate inside one test).
  { files: ["test/**"], rules: { "no-regex-spaces": "off", "@typescript-eslint/no-require-imports": "off" } },
  // The command line loads each command, and large libraries, only when it runs
  // (`require(...) as typeof import(...)`): start-up time is a measured target (bench/). So do
  // the engine's edges for what most runs never need: docx (the package writer's fallback), the
  // profile schema (the bundled profiles come parsed), child_process (only a PDF needs it).
  {
    files: [
      "src/cli/**",
      "bench/**",
      "src/docx/write-docx.ts",
      "src/docx/package-shell.ts",
      "src/resources.ts",
      "src/pdf/libreoffice.ts",
    ],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Helper scripts run by Node as they are.
  {
    files: ["**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
