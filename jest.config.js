/** Tests are TypeScript, transpiled by swc; type checking happens in `npm run build`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  testTimeout: 60000,
  setupFiles: ["<rootDir>/test/support/fast-check-seed.ts"],
};
