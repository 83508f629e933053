// Four projects: `unit` synthesizes and checks constructs (no root, no engine, no
// daemons: seconds), `engine` runs the stacks on the pinned engine, `e2e`
// applies for real (root, iproute2, LXC, libvirt), and `consumer` packs the
// package and uses it from fresh user projects. `npm test` runs all four.
// ts-jest only transpiles; `npm run typecheck` (part of `npm test`) checks types.
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup.ts"],
  modulePathIgnorePatterns: ["<rootDir>/lib/"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/__tests__/*.test.ts"] },
    { ...common, displayName: "engine", testMatch: ["<rootDir>/__tests__/engine/*.engine.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/__tests__/e2e/*.e2e.test.ts"] },
    { ...common, displayName: "consumer", testMatch: ["<rootDir>/__tests__/consumer/*.consumer.test.ts"] },
  ],
};
