#!/usr/bin/env node
// The `hyperlab` command (package.json "bin"). In the published package it runs
// the compiled CLI in lib/; in a checkout of the repository, where `npm ci`
// installs the devDependencies but builds nothing, it runs cli/main.ts through
// tsx, so `npx hyperlab` works before (and without) `npm run build`.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const source = join(__dirname, "main.ts");
if (existsSync(source)) {
  require("tsx/cjs");
  require(source).run(process.argv);
} else {
  require(join(__dirname, "..", "lib", "cli", "main.js")).run(process.argv);
}
