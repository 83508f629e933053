// Five projects: `unit` synthesizes and checks constructs (no root, no engine, no
// daemons: seconds), `engine` runs the stacks on the pinned engine, `e2e`
// applies for real (root, iproute2, LXC, libvirt), `consumer` packs the package and
// uses it from fresh user projects, and `e2e-alone` holds the end-to-end files that
// must have the host to themselves. `npm test` runs the first four side by side
// (each e2e file in its own namespaces, names and folders, and checking only its own
// residue), then `e2e-alone` one file at a time. A file is alone when it does
// something host-wide: the reboot tests run the boot unit's restore, which acts on
// every lab's records on the machine. Around each run, the whole host is checked
// for residue once (support/host-check.js).
// ts-jest only transpiles; `npm run typecheck` (part of `npm test`) checks types.
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup.ts"],
  modulePathIgnorePatterns: ["<rootDir>/lib/"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
module.exports = {
  globalSetup: "<rootDir>/__tests__/support/host-check-setup.js",
  globalTeardown: "<rootDir>/__tests__/support/host-check-teardown.js",
  testSequencer: "<rootDir>/__tests__/support/sequencer.js",
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/__tests__/*.test.ts"] },
    { ...common, displayName: "engine", testMatch: ["<rootDir>/__tests__/engine/*.engine.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/__tests__/e2e/*.e2e.test.ts"], testPathIgnorePatterns: ["\\.alone\\.e2e\\.test\\.ts$"] },
    { ...common, displayName: "e2e-alone", testMatch: ["<rootDir>/__tests__/e2e/*.alone.e2e.test.ts"] },
    { ...common, displayName: "consumer", testMatch: ["<rootDir>/__tests__/consumer/*.consumer.test.ts"] },
  ],
};
