/** Jest: TypeScript through ts-jest; type checking is done once by `tsc --noEmit` in `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
    "^.+\\.csv$": "<rootDir>/test/workbook/csvTransform.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json", "csv"],
  testTimeout: 60000,
};
