// Lint setup of Office add-ins (eslint-plugin-office-addins: typescript-eslint, prettier, React, Office rules).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  {
    ignores: ["node_modules/", "dist/", "dist-preview/", "coverage/", "test-artifacts/", "assets/", "scratch/", "**/*.js", "**/*.mjs"],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "18" } },
    rules: {
      "react/react-in-jsx-scope": "off",
      // TypeScript checks undefined names itself (typescript-eslint advice); the rule misreads globals like jest.
      "no-undef": "off",
    },
  },
];
