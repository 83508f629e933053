// Two projects: fast synth/validate tests, and end-to-end tests that apply for real
// (root, iproute2, LXC, libvirt). `npm test` runs both; `npm run test:e2e` only the second.
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/__tests__/*.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/__tests__/e2e/*.e2e.test.ts"] },
  ],
};
